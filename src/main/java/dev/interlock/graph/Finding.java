package dev.interlock.graph;

import dev.interlock.model.IssueKey;
import java.util.Comparator;
import java.util.List;

/**
 * One thing an analysis found, for the agenda: its kind, how much it matters, the issues and teams
 * involved (each sorted, teams by name) and the reason in plain words.
 */
public record Finding(
    FindingKind kind, Severity severity, List<IssueKey> issues, List<String> teams, String reason) {

  /** Severity (high first), then kind, then the first issue, then the reason. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::kind)
          .thenComparing(Finding::firstIssue, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::reason);

  public Finding {
    if (reason.isBlank()) {
      throw new IllegalArgumentException("finding without a reason: " + kind);
    }
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("finding without issues: " + kind + ", " + reason);
    }
    issues = issues.stream().distinct().sorted().toList();
    teams = teams.stream().distinct().sorted().toList();
  }

  private IssueKey firstIssue() {
    return issues.get(0);
  }
}
