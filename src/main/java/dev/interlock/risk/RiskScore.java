package dev.interlock.risk;

import dev.interlock.model.IssueKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The risk of one open cross-team item: {@code score} in [0, 1], its reasons in words with the
 * largest contribution first, and how much waits on it ({@code waitingIssues} open issues in {@code
 * waitingTeams} other teams, directly or through chains). {@code noProbability} is null when the
 * score may be shown as a percentage; otherwise the item is ranked by its score but shown with
 * these words instead (e.g. {@link #NO_COMMITMENT}), because the backtest never measured
 * probabilities for items like it.
 */
public record RiskScore(
    IssueKey key,
    double score,
    List<String> reasons,
    int waitingIssues,
    int waitingTeams,
    @Nullable String noProbability) {
  /** Shown instead of a percentage for an item without a commitment of its own. */
  public static final String NO_COMMITMENT = "no commitment: ranked by what waits on it";

  /** Shown instead of a percentage for an item due beyond the learned horizon. */
  public static final String BEYOND_HORIZON =
      "due beyond the "
          + LearnedRiskScorer.DEFAULT_HORIZON.toDays()
          + " days learned from: ranked by what waits on it";

  public RiskScore {
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    reasons = List.copyOf(reasons);
  }

  /** A score shown as a percentage. */
  public RiskScore(
      IssueKey key, double score, List<String> reasons, int waitingIssues, int waitingTeams) {
    this(key, score, reasons, waitingIssues, waitingTeams, null);
  }

  /** Whether the score may be shown as a probability. */
  public boolean probability() {
    return noProbability == null;
  }

  /**
   * A probability as a whole percentage, rounded half up (0.625 is {@code 63%}), but a prediction
   * never reads as a certainty: anything short of 1 shows at most {@code 99%} and anything above 0
   * at least {@code 1%}, so {@code 100%} means a fact (an item already past its commitment).
   */
  public static String percent(double p) {
    long whole = Math.round(p * 100);
    if (p < 1 && p > 0) {
      whole = Math.max(1, Math.min(99, whole));
    }
    return String.format(java.util.Locale.ROOT, "%d%%", whole);
  }
}
