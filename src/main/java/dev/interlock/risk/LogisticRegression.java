package dev.interlock.risk;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares). Minimises −Σ wᵢ·log-likelihoodᵢ + (λ/2)·Σ βⱼ² over the coefficients β, with a weight wᵢ
 * per row (1 for every row unless given); the intercept is not penalised. Inputs should be
 * standardised so that one λ suits every feature. Deterministic.
 */
public final class LogisticRegression {
  /** The default penalty λ on standardised features. */
  public static final double DEFAULT_LAMBDA = 1.0;

  /** Newton steps at most; it converges in under ten on well-posed data. */
  public static final int MAX_ITERATIONS = 100;

  /** Stop when no coefficient moves more than this. */
  public static final double TOLERANCE = 1e-10;

  private final double lambda;

  public LogisticRegression(double lambda) {
    if (!(lambda >= 0)) {
      throw new IllegalArgumentException("lambda < 0: " + lambda);
    }
    this.lambda = lambda;
  }

  /** The fitted weights: index 0 is the intercept, index j + 1 the weight of column j. */
  public double[] fit(double[][] x, int[] y) {
    double[] ones = new double[y.length];
    java.util.Arrays.fill(ones, 1.0);
    return fit(x, y, ones);
  }

  /** The fitted weights with row weights {@code w} (each ≥ 0): row i counts {@code w[i]} times. */
  public double[] fit(double[][] x, int[] y, double[] w) {
    if (x.length != y.length || x.length == 0 || w.length != y.length) {
      throw new IllegalArgumentException(
          "rows " + x.length + " != labels " + y.length + " or weights " + w.length);
    }
    int p = x[0].length + 1;
    double[] beta = new double[p];
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double[] step = newtonStep(x, y, w, beta);
      double largest = 0;
      for (int j = 0; j < p; j++) {
        beta[j] += step[j];
        largest = Math.max(largest, Math.abs(step[j]));
      }
      if (largest < TOLERANCE) {
        break;
      }
    }
    return beta;
  }

  private double[] newtonStep(double[][] x, int[] y, double[] rowWeights, double[] beta) {
    int p = beta.length;
    double[] gradient = new double[p];
    double[][] hessian = new double[p][p];
    double[] row = new double[p];
    for (int i = 0; i < x.length; i++) {
      row[0] = 1;
      System.arraycopy(x[i], 0, row, 1, p - 1);
      double mu = sigmoid(dot(beta, row));
      double w = rowWeights[i] * mu * (1 - mu);
      for (int a = 0; a < p; a++) {
        gradient[a] += rowWeights[i] * (y[i] - mu) * row[a];
        for (int b = 0; b <= a; b++) {
          hessian[a][b] += w * row[a] * row[b];
        }
      }
    }
    for (int a = 1; a < p; a++) {
      gradient[a] -= lambda * beta[a];
      hessian[a][a] += lambda;
    }
    for (int a = 0; a < p; a++) {
      hessian[a][a] += 1e-9; // keeps a separable or constant column solvable
      for (int b = 0; b < a; b++) {
        hessian[b][a] = hessian[a][b];
      }
    }
    return solve(hessian, gradient);
  }

  /** Solves H·s = g for symmetric positive definite H by Cholesky decomposition. */
  static double[] solve(double[][] h, double[] g) {
    int n = g.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = h[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-300)) : sum / l[j][j];
      }
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = g[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * z[k];
      }
      z[i] = sum / l[i][i];
    }
    double[] s = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = z[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * s[k];
      }
      s[i] = sum / l[i][i];
    }
    return s;
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
