package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlattScalingTest {
  @Test
  void separatedScoresStopAtPlattsSmoothedTargets() {
    double[] z = {-2, -1, 1, 2};
    int[] y = {0, 0, 1, 1};

    double[] ab = PlattScaling.fit(z, y);

    // Targets are 3/4 for slipped and 1/4 for on time: the fit cannot pass them by much.
    assertThat(LogisticRegression.sigmoid(ab[0] * 2 + ab[1])).isBetween(0.75, 0.9);
    assertThat(LogisticRegression.sigmoid(ab[0] * -2 + ab[1])).isBetween(0.1, 0.25);
  }

  @Test
  void backwardsScoresGetSlopeZeroAndTheSmoothedBaseRate() {
    double[] z = {2, 1, -1, -2};
    int[] y = {0, 0, 1, 1};

    double[] ab = PlattScaling.fit(z, y);

    assertThat(ab[0]).isEqualTo(0.0);
    // Two slipped at 3/4 and two on time at 1/4: the best constant is 1/2.
    assertThat(LogisticRegression.sigmoid(ab[1])).isCloseTo(0.5, within(1e-6));
  }
}
