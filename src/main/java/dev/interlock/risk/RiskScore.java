package dev.interlock.risk;

import dev.interlock.model.IssueKey;
import java.util.List;

/**
 * The risk of one open cross-team item: {@code score} in [0, 1], its reasons in words with the
 * largest contribution first, and how much waits on it ({@code waitingIssues} open issues in {@code
 * waitingTeams} other teams, directly or through chains).
 */
public record RiskScore(
    IssueKey key, double score, List<String> reasons, int waitingIssues, int waitingTeams) {
  public RiskScore {
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    reasons = List.copyOf(reasons);
  }
}
