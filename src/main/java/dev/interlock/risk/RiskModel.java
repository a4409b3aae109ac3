package dev.interlock.risk;

import java.util.List;

/**
 * A fitted slip model: features are standardised with the training means and deviations, then
 * weighted. A feature's contribution to one score is its weight times its standardised value, in
 * log-odds; the contributions and the intercept add up to the score's log-odds.
 */
public final class RiskModel {
  private final double[] means;
  private final double[] deviations;
  private final double[] weights;
  private final int trainingRows;
  private final int trainingSlipped;

  private RiskModel(double[] means, double[] deviations, double[] weights, int rows, int slipped) {
    this.means = means;
    this.deviations = deviations;
    this.weights = weights;
    this.trainingRows = rows;
    this.trainingSlipped = slipped;
  }

  /** Fits a model to labelled rows (1 = slipped) with penalty {@code lambda}. */
  public static RiskModel fit(List<FeatureRow> rows, int[] slipped, double lambda) {
    int p = Feature.values().length;
    double[] means = new double[p];
    double[] deviations = new double[p];
    for (FeatureRow r : rows) {
      for (int j = 0; j < p; j++) {
        means[j] += r.values()[j] / rows.size();
      }
    }
    for (FeatureRow r : rows) {
      for (int j = 0; j < p; j++) {
        double d = r.values()[j] - means[j];
        deviations[j] += d * d / rows.size();
      }
    }
    for (int j = 0; j < p; j++) {
      deviations[j] = deviations[j] > 1e-12 ? Math.sqrt(deviations[j]) : 1.0;
    }
    double[][] x = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      x[i] = standardise(rows.get(i).values(), means, deviations);
    }
    double[] weights = new LogisticRegression(lambda).fit(x, slipped);
    int positives = 0;
    for (int s : slipped) {
      positives += s;
    }
    return new RiskModel(means, deviations, weights, rows.size(), positives);
  }

  private static double[] standardise(double[] v, double[] means, double[] deviations) {
    double[] z = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      z[j] = (v[j] - means[j]) / deviations[j];
    }
    return z;
  }

  /** The probability that the item slips. */
  public double probability(FeatureRow row) {
    double logit = weights[0];
    for (double c : contributions(row)) {
      logit += c;
    }
    return LogisticRegression.sigmoid(logit);
  }

  /** Each feature's contribution to the log-odds, indexed by {@link Feature#ordinal()}. */
  public double[] contributions(FeatureRow row) {
    double[] z = standardise(row.values(), means, deviations);
    for (int j = 0; j < z.length; j++) {
      z[j] *= weights[j + 1];
    }
    return z;
  }

  /** The weight of a feature per standard deviation, in log-odds. */
  public double weight(Feature f) {
    return weights[f.ordinal() + 1];
  }

  public int trainingRows() {
    return trainingRows;
  }

  public int trainingSlipped() {
    return trainingSlipped;
  }
}
