package dev.interlock.graph;

import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Team;
import java.util.Collection;
import java.util.List;

/** Graphs for the analysis tests: teams Payments (PAY), Checkout (CHK), Catalog (CAT). */
final class Analyses {
  static final List<Team> TEAMS =
      List.of(
          new Team("Payments", List.of("PAY"), List.of(), List.of(), null),
          new Team("Checkout", List.of("CHK"), List.of(), List.of(), null),
          new Team("Catalog", List.of("CAT"), List.of(), List.of(), null));
  static final List<String> TEAM_NAMES = List.of("Payments", "Checkout", "Catalog");

  private Analyses() {}

  static DependencyGraph graph(Issue... issues) {
    return TestIssues.graph(TEAMS, issues);
  }

  static List<String> keys(Collection<IssueKey> keys) {
    return keys.stream().map(IssueKey::toString).toList();
  }
}
