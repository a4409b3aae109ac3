package dev.interlock.agenda;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the riskiest cross-team items: its rank (1 is the riskiest), score in [0, 1], reasons in
 * words (most important first), the open issues blocking it and the issues waiting on it. {@code
 * noProbability} is null when the score is shown as a percentage, else the words shown instead (the
 * item is ranked, not given a probability).
 */
public record RiskItem(
    int rank,
    IssueRef issue,
    double score,
    List<String> reasons,
    List<IssueRef> blockers,
    List<IssueRef> waiting,
    @Nullable String noProbability) {
  public RiskItem {
    reasons = List.copyOf(reasons);
    blockers = List.copyOf(blockers);
    waiting = List.copyOf(waiting);
  }

  /** An item whose score is shown as a percentage. */
  public RiskItem(
      int rank,
      IssueRef issue,
      double score,
      List<String> reasons,
      List<IssueRef> blockers,
      List<IssueRef> waiting) {
    this(rank, issue, score, reasons, blockers, waiting, null);
  }
}
