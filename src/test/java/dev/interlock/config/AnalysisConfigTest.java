package dev.interlock.config;

import static dev.interlock.config.ConfigFiles.load;
import static dev.interlock.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisConfigTest {
  private static final String OFFLINE_TEAMS =
      """
      source: {offline: snapshot}
      teams: [{name: Payments, projects: [PAY]}]
      """;

  @TempDir Path dir;

  @Test
  void withoutAnAnalysisSectionTheDefaultsApply() throws ConfigException {
    assertThat(load(dir, OFFLINE_TEAMS, Map.of()).analysis())
        .isEqualTo(new AnalysisSettings(5, 14, 7));
  }

  @Test
  void everyAnalysisKeyIsRead() throws ConfigException {
    String yaml =
        OFFLINE_TEAMS
            + "analysis: {defaultLeadTimeDays: 3, impactHorizonDays: 10, maxTeamsPerMeeting: 5}\n";
    assertThat(load(dir, yaml, Map.of()).analysis()).isEqualTo(new AnalysisSettings(3, 10, 5));
  }

  @Test
  void oneTeamPerMeetingIsRefusedWithWhereItWasWritten() {
    String yaml = OFFLINE_TEAMS + "analysis: {maxTeamsPerMeeting: 1}\n";
    assertThat(loadError(dir, yaml))
        .isEqualTo("interlock.yaml:3:32: analysis.maxTeamsPerMeeting: must be at least 2, got 1");
  }

  @Test
  void anUnknownAnalysisKeyListsTheAllowedOnes() {
    String yaml = OFFLINE_TEAMS + "analysis:\n  leadTime: 4\n";
    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:3: analysis.leadTime: unknown key; allowed keys:"
                + " defaultLeadTimeDays, impactHorizonDays, maxTeamsPerMeeting");
  }
}
