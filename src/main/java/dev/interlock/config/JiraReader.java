package dev.interlock.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code jira}: the site's address, its flavor and how to sign in. The credentials stay
 * templates ({@link Secret}); a live run resolves them, an offline run never needs them.
 */
final class JiraReader {
  static final List<String> KEYS =
      List.of(
          "url", "flavor", "auth", "maxConcurrency", "pageSize", "timeoutSeconds", "maxRetries");
  static final List<String> AUTH_KEYS = List.of("email", "token", "tokenFile");
  static final String NO_SECRETS_HERE =
      "Interlock does not read secrets from the configuration file";
  static final String LITERAL_TOKEN =
      "write the token as ${JIRA_API_TOKEN} and set it in the environment, or use tokenFile; "
          + NO_SECRETS_HERE;
  private static final String EXAMPLE = "https://acme.atlassian.net";
  private static final Pattern CREDENTIALS_IN_URL =
      Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/]*@.*");

  private JiraReader() {}

  /** {@code live} is true when no offline snapshot is configured, so sign-in must be complete. */
  static JiraSettings read(Node.Mapping jira, Values values, boolean live) throws ConfigException {
    jira.allowOnly(KEYS);
    URI url = url(jira.require("url", "write the address of your Jira, e.g. " + EXAMPLE), values);
    JiraFlavor flavor = flavor(jira.find("flavor"), values, url);
    Node.Mapping auth = auth(jira);
    @Nullable Secret email = secret(auth.find("email"));
    @Nullable Secret token = token(auth.find("token"));
    @Nullable Path tokenFile = values.optionalPath(auth.find("tokenFile")).orElse(null);
    checkAuth(auth, flavor, token != null, tokenFile != null, live);
    return new JiraSettings(url, flavor, email, token, tokenFile, pull(jira, values));
  }

  /** The optional tuning keys, each a whole number in its range. */
  private static PullSettings pull(Node.Mapping jira, Values values) throws ConfigException {
    PullSettings d = PullSettings.DEFAULT;
    return new PullSettings(
        number(jira, "maxConcurrency", 1, PullSettings.MAX_CONCURRENCY, d.maxConcurrency(), values),
        number(jira, "pageSize", 1, PullSettings.MAX_PAGE_SIZE, d.pageSize(), values),
        number(jira, "timeoutSeconds", 1, 3600, d.timeoutSeconds(), values),
        number(jira, "maxRetries", 0, 10, d.maxRetries(), values));
  }

  private static int number(
      Node.Mapping jira, String key, int min, int max, int fallback, Values values)
      throws ConfigException {
    Optional<Node> node = jira.find(key);
    if (node.isEmpty()) {
      return fallback;
    }
    int value = values.wholeNumber(node.get());
    if (value < min || value > max) {
      throw node.get()
          .error(value + " is out of range; write a whole number from " + min + " to " + max);
    }
    return value;
  }

  /** The auth mapping; a single value under auth is refused without repeating it. */
  private static Node.Mapping auth(Node.Mapping jira) throws ConfigException {
    Optional<Node> auth = jira.find("auth");
    if (auth.isPresent() && !(auth.get() instanceof Node.Mapping)) {
      throw auth.get().error("expected the keys email, token or tokenFile; " + NO_SECRETS_HERE);
    }
    Node.Mapping mapping = jira.mappingOrEmpty("auth");
    mapping.allowOnly(AUTH_KEYS);
    return mapping;
  }

  private static URI url(Node node, Values values) throws ConfigException {
    String text = values.text(node);
    if (CREDENTIALS_IN_URL.matcher(text).matches()) {
      throw node.error(
          "remove the user name and password from the address; sign in with jira.auth");
    }
    URI uri = parse(text.replaceAll("/+$", ""));
    if (uri == null
        || uri.getScheme() == null
        || uri.getHost() == null
        || !uri.getScheme().matches("(?i)https?")) {
      throw node.error("\"" + text + "\" is not a web address; write it in full, e.g. " + EXAMPLE);
    }
    return uri;
  }

  private static @Nullable URI parse(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The flavor as written, else Cloud for {@code *.atlassian.net} and Data Center otherwise. */
  private static JiraFlavor flavor(Optional<Node> node, Values values, URI url)
      throws ConfigException {
    Optional<String> text = values.optionalText(node);
    if (text.isEmpty()) {
      boolean cloud = url.getHost().toLowerCase(Locale.ROOT).endsWith(".atlassian.net");
      return cloud ? JiraFlavor.CLOUD : JiraFlavor.DATACENTER;
    }
    for (JiraFlavor flavor : JiraFlavor.values()) {
      if (flavor.name().equalsIgnoreCase(text.get())) {
        return flavor;
      }
    }
    throw node.get()
        .error(
            "unknown flavor \""
                + text.get()
                + "\"; use cloud or datacenter (Jira Server counts as datacenter)");
  }

  private static @Nullable Secret secret(Optional<Node> node) throws ConfigException {
    if (node.isEmpty()) {
      return null;
    }
    String template = node.get().asScalar().text();
    if (template == null || template.isBlank()) {
      throw node.get().error("empty value; write a value or remove the key");
    }
    return new Secret(template.strip());
  }

  private static @Nullable Secret token(Optional<Node> node) throws ConfigException {
    Secret token = secret(node);
    if (token != null && !Interpolation.isBareReference(token.template())) {
      throw node.get().error(LITERAL_TOKEN);
    }
    return token;
  }

  private static void checkAuth(
      Node.Mapping auth, JiraFlavor flavor, boolean token, boolean tokenFile, boolean live)
      throws ConfigException {
    if (token && tokenFile) {
      throw auth.find("tokenFile")
          .orElseThrow()
          .error("token is set as well; keep either token or tokenFile");
    }
    Optional<Node> email = auth.find("email");
    if (flavor == JiraFlavor.DATACENTER && email.isPresent()) {
      throw email
          .get()
          .error(
              "Data Center signs in with a personal access token alone; remove email, or set"
                  + " flavor: cloud if this is Jira Cloud");
    }
    if (live && !token && !tokenFile) {
      auth.require(
          "token",
          "write token: ${JIRA_API_TOKEN} (or tokenFile: <file>), or set source.offline to run"
              + " without Jira");
    }
    if (live && flavor == JiraFlavor.CLOUD) {
      auth.require(
          "email",
          "Jira Cloud signs in with your account email and an API token; write email:"
              + " ${JIRA_EMAIL}");
    }
  }
}
