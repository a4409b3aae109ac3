package dev.interlock.config;

import static dev.interlock.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional tuning keys of a live pull under jira. */
class PullSettingsTest {
  private static final String TEAMS = "teams: [{name: Payments, projects: [PAY]}]\n";

  @TempDir Path dir;

  private InterlockConfig load(String jiraExtra) throws Exception {
    Path file = dir.resolve("interlock.yaml");
    Files.writeString(
        file,
        "jira:\n  url: https://acme.atlassian.net\n  auth: {email: a@b.c, token: \"${T}\"}\n"
            + jiraExtra
            + TEAMS);
    return ConfigLoader.load(file, Map.of("T", "x"));
  }

  @Test
  void withoutTuningKeysThePullUsesTheDefaults() throws Exception {
    assertThat(load("").jira().pull()).isEqualTo(PullSettings.DEFAULT);
    assertThat(PullSettings.DEFAULT).isEqualTo(new PullSettings(4, 100, 60, 4));
  }

  @Test
  void everyTuningKeyIsRead() throws Exception {
    String extra = "  maxConcurrency: 2\n  pageSize: 250\n  timeoutSeconds: 30\n  maxRetries: 0\n";
    assertThat(load(extra).jira().pull()).isEqualTo(new PullSettings(2, 250, 30, 0));
  }

  @Test
  void aConcurrencyOutOfRangeNamesTheRange() {
    String yaml =
        "jira:\n  url: https://acme.atlassian.net\n  auth: {email: a@b.c, token: \"${T}\"}\n"
            + "  maxConcurrency: 50\n"
            + TEAMS;
    assertThat(loadError(dir, yaml, Map.of("T", "x")))
        .isEqualTo(
            "interlock.yaml:4:19: jira.maxConcurrency: 50 is out of range; write a whole number"
                + " from 1 to 16");
  }
}
