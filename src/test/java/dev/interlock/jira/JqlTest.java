package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

class JqlTest {
  @Test
  void aTeamIsItsProjectsComponentsAndLabelsJoinedByOr() {
    Team team =
        new Team("Checkout", List.of("CHK"), List.of("Cart", "Checkout API"), List.of("web"), null);
    assertThat(Jql.forTeam(team))
        .isEqualTo(
            "(project in (\"CHK\") OR component in (\"Cart\", \"Checkout API\") OR labels in"
                + " (\"web\"))");
  }

  @Test
  void aTeamsOwnJqlIsUsedAsWrittenInParentheses() {
    Team team =
        new Team(
            "Mobile", List.of(), List.of(), List.of("mobile"), "project = APP OR labels = mobile");
    assertThat(Jql.forTeam(team)).isEqualTo("(project = APP OR labels = mobile)");
  }

  @Test
  void quotesAndBackslashesInValuesAreEscaped() {
    assertThat(Jql.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(Jql.keys(List.of("OPS-1", "OPS-2"))).isEqualTo("key in (\"OPS-1\", \"OPS-2\")");
  }
}
