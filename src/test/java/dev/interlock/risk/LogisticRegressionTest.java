package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  // One binary feature: x = 0 slips 1 of 4, x = 1 slips 3 of 4.
  private static final double[][] X = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
  private static final int[] Y = {1, 0, 0, 0, 1, 1, 1, 0};

  @Test
  void unpenalisedFitMatchesTheClosedFormMaximumLikelihood() {
    // Reference: with one binary feature the MLE is intercept = logit(1/4) = -ln 3 and
    // slope = logit(3/4) - logit(1/4) = 2 ln 3.
    double[] beta = new LogisticRegression(0).fit(X, Y);

    assertThat(beta[0]).isCloseTo(-Math.log(3), within(1e-6));
    assertThat(beta[1]).isCloseTo(2 * Math.log(3), within(1e-6));
  }

  @Test
  void penalisedFitMakesThePenalisedGradientZero() {
    double lambda = 2.0;
    double[] beta = new LogisticRegression(lambda).fit(X, Y);

    double g0 = 0;
    double g1 = -lambda * beta[1];
    for (int i = 0; i < X.length; i++) {
      double r = Y[i] - LogisticRegression.sigmoid(beta[0] + beta[1] * X[i][0]);
      g0 += r;
      g1 += r * X[i][0];
    }
    assertThat(g0).isCloseTo(0, within(1e-9));
    assertThat(g1).isCloseTo(0, within(1e-9));
    assertThat(beta[1]).isBetween(0.0, 2 * Math.log(3));
  }

  @Test
  void negativePenaltyIsRefused() {
    assertThatThrownBy(() -> new LogisticRegression(-1)).hasMessage("lambda < 0: -1.0");
  }
}
