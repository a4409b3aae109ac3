package dev.interlock.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving credentials at the moment a live run needs them. */
class SecretTest {
  private static final URI DATA_CENTER = URI.create("https://jira.acme.example");

  @TempDir Path dir;

  @Test
  void resolveReadsTheVariable() throws ConfigException {
    Secret token = new Secret("${JIRA_API_TOKEN}");

    assertThat(token.resolve(Map.of("JIRA_API_TOKEN", "s3cr3t"))).isEqualTo("s3cr3t");
  }

  @Test
  void anUnsetVariableIsNamedAndTheWayOutGiven() {
    Secret token = new Secret("${JIRA_API_TOKEN}");

    assertThatThrownBy(() -> token.resolve(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "environment variable JIRA_API_TOKEN is not set; export it before a live run, or set"
                + " source.offline to run without Jira");
  }

  @Test
  void anEmptyVariableIsRefused() {
    Secret token = new Secret("${JIRA_API_TOKEN}");

    assertThatThrownBy(() -> token.resolve(Map.of("JIRA_API_TOKEN", " ")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("the credential ${JIRA_API_TOKEN} is empty; export a value before a live run");
  }

  @Test
  void toStringIsRedacted() {
    assertThat(new Secret("${JIRA_API_TOKEN}")).hasToString("Secret[redacted]");
  }

  @Test
  void theTokenComesFromTheTokenFileWithoutSurroundingWhitespace()
      throws IOException, ConfigException {
    Path file = Files.writeString(dir.resolve("token"), "  pat-123\n");
    JiraSettings jira = new JiraSettings(DATA_CENTER, JiraFlavor.DATACENTER, null, null, file);

    assertThat(jira.resolveToken(Map.of())).isEqualTo("pat-123");
  }

  @Test
  void aMissingTokenFileIsNamed() {
    Path file = dir.resolve("token");
    JiraSettings jira = new JiraSettings(DATA_CENTER, JiraFlavor.DATACENTER, null, null, file);

    assertThatThrownBy(() -> jira.resolveToken(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + ": cannot read the token file (NoSuchFileException); check jira.auth.tokenFile"
                + " and the file's permissions");
  }

  @Test
  void anEmptyTokenFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("token"), "\n");
    JiraSettings jira = new JiraSettings(DATA_CENTER, JiraFlavor.DATACENTER, null, null, file);

    assertThatThrownBy(() -> jira.resolveToken(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": the token file is empty; write the token into it");
  }

  @Test
  void withoutTokenOrTokenFileThereIsNothingToResolve() {
    JiraSettings jira = new JiraSettings(DATA_CENTER, JiraFlavor.DATACENTER, null, null, null);

    assertThatThrownBy(() -> jira.resolveToken(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "jira.auth.token: missing; a live run needs token: ${JIRA_API_TOKEN} or tokenFile");
  }
}
