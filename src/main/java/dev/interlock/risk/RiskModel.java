package dev.interlock.risk;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A fitted slip model: the features it uses are standardised with the training means and deviations
 * (weighted by the rows' weights), clipped to ±{@link #CLIP} deviations, weighted, and the
 * resulting log-odds are calibrated by Platt scaling: probability = σ(slope × raw log-odds +
 * offset). A feature's contribution to one score is slope × weight × clipped standardised value, in
 * calibrated log-odds; features the model does not use contribute 0. A feature asked for gets a
 * weight only when at least {@link #MIN_SUPPORT_ROWS} training rows differ from its most common
 * value: a weight learned from two items would put items 20 deviations out at 99 %. Immutable.
 */
public final class RiskModel {
  /**
   * Standardised values are clipped to this many deviations, in training and in scoring, so that
   * one item far outside what was learned from cannot sit at 0 % or 100 % on one feature alone.
   */
  public static final double CLIP = 3.0;

  /**
   * Training rows that must differ from a feature's most common value (for most features: be
   * non-zero) for it to get a weight. Fixed by design, not tuned: twenty rows is the least from
   * which a slope per deviation is more than the story of a few items (the sample's waitingTeams is
   * non-zero in 2 of 374 rows).
   */
  public static final int MIN_SUPPORT_ROWS = 20;

  /** An EnumSet: its fixed order keeps the sums, and so the bytes of every report, the same. */
  private final Set<Feature> used;

  private final double[] means;
  private final double[] deviations;
  private final double[] weights;
  private final double lambda;
  private final double slope;
  private final double offset;
  private final int trainingRows;
  private final int trainingSlipped;

  private RiskModel(
      Set<Feature> used,
      double[] means,
      double[] deviations,
      double[] weights,
      double lambda,
      double slope,
      double offset,
      int rows,
      int slipped) {
    this.used = used;
    this.means = means;
    this.deviations = deviations;
    this.weights = weights;
    this.lambda = lambda;
    this.slope = slope;
    this.offset = offset;
    this.trainingRows = rows;
    this.trainingSlipped = slipped;
  }

  /** Fits an uncalibrated model on every feature; see {@link #fit(List, int[], double, Set)}. */
  public static RiskModel fit(List<FeatureRow> rows, int[] slipped, double lambda) {
    return fit(rows, slipped, lambda, Feature.ALL);
  }

  /** Fits an uncalibrated model with every row weighing 1; see the weighted form. */
  public static RiskModel fit(
      List<FeatureRow> rows, int[] slipped, double lambda, Set<Feature> used) {
    double[] ones = new double[rows.size()];
    java.util.Arrays.fill(ones, 1.0);
    return fit(rows, slipped, ones, lambda, used);
  }

  /**
   * Fits an uncalibrated model (slope 1, offset 0) on those of {@code used} with enough support
   * ({@link #MIN_SUPPORT_ROWS}), with penalty {@code lambda} and row weights {@code rowWeights}.
   */
  public static RiskModel fit(
      List<FeatureRow> rows, int[] slipped, double[] rowWeights, double lambda, Set<Feature> used) {
    if (rows.size() != slipped.length || rows.isEmpty() || rowWeights.length != slipped.length) {
      throw new IllegalArgumentException(
          "rows "
              + rows.size()
              + " != labels "
              + slipped.length
              + " or weights "
              + rowWeights.length);
    }
    int p = Feature.values().length;
    double[][] raw = new double[rows.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = rows.get(i).values();
    }
    Set<Feature> features = supported(raw, used);
    double total = 0;
    for (double w : rowWeights) {
      total += w;
    }
    double[] means = new double[p];
    double[] deviations = new double[p];
    for (int i = 0; i < raw.length; i++) {
      for (int j = 0; j < p; j++) {
        means[j] += rowWeights[i] * raw[i][j] / total;
      }
    }
    for (int i = 0; i < raw.length; i++) {
      for (int j = 0; j < p; j++) {
        double d = raw[i][j] - means[j];
        deviations[j] += rowWeights[i] * d * d / total;
      }
    }
    for (int j = 0; j < p; j++) {
      deviations[j] = deviations[j] > 1e-12 ? Math.sqrt(deviations[j]) : 1.0;
    }
    int[] columns = features.stream().mapToInt(Feature::ordinal).toArray();
    double[][] x = new double[raw.length][columns.length];
    for (int i = 0; i < raw.length; i++) {
      for (int c = 0; c < columns.length; c++) {
        int j = columns[c];
        x[i][c] = clip((raw[i][j] - means[j]) / deviations[j]);
      }
    }
    double[] fitted = new LogisticRegression(lambda).fit(x, slipped, rowWeights);
    double[] weights = new double[p + 1];
    weights[0] = fitted[0];
    for (int c = 0; c < columns.length; c++) {
      weights[columns[c] + 1] = fitted[c + 1];
    }
    int positives = 0;
    for (int s : slipped) {
      positives += s;
    }
    return new RiskModel(
        Collections.unmodifiableSet(features),
        means,
        deviations,
        weights,
        lambda,
        1,
        0,
        rows.size(),
        positives);
  }

  /** The features of {@code used} on which at least {@link #MIN_SUPPORT_ROWS} rows differ. */
  static Set<Feature> supported(double[][] raw, Set<Feature> used) {
    Set<Feature> kept = EnumSet.noneOf(Feature.class);
    for (Feature f : used) {
      java.util.Map<Double, Integer> counts = new java.util.HashMap<>();
      for (double[] v : raw) {
        counts.merge(v[f.ordinal()], 1, Integer::sum);
      }
      int mode = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      if (raw.length - mode >= MIN_SUPPORT_ROWS) {
        kept.add(f);
      }
    }
    return kept;
  }

  static double clip(double z) {
    return Math.max(-CLIP, Math.min(CLIP, z));
  }

  /** This model with Platt scaling σ(slope × raw log-odds + offset). */
  public RiskModel calibrated(double slope, double offset) {
    return new RiskModel(
        used, means, deviations, weights, lambda, slope, offset, trainingRows, trainingSlipped);
  }

  /** The log-odds before calibration. */
  public double rawLogit(FeatureRow row) {
    double logit = weights[0];
    for (Feature f : used) {
      int j = f.ordinal();
      logit += weights[j + 1] * clip((row.value(f) - means[j]) / deviations[j]);
    }
    return logit;
  }

  /** The calibrated probability that the item slips. */
  public double probability(FeatureRow row) {
    return LogisticRegression.sigmoid(slope * rawLogit(row) + offset);
  }

  /**
   * Each feature's contribution to the calibrated log-odds, indexed by {@link Feature#ordinal()};
   * they add up, with slope × intercept + offset, to the score's log-odds.
   */
  public double[] contributions(FeatureRow row) {
    double[] c = new double[Feature.values().length];
    for (Feature f : used) {
      int j = f.ordinal();
      c[j] = slope * weights[j + 1] * clip((row.value(f) - means[j]) / deviations[j]);
    }
    return c;
  }

  /** The weight of a feature per standard deviation, in raw log-odds; 0 when unused. */
  public double weight(Feature f) {
    return weights[f.ordinal() + 1];
  }

  /** The features this model reads. */
  public Set<Feature> features() {
    return used;
  }

  public double lambda() {
    return lambda;
  }

  /** Platt slope: 1 when uncalibrated. */
  public double slope() {
    return slope;
  }

  /** Platt offset: 0 when uncalibrated. */
  public double offset() {
    return offset;
  }

  public int trainingRows() {
    return trainingRows;
  }

  public int trainingSlipped() {
    return trainingSlipped;
  }
}
