package dev.interlock.agenda;

import java.util.List;

/**
 * One of the riskiest cross-team items: its rank (1 is the riskiest), score in [0, 1], reasons in
 * words (most important first), the open issues blocking it and the issues waiting on it.
 */
public record RiskItem(
    int rank,
    IssueRef issue,
    double score,
    List<String> reasons,
    List<IssueRef> blockers,
    List<IssueRef> waiting) {
  public RiskItem {
    reasons = List.copyOf(reasons);
    blockers = List.copyOf(blockers);
    waiting = List.copyOf(waiting);
  }
}
