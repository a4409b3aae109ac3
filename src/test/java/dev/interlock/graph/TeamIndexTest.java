package dev.interlock.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first team in configuration order that claims an issue owns it, however it claims it. */
class TeamIndexTest {
  private static final Team LABELLED =
      new Team("Labelled", List.of(), List.of(), List.of("x"), null);
  private static final Team PAYMENTS =
      new Team("Payments", List.of("PAY"), List.of(), List.of(), null);
  private static final Team API =
      new Team("Api", List.of("PAY", "API"), List.of("api"), List.of("x", "y"), null);
  private static final TeamIndex INDEX = new TeamIndex(List.of(LABELLED, PAYMENTS, API));

  @Test
  void anEarlierTeamClaimingByLabelWinsOverALaterOneClaimingByProject() {
    assertThat(INDEX.teamOf(issue("PAY-1", List.of(), List.of("y", "x")))).contains("Labelled");
  }

  @Test
  void theFirstTeamClaimingTheProjectWinsWhenNoEarlierTeamClaimsTheIssue() {
    assertThat(INDEX.teamOf(issue("PAY-2", List.of("api"), List.of("y")))).contains("Payments");
  }

  @Test
  void aComponentOrLabelOfALaterTeamClaimsAnIssueOfAnUnownedProject() {
    assertThat(INDEX.teamOf(issue("OPS-3", List.of("api"), List.of()))).contains("Api");
    assertThat(INDEX.teamOf(issue("OPS-4", List.of("web"), List.of("y")))).contains("Api");
  }

  @Test
  void anIssueNoTeamClaimsHasNoTeamAndAnOutsideKeyGoesByItsProject() {
    assertThat(INDEX.teamOf(issue("OPS-5", List.of("web"), List.of("z")))).isEmpty();
    assertThat(INDEX.teamOfOutside(IssueKey.parse("API-9"))).contains("Api");
    assertThat(INDEX.teamOfOutside(IssueKey.parse("PAY-9"))).contains("Payments");
    assertThat(INDEX.teamOfOutside(IssueKey.parse("OPS-9"))).isEmpty();
  }

  private static Issue issue(String key, List<String> components, List<String> labels) {
    Issue i = TestIssues.issue(key).build();
    return new Issue(
        i.key(),
        i.id(),
        i.summary(),
        i.issueType(),
        i.subtask(),
        i.status(),
        i.priority(),
        i.assignee(),
        i.created(),
        i.updated(),
        i.resolved(),
        i.resolution(),
        i.dueDate(),
        i.fixVersions(),
        i.sprints(),
        components,
        labels,
        i.parent(),
        i.epic(),
        i.storyPoints(),
        i.teamField(),
        i.links(),
        i.history(),
        i.comments(),
        i.flagged(),
        i.historyFetched());
  }
}
