package dev.interlock.graph;

import dev.interlock.model.IssueKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What waits on one open blocker, directly or through open issues: {@code waitingIssues} issues,
 * owned by {@code otherTeams} (sorted, the blocker's own team left out), of which {@code
 * committedSoon} have a commitment on or before the as-of date plus the horizon (overdue included).
 */
public record BlockerImpact(
    IssueKey blocker,
    @Nullable String team,
    int waitingIssues,
    List<String> otherTeams,
    int committedSoon) {
  public BlockerImpact {
    otherTeams = List.copyOf(otherTeams);
    if (waitingIssues < 1 || committedSoon < 0 || committedSoon > waitingIssues) {
      throw new IllegalArgumentException(
          "waitingIssues < 1 or committedSoon outside [0, waitingIssues]: "
              + waitingIssues
              + ", "
              + committedSoon);
    }
  }
}
