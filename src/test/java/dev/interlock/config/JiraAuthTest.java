package dev.interlock.config;

import static dev.interlock.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the configuration says to sign in to Jira, and what it refuses. */
class JiraAuthTest {
  private static final String TEAMS = "teams: [{name: Payments, projects: [PAY]}]\n";

  @TempDir Path dir;

  @Test
  void credentialsStayTemplatesAndAreNotResolvedWhileLoading() throws ConfigException {
    String yaml =
        TEAMS
            + """
            jira:
              url: https://acme.atlassian.net
              auth: {email: "${JIRA_EMAIL}", token: "${JIRA_API_TOKEN}"}
            """;

    JiraSettings jira = ConfigFiles.load(dir, yaml, Map.of()).jira();

    assertThat(jira.email()).isEqualTo(new Secret("${JIRA_EMAIL}"));
    assertThat(jira.token()).isEqualTo(new Secret("${JIRA_API_TOKEN}"));
  }

  @Test
  void anOfflineRunNeedsNoCredentials() throws ConfigException {
    String yaml = TEAMS + "source: {offline: snapshot}\njira: {url: https://acme.atlassian.net}\n";

    JiraSettings jira = ConfigFiles.load(dir, yaml, Map.of()).jira();

    assertThat(jira.email()).isNull();
    assertThat(jira.token()).isNull();
    assertThat(jira.tokenFile()).isNull();
  }

  @Test
  void aTokenWrittenInTheFileIsRefusedWithoutRepeatingIt() {
    String yaml =
        TEAMS
            + """
            jira:
              url: https://jira.acme.example
              auth:
                token: NjM5ODc0OTk2NTQ3OmFiY2Rl
            """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:5:12: jira.auth.token: write the token as ${JIRA_API_TOKEN} and set it"
                + " in the environment, or use tokenFile; Interlock does not read secrets from the"
                + " configuration file");
  }

  @Test
  void aTokenHiddenInADefaultIsRefusedToo() {
    String yaml =
        TEAMS
            + "jira: {url: https://jira.acme.example, auth: {token: "
            + "\"${JIRA_API_TOKEN:-NjM5ODc0}\"}}\n";

    assertThat(loadError(dir, yaml))
        .startsWith("interlock.yaml:2:54: jira.auth.token: write the token as ${JIRA_API_TOKEN}")
        .doesNotContain("NjM5ODc0");
  }

  @Test
  void aSingleValueUnderAuthIsRefusedWithoutRepeatingIt() {
    String yaml = TEAMS + "jira:\n  url: https://jira.acme.example\n  auth: NjM5ODc0\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:9: jira.auth: expected the keys email, token or tokenFile;"
                + " Interlock does not read secrets from the configuration file");
  }

  @Test
  void tokenAndTokenFileExcludeEachOther() {
    String yaml =
        TEAMS
            + """
            jira:
              url: https://jira.acme.example
              auth:
                token: ${JIRA_API_TOKEN}
                tokenFile: /etc/interlock/token
            """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:6:16: jira.auth.tokenFile: token is set as well; keep either token or"
                + " tokenFile");
  }

  @Test
  void dataCenterSignsInWithoutEmail() {
    String yaml =
        TEAMS
            + """
            jira:
              url: https://jira.acme.example
              auth: {email: "${JIRA_EMAIL}", token: "${JIRA_PAT}"}
            """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:17: jira.auth.email: Data Center signs in with a personal access"
                + " token alone; remove email, or set flavor: cloud if this is Jira Cloud");
  }

  @Test
  void aLiveRunNeedsAToken() {
    String yaml = TEAMS + "jira:\n  url: https://jira.acme.example\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:3:3: jira.auth.token: missing; write token: ${JIRA_API_TOKEN} (or"
                + " tokenFile: <file>), or set source.offline to run without Jira");
  }

  @Test
  void aLiveRunOnCloudNeedsAnEmail() {
    String yaml =
        TEAMS
            + """
            jira:
              url: https://acme.atlassian.net
              auth:
                token: ${JIRA_API_TOKEN}
            """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:5:5: jira.auth.email: missing; Jira Cloud signs in with your account"
                + " email and an API token; write email: ${JIRA_EMAIL}");
  }

  @Test
  void theConfigurationsTextNeverHoldsTheResolvedSecrets() throws ConfigException {
    String yaml =
        TEAMS
            + """
            jira:
              url: https://acme.atlassian.net
              auth: {email: "${JIRA_EMAIL}", token: "${JIRA_API_TOKEN}"}
            """;
    Map<String, String> env =
        Map.of("JIRA_EMAIL", "bot@acme.example", "JIRA_API_TOKEN", "s3cr3t-t0ken");

    InterlockConfig config = ConfigFiles.load(dir, yaml, env);

    assertThat(config.toString())
        .contains("Secret[redacted]")
        .doesNotContain("s3cr3t-t0ken", "bot@acme.example", "JIRA_API_TOKEN");
    assertThat(config.jira().resolveToken(env)).isEqualTo("s3cr3t-t0ken");
    assertThat(config.jira().email().resolve(env)).isEqualTo("bot@acme.example");
  }
}
