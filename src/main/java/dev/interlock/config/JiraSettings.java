package dev.interlock.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to reach Jira. Cloud authenticates with {@code email} + {@code token} (Basic); Data Center
 * with {@code token} alone (Bearer personal access token). {@code tokenFile} may stand instead of
 * {@code token}. {@code url} has no trailing slash; {@code tokenFile} is absolute.
 */
public record JiraSettings(
    URI url,
    JiraFlavor flavor,
    @Nullable Secret email,
    @Nullable Secret token,
    @Nullable Path tokenFile,
    PullSettings pull) {

  /** Settings with the default {@link PullSettings}. */
  public JiraSettings(
      URI url,
      JiraFlavor flavor,
      @Nullable Secret email,
      @Nullable Secret token,
      @Nullable Path tokenFile) {
    this(url, flavor, email, token, tokenFile, PullSettings.DEFAULT);
  }

  public JiraSettings {
    if (!url.isAbsolute() || url.getHost() == null) {
      throw new IllegalArgumentException("url is not an absolute web address: " + url);
    }
    if (token != null && tokenFile != null) {
      throw new IllegalArgumentException("both token and tokenFile are set");
    }
  }

  /**
   * The API token or personal access token: {@code token} resolved from {@code env}, else the
   * stripped content of {@code tokenFile}. Messages name the variable or the file, never the token.
   */
  public String resolveToken(Map<String, String> env) throws ConfigException {
    if (token != null) {
      return token.resolve(env);
    }
    if (tokenFile == null) {
      throw new ConfigException(
          "jira.auth.token: missing; a live run needs token: ${JIRA_API_TOKEN} or tokenFile");
    }
    return readTokenFile(tokenFile);
  }

  private static String readTokenFile(Path file) throws ConfigException {
    String token;
    try {
      token = Files.readString(file).strip();
    } catch (IOException e) {
      throw new ConfigException(
          file
              + ": cannot read the token file ("
              + e.getClass().getSimpleName()
              + "); check jira.auth.tokenFile and the file's permissions");
    }
    if (token.isEmpty()) {
      throw new ConfigException(file + ": the token file is empty; write the token into it");
    }
    return token;
  }
}
