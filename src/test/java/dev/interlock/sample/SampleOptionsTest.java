package dev.interlock.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SampleOptionsTest {
  private static final Instant NOW = Instant.parse("2026-11-16T08:00:00Z");

  @Test
  void acmeIsSevenTeamsOfEightyTwoIssuesOverSixMonthsEndingOnMonday16November() {
    SampleOptions acme = SampleOptions.acme();

    assertThat(acme.teams()).isEqualTo(7);
    assertThat(acme.issuesPerTeam()).isEqualTo(82);
    assertThat(acme.now()).isEqualTo(NOW);
    assertThat(acme.months()).isEqualTo(6);
    assertThat(acme.unownedIssues()).isEqualTo(20);
    assertThat(acme.totalIssues()).isEqualTo(599);
  }

  @Test
  void hundredTeamsOfAThousandMakeAHundredThousandIssuesPlusTheUnownedProjectAndActionItems() {
    assertThat(new SampleOptions(1, 100, 1000, NOW, 6).totalIssues()).isEqualTo(100_000 + 250 + 5);
  }

  @Test
  void teamsOutsideTheRangeAreRejectedWithTheValue() {
    assertThatThrownBy(() -> new SampleOptions(1, 0, 50, NOW, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("teams not in [1, 999]: 0");
  }

  @Test
  void tooFewIssuesPerTeamAreRejectedWithTheValue() {
    assertThatThrownBy(() -> new SampleOptions(1, 7, 19, NOW, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issuesPerTeam not in [20, 10000]: 19");
  }

  @Test
  void tooShortAHistoryIsRejectedWithTheValue() {
    assertThatThrownBy(() -> new SampleOptions(1, 7, 50, NOW, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months not in [3, 120]: 2");
  }

  @Test
  void tenYearsOfHistoryAreAcceptedAndElevenAreRejected() {
    assertThat(new SampleOptions(1, 7, 50, NOW, 120).months()).isEqualTo(120);
    assertThatThrownBy(() -> new SampleOptions(1, 7, 50, NOW, 121))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months not in [3, 120]: 121");
  }
}
