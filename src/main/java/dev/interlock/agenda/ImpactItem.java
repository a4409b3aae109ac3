package dev.interlock.agenda;

import java.util.List;

/**
 * An open blocker and what waits on it, directly or through open issues: {@code waitingIssues}
 * issues of {@code otherTeams}, {@code committedSoon} of them committed within the horizon.
 */
public record ImpactItem(
    IssueRef blocker, int waitingIssues, List<String> otherTeams, int committedSoon) {
  public ImpactItem {
    otherTeams = List.copyOf(otherTeams);
  }
}
