package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.interlock.risk.Metrics.Scored;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
  // Scores 0.9(slipped) 0.8(on time) 0.7(slipped) 0.4(on time) 0.2(on time).
  private static final List<Scored> FIVE =
      List.of(
          new Scored(0.9, true),
          new Scored(0.8, false),
          new Scored(0.7, true),
          new Scored(0.4, false),
          new Scored(0.2, false));

  @Test
  void rocAucCountsTheShareOfSlippedOnTimePairsRankedRight() {
    // Pairs: 0.9 beats all 3; 0.7 beats 0.4 and 0.2 but not 0.8: 5 of 6.
    assertThat(Metrics.rocAuc(FIVE)).isCloseTo(5 / 6.0, within(1e-12));
  }

  @Test
  void rocAucCountsATiedPairAsOneHalf() {
    List<Scored> tied = List.of(new Scored(0.5, true), new Scored(0.5, false));
    assertThat(Metrics.rocAuc(tied)).isEqualTo(0.5);
  }

  @Test
  void prAucIsAveragePrecisionOverTheSlippedItems() {
    // Hits at ranks 1 and 3: (1/1 + 2/3) / 2 = 5/6.
    assertThat(Metrics.prAuc(FIVE)).isCloseTo(5 / 6.0, within(1e-12));
  }

  @Test
  void precisionAtKIsTheShareSlippedAmongTheTopK() {
    assertThat(Metrics.precisionAtK(FIVE, 2)).isEqualTo(0.5);
    assertThat(Metrics.precisionAtK(FIVE, 3)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(Metrics.precisionAtK(FIVE, 12)).isEqualTo(0.4);
  }

  @Test
  void precisionAtKCountsTiesAtTheCutAtTheirAverageRate() {
    List<Scored> tied =
        List.of(new Scored(0.5, true), new Scored(0.5, false), new Scored(0.1, false));
    assertThat(Metrics.precisionAtK(tied, 1)).isEqualTo(0.5);
  }

  @Test
  void brierIsTheMeanSquaredError() {
    // (0.01 + 0.64 + 0.09 + 0.16 + 0.04) / 5 = 0.188
    assertThat(Metrics.brier(FIVE)).isCloseTo(0.188, within(1e-12));
  }

  @Test
  void precisionAtKRejectsKBelowOne() {
    assertThatThrownBy(() -> Metrics.precisionAtK(FIVE, 0)).hasMessage("k <= 0: 0");
  }
}
