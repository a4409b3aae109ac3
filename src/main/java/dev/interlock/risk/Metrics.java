package dev.interlock.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranking and calibration metrics of scores against outcomes (1 = slipped). Ties in score are
 * handled exactly: ROC-AUC counts a tied pair as one half; PR-AUC is average precision over
 * distinct thresholds, so tied items enter together.
 */
public final class Metrics {
  private Metrics() {}

  /** One scored item: its score and whether it slipped. */
  public record Scored(double score, boolean slipped) {}

  /** Area under the ROC curve: the chance a slipped item outscores an on-time one. NaN if none. */
  public static double rocAuc(List<Scored> items) {
    double pairs = 0;
    double wins = 0;
    for (Scored a : items) {
      if (!a.slipped()) {
        continue;
      }
      for (Scored b : items) {
        if (!b.slipped()) {
          pairs++;
          wins += a.score() > b.score() ? 1 : a.score() == b.score() ? 0.5 : 0;
        }
      }
    }
    return pairs == 0 ? Double.NaN : wins / pairs;
  }

  /** Average precision: Σ over thresholds of (recall gained) × precision at that threshold. */
  public static double prAuc(List<Scored> items) {
    List<Scored> sorted = sortedDescending(items);
    long positives = sorted.stream().filter(Scored::slipped).count();
    if (positives == 0) {
      return Double.NaN;
    }
    double ap = 0;
    int seen = 0;
    int hits = 0;
    int i = 0;
    while (i < sorted.size()) {
      int newHits = 0;
      int j = i;
      while (j < sorted.size() && sorted.get(j).score() == sorted.get(i).score()) {
        newHits += sorted.get(j).slipped() ? 1 : 0;
        j++;
      }
      seen += j - i;
      hits += newHits;
      ap += (newHits / (double) positives) * (hits / (double) seen);
      i = j;
    }
    return ap;
  }

  /**
   * Share slipped among the {@code k} highest scores (fewer when there are fewer items); ties at
   * the cut count at their average rate.
   */
  public static double precisionAtK(List<Scored> items, int k) {
    if (k <= 0) {
      throw new IllegalArgumentException("k <= 0: " + k);
    }
    List<Scored> sorted = sortedDescending(items);
    int n = Math.min(k, sorted.size());
    if (n == 0) {
      return Double.NaN;
    }
    double cut = sorted.get(n - 1).score();
    long above = sorted.stream().filter(s -> s.score() > cut).count();
    long aboveHits = sorted.stream().filter(s -> s.score() > cut && s.slipped()).count();
    List<Scored> tied = sorted.stream().filter(s -> s.score() == cut).toList();
    double tiedRate = tied.stream().filter(Scored::slipped).count() / (double) tied.size();
    return (aboveHits + (n - above) * tiedRate) / n;
  }

  /** Mean squared difference of score and outcome; scores must be probabilities. */
  public static double brier(List<Scored> items) {
    double sum = 0;
    for (Scored s : items) {
      double d = s.score() - (s.slipped() ? 1 : 0);
      sum += d * d;
    }
    return items.isEmpty() ? Double.NaN : sum / items.size();
  }

  private static List<Scored> sortedDescending(List<Scored> items) {
    List<Scored> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingDouble(Scored::score).reversed());
    return sorted;
  }
}
