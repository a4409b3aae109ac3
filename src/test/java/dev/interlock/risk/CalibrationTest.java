package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static List<Metrics.Scored> repeat(double score, int slipped, int onTime) {
    List<Metrics.Scored> items = new ArrayList<>();
    for (int i = 0; i < slipped; i++) {
      items.add(new Metrics.Scored(score, true));
    }
    for (int i = 0; i < onTime; i++) {
      items.add(new Metrics.Scored(score, false));
    }
    return items;
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  @Test
  void overConfidentScoresHaveASlopeBelowOneAndTheirGapAsEce() {
    // 0.2 predicted for four items of which one slipped (observed 0.25); 0.8 for four of which
    // three slipped (0.75). The best fit a + b·logit(p) passes through both observed shares.
    List<Metrics.Scored> items = new ArrayList<>(repeat(0.2, 1, 3));
    items.addAll(repeat(0.8, 3, 1));

    Calibration c = Calibration.of(items, 10);

    assertThat(c.slope()).isCloseTo(logit(0.75) / logit(0.8), within(1e-3));
    assertThat(c.slope()).isCloseTo(0.7925, within(1e-3));
    assertThat(c.intercept()).isCloseTo(0.0, within(1e-3));
    assertThat(c.ece()).isCloseTo(0.05, within(1e-9));
    assertThat(c.bins())
        .extracting(Calibration.Bin::count, Calibration.Bin::observed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4, 0.25),
            org.assertj.core.groups.Tuple.tuple(4, 0.75));
    assertThat(c.bins().get(0).low()).isEqualTo(0.2);
    assertThat(c.bins().get(1).high()).isEqualTo(0.9);
  }

  @Test
  void calibratedScoresHaveSlopeOneAndNoGap() {
    List<Metrics.Scored> items = new ArrayList<>(repeat(0.25, 1, 3));
    items.addAll(repeat(0.75, 3, 1));

    Calibration c = Calibration.of(items, 10);

    assertThat(c.slope()).isCloseTo(1.0, within(1e-3));
    assertThat(c.ece()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void aProbabilityOfOneFallsIntoTheLastBinAndOneClassLeavesTheSlopeUndefined() {
    Calibration c = Calibration.of(repeat(1.0, 2, 0), 10);

    assertThat(c.bins()).singleElement().satisfies(b -> assertThat(b.high()).isEqualTo(1.0));
    assertThat(c.slope()).isNaN();
    assertThat(c.intercept()).isNaN();
    assertThat(Calibration.of(List.of(), 10).ece()).isNaN();
  }
}
