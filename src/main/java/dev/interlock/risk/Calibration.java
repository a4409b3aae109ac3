package dev.interlock.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * How far the probabilities can be taken at their word. The reliability table puts the predictions
 * into equal-width bins of predicted probability and shows, per bin, the mean prediction beside the
 * share that slipped. The expected calibration error (ECE) is the mean gap between the two,
 * weighted by the bin's predictions. The calibration slope is the weight b of a logistic regression
 * of the outcome on the prediction's log-odds, {@code logit P(slip) = a + b·logit(p)}: 1 for
 * calibrated scores, below 1 for over-confident ones (too close to 0 and 1), above 1 for timid
 * ones.
 *
 * @param bins the reliability table, empty bins left out
 * @param ece the expected calibration error, NaN without predictions
 * @param slope the calibration slope, NaN when undefined (no predictions, one class only)
 * @param intercept the calibration intercept a, NaN when undefined
 */
public record Calibration(List<Bin> bins, double ece, double slope, double intercept) {
  /** Predictions are clipped to [EPS, 1 − EPS] before taking their log-odds. */
  static final double EPS = 1e-6;

  public Calibration {
    bins = List.copyOf(bins);
  }

  /**
   * One bin: predictions with probability in [low, high) (the last bin includes 1), their mean
   * prediction and the share that slipped.
   */
  public record Bin(double low, double high, int count, double meanPredicted, double observed) {}

  /** The calibration of {@code items} with {@code binCount} equal-width bins. */
  public static Calibration of(List<Metrics.Scored> items, int binCount) {
    if (binCount <= 0) {
      throw new IllegalArgumentException("bins <= 0: " + binCount);
    }
    int[] count = new int[binCount];
    double[] predicted = new double[binCount];
    int[] slipped = new int[binCount];
    for (Metrics.Scored s : items) {
      int b = Math.min(binCount - 1, (int) Math.floor(s.score() * binCount));
      b = Math.max(0, b);
      count[b]++;
      predicted[b] += s.score();
      slipped[b] += s.slipped() ? 1 : 0;
    }
    List<Bin> bins = new ArrayList<>();
    double ece = 0;
    for (int b = 0; b < binCount; b++) {
      if (count[b] == 0) {
        continue;
      }
      double mean = predicted[b] / count[b];
      double observed = slipped[b] / (double) count[b];
      bins.add(
          new Bin(b / (double) binCount, (b + 1) / (double) binCount, count[b], mean, observed));
      ece += count[b] * Math.abs(mean - observed);
    }
    ece = items.isEmpty() ? Double.NaN : ece / items.size();
    double[] fit = slopeAndIntercept(items);
    return new Calibration(bins, ece, fit[1], fit[0]);
  }

  // Unpenalised logistic regression of the outcome on logit(p): {intercept, slope}.
  private static double[] slopeAndIntercept(List<Metrics.Scored> items) {
    long slipped = items.stream().filter(Metrics.Scored::slipped).count();
    boolean spread =
        items.stream().mapToDouble(Metrics.Scored::score).distinct().limit(2).count() > 1;
    if (slipped == 0 || slipped == items.size() || !spread) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double[][] x = new double[items.size()][1];
    int[] y = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      double p = Math.min(1 - EPS, Math.max(EPS, items.get(i).score()));
      x[i][0] = Math.log(p / (1 - p));
      y[i] = items.get(i).slipped() ? 1 : 0;
    }
    double[] beta = new LogisticRegression(0).fit(x, y);
    if (!Double.isFinite(beta[0]) || !Double.isFinite(beta[1])) {
      return new double[] {Double.NaN, Double.NaN};
    }
    return beta;
  }
}
