package dev.interlock.risk;

/**
 * Platt's calibration: fits probability = σ(a·z + b) to scores z and outcomes by maximum
 * likelihood, with Platt's smoothed targets (N₊ + 1)/(N₊ + 2) for slipped items and 1/(N₋ + 2) for
 * on-time ones, so that perfectly separated scores never calibrate to 0 % or 100 %. Chosen over
 * isotonic regression because validation sets here hold tens to hundreds of rows: two parameters
 * keep the ranking intact (a monotone map) and do not overfit, where isotonic steps would. The
 * slope is kept at or above 0: a negative fit means the scores ranked the validation rows
 * backwards, and the honest answer is then the validation base rate for everyone (slope 0), not an
 * inverted ranking learned from a few dozen rows.
 */
final class PlattScaling {
  /** Newton steps at most. */
  static final int MAX_ITERATIONS = 100;

  private PlattScaling() {}

  /** The fitted {a, b}. */
  static double[] fit(double[] z, int[] y) {
    if (z.length != y.length || z.length == 0) {
      throw new IllegalArgumentException("scores " + z.length + " != labels " + y.length);
    }
    int pos = 0;
    for (int v : y) {
      pos += v;
    }
    int neg = y.length - pos;
    double hi = (pos + 1.0) / (pos + 2.0);
    double lo = 1.0 / (neg + 2.0);
    double[] t = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      t[i] = y[i] == 1 ? hi : lo;
    }
    double[] ab = newton(z, t, 0, Math.log((pos + 1.0) / (neg + 1.0)), true);
    return ab[0] >= 0 ? ab : newton(z, t, 0, ab[1], false);
  }

  /** Newton's method from (a, b); with {@code slope} false, a stays at its start and b moves. */
  private static double[] newton(double[] z, double[] t, double a0, double b0, boolean slope) {
    double a = a0;
    double b = b0;
    double loss = loss(z, t, a, b);
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double[] step = newtonStep(z, t, a, b, slope);
      double scale = 1;
      while (scale > 1e-10 && loss(z, t, a + scale * step[0], b + scale * step[1]) > loss) {
        scale /= 2;
      }
      a += scale * step[0];
      b += scale * step[1];
      double next = loss(z, t, a, b);
      if (loss - next < 1e-12) {
        break;
      }
      loss = next;
    }
    return new double[] {a, b};
  }

  private static double[] newtonStep(double[] z, double[] t, double a, double b, boolean slope) {
    double ga = 0;
    double gb = 0;
    double haa = 1e-12;
    double hab = 0;
    double hbb = 1e-12;
    for (int i = 0; i < z.length; i++) {
      double p = LogisticRegression.sigmoid(a * z[i] + b);
      double w = p * (1 - p);
      ga += (t[i] - p) * z[i];
      gb += t[i] - p;
      haa += w * z[i] * z[i];
      hab += w * z[i];
      hbb += w;
    }
    double det = haa * hbb - hab * hab;
    if (!slope || det <= 0) {
      return new double[] {0, gb / hbb};
    }
    return new double[] {(hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det};
  }

  /** Cross-entropy of soft targets against σ(a·z + b). */
  static double loss(double[] z, double[] t, double a, double b) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      double s = a * z[i] + b;
      // log(1 + e^s) − t·s, computed stably
      sum += (s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s))) - t[i] * s;
    }
    return sum;
  }
}
