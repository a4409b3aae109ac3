package dev.interlock.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A percentile bootstrap confidence interval of ROC-AUC. Each resample draws whole clusters with
 * replacement, as many as there are; in a backtest a cluster is one release (project and fix
 * version, or project and due date), because whether items slip is largely decided per release: its
 * items, and the same item scored at several as-of dates, are not independent evidence. Resamples
 * without a slipped or without an on-time item have no ROC-AUC and are left out of the percentiles.
 * Every score vector given to one instance is drawn with the same resamples (a paired bootstrap),
 * and the same seed gives the same interval. Immutable.
 */
public final class RocAucBootstrap {
  /** Resamples drawn by default. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /** The default seed, fixed so that a report is the same bytes every time. */
  public static final long DEFAULT_SEED = 5L;

  /** The interval's coverage. */
  public static final double LEVEL = 0.95;

  /** A closed interval; NaN bounds when undefined. */
  public record Interval(double low, double high) {
    /** The undefined interval. */
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN);
  }

  private final boolean[] slipped;
  private final int[][] clusters;
  private final int[][] strata;
  private final int resamples;
  private final long seed;

  /**
   * @param cluster per item, the cluster it belongs to (equal objects, same cluster); clusters are
   *     numbered in order of first appearance, so the order of the items fixes the draws
   * @param slipped per item, its outcome
   */
  public RocAucBootstrap(List<?> cluster, boolean[] slipped, int resamples, long seed) {
    this(cluster, Collections.nCopies(cluster.size(), "all"), slipped, resamples, seed);
  }

  /**
   * A bootstrap of the ROC-AUC within strata: only pairs of items in the same stratum are compared,
   * and the pairs of all strata are pooled. With the as-of date as the stratum this is the ranking
   * one agenda shows, free of the differences between dates' base rates.
   *
   * @param stratum per item, its stratum (equal objects, same stratum)
   */
  public RocAucBootstrap(
      List<?> cluster, List<?> stratum, boolean[] slipped, int resamples, long seed) {
    if (stratum.size() != slipped.length) {
      throw new IllegalArgumentException(
          "strata " + stratum.size() + " != outcomes " + slipped.length);
    }
    if (cluster.size() != slipped.length) {
      throw new IllegalArgumentException(
          "clusters " + cluster.size() + " != outcomes " + slipped.length);
    }
    if (resamples <= 0) {
      throw new IllegalArgumentException("resamples <= 0: " + resamples);
    }
    this.slipped = slipped.clone();
    this.clusters = group(cluster);
    this.strata = group(stratum);
    this.resamples = resamples;
    this.seed = seed;
  }

  private static int[][] group(List<?> cluster) {
    Map<Object, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < cluster.size(); i++) {
      members.computeIfAbsent(cluster.get(i), c -> new ArrayList<>()).add(i);
    }
    return members.values().stream()
        .map(m -> m.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  /** The ROC-AUC of {@code scores} on the items as given (pairs within strata only). */
  public double estimate(double[] scores) {
    requireLength(scores);
    int[] once = new int[scores.length];
    Arrays.fill(once, 1);
    return weightedRocAuc(scores, ascending(scores), once);
  }

  /** The {@link #LEVEL} interval of the ROC-AUC of {@code scores} (one per item, same order). */
  public Interval interval(double[] scores) {
    return percentiles(resampled(scores, null));
  }

  /**
   * The {@link #LEVEL} interval of ROC-AUC({@code a}) − ROC-AUC({@code b}), both computed on each
   * of the same resamples: whether one ranking beats another on these items by more than the luck
   * of the draw. An interval above 0 says {@code a} ranks better.
   */
  public Interval differenceInterval(double[] a, double[] b) {
    return percentiles(resampled(a, b));
  }

  /** Per defined resample, the ROC-AUC of {@code a}, minus that of {@code b} when given. */
  private double[] resampled(double[] a, double @Nullable [] b) {
    requireLength(a);
    Integer[][] ascendingA = ascending(a);
    Integer[][] ascendingB = null;
    if (b != null) {
      requireLength(b);
      ascendingB = ascending(b);
    }
    Random random = new Random(seed);
    double[] aucs = new double[resamples];
    int defined = 0;
    int[] count = new int[a.length];
    for (int r = 0; r < resamples; r++) {
      Arrays.fill(count, 0);
      for (int c = 0; c < clusters.length; c++) {
        for (int item : clusters[random.nextInt(clusters.length)]) {
          count[item]++;
        }
      }
      double auc = weightedRocAuc(a, ascendingA, count);
      if (b != null) {
        auc -= weightedRocAuc(b, ascendingB, count);
      }
      if (!Double.isNaN(auc)) {
        aucs[defined++] = auc;
      }
    }
    return Arrays.copyOf(aucs, defined);
  }

  private void requireLength(double[] scores) {
    if (scores.length != slipped.length) {
      throw new IllegalArgumentException(
          "scores " + scores.length + " != outcomes " + slipped.length);
    }
  }

  // Per stratum, its items in ascending score.
  private Integer[][] ascending(double[] scores) {
    Integer[][] order = new Integer[strata.length][];
    for (int s = 0; s < strata.length; s++) {
      order[s] = Arrays.stream(strata[s]).boxed().toArray(Integer[]::new);
      Arrays.sort(order[s], Comparator.comparingDouble(i -> scores[i]));
    }
    return order;
  }

  /**
   * ROC-AUC where item i counts {@code count[i]} times, in one pass over the items in ascending
   * score: each slipped item beats the on-time items below it and ties the ones level with it.
   */
  private double weightedRocAuc(double[] scores, Integer[][] ascendingByStratum, int[] count) {
    double wins = 0;
    double pairs = 0;
    for (Integer[] ascending : ascendingByStratum) {
      double[] winsAndPairs = weightedWins(scores, ascending, count);
      wins += winsAndPairs[0];
      pairs += winsAndPairs[1];
    }
    return pairs == 0 ? Double.NaN : wins / pairs;
  }

  private double[] weightedWins(double[] scores, Integer[] ascending, int[] count) {
    double wins = 0;
    double positives = 0;
    double negativesBelow = 0;
    int i = 0;
    while (i < ascending.length) {
      double pos = 0;
      double neg = 0;
      int j = i;
      while (j < ascending.length && scores[ascending[j]] == scores[ascending[i]]) {
        int item = ascending[j++];
        pos += slippedWeight(item, count, true);
        neg += slippedWeight(item, count, false);
      }
      wins += pos * (negativesBelow + neg / 2);
      positives += pos;
      negativesBelow += neg;
      i = j;
    }
    return new double[] {wins, positives * negativesBelow};
  }

  private double slippedWeight(int item, int[] count, boolean wanted) {
    return slipped[item] == wanted ? count[item] : 0;
  }

  private static Interval percentiles(double[] aucs) {
    if (aucs.length == 0) {
      return Interval.NONE;
    }
    Arrays.sort(aucs);
    double tail = (1 - LEVEL) / 2;
    int low = (int) Math.floor(tail * aucs.length);
    int high = Math.max(low, (int) Math.ceil((1 - tail) * aucs.length) - 1);
    return new Interval(aucs[low], aucs[high]);
  }
}
