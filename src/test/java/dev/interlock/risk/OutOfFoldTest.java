package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Commitment;
import dev.interlock.model.CommitmentKind;
import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Strength;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutOfFoldTest {
  private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");
  private static final IssueKey BLOCKER = IssueKey.parse("X-1");
  private static final IssueKey WAITING = IssueKey.parse("X-2");

  /**
   * Ten past moments of ten rows. X-1 is a training row at every moment, with the label {@code
   * blockerLabel}, and blocks X-2; the other rows slip when their days left are small, with a few
   * exceptions.
   */
  private static List<TrainingSet.Point> points(int blockerLabel) {
    List<TrainingSet.Point> points = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      List<FeatureRow> rows = new ArrayList<>();
      int[] y = new int[10];
      FeatureRow blockerRow = null;
      for (int i = 0; i < 10; i++) {
        int n = i == 0 ? 1 : i == 1 ? 2 : 10 * k + i + 1;
        double[] v = new double[Feature.values().length];
        v[Feature.DAYS_LEFT.ordinal()] = (n * 7 % 11) / 3.0;
        v[Feature.PRIORITY.ordinal()] = 1 + n % 5;
        FeatureRow row = new FeatureRow(IssueKey.parse("X-" + n), v, 10);
        rows.add(row);
        y[i] = i == 0 ? blockerLabel : (v[0] < 1.5) != (n % 7 == 0) ? 1 : 0;
        if (i == 0) {
          blockerRow = row;
        }
      }
      Upstream upstream =
          new Upstream(
              List.of(new Dependency(BLOCKER, WAITING, "Blocks", "l" + k, Strength.HARD, false)),
              Map.of(BLOCKER, blockerRow));
      List<Commitment> due =
          java.util.Collections.nCopies(
              rows.size(),
              new Commitment(
                  CommitmentKind.DUE_DATE, java.time.LocalDate.parse("2026-01-01"), "due"));
      points.add(
          new TrainingSet.Point(T.minusSeconds(86400L * 14 * (k + 1)), rows, y, due, upstream));
    }
    return points;
  }

  private static List<Double> waitingRisk(List<TrainingSet.Point> filled) {
    return filled.stream()
        .flatMap(p -> p.rows().stream())
        .filter(r -> r.key().equals(WAITING))
        .map(r -> r.value(Feature.BLOCKER_RISK))
        .toList();
  }

  @Test
  void aBlockersOwnOutcomeDoesNotReachTheBlockerRiskOfTheRowsWaitingOnIt() {
    SelectionPolicy policy = SelectionPolicy.DEFAULT;
    List<TrainingSet.Point> slipped = points(1);
    List<TrainingSet.Point> onTime = points(0);

    List<Double> outOfFoldSlipped = waitingRisk(OutOfFold.withBlockerRisk(slipped, policy));
    List<Double> outOfFoldOnTime = waitingRisk(OutOfFold.withBlockerRisk(onTime, policy));

    assertThat(outOfFoldSlipped).hasSize(10).doesNotContain(0.0);
    assertThat(outOfFoldSlipped).isEqualTo(outOfFoldOnTime);
    // The first pass fitted on all rows, as before, lets the blocker's label through.
    RiskModel inSampleSlipped = ModelSelection.choose(slipped, false, policy).model();
    RiskModel inSampleOnTime = ModelSelection.choose(onTime, false, policy).model();
    List<Double> a =
        waitingRisk(slipped.stream().map(p -> p.withBlockerRisk(inSampleSlipped)).toList());
    List<Double> b =
        waitingRisk(onTime.stream().map(p -> p.withBlockerRisk(inSampleOnTime)).toList());
    assertThat(a.get(0)).isGreaterThan(b.get(0));
  }

  @Test
  void foldsAreByKeyAndTheSameOnEveryRun() {
    assertThat(OutOfFold.fold(IssueKey.parse("X-1")))
        .isEqualTo(Math.floorMod("X-1".hashCode(), OutOfFold.FOLDS));
    List<TrainingSet.Point> points = points(1);
    int all = points.stream().mapToInt(p -> p.rows().size()).sum();
    int left = 0;
    for (int f = 0; f < OutOfFold.FOLDS; f++) {
      int fold = f;
      List<TrainingSet.Point> kept = OutOfFold.without(points, f);
      assertThat(kept)
          .allSatisfy(p -> assertThat(p.rows()).noneMatch(r -> OutOfFold.fold(r.key()) == fold));
      int inFold =
          (int)
              points.stream()
                  .flatMap(p -> p.rows().stream())
                  .filter(r -> OutOfFold.fold(r.key()) == fold)
                  .count();
      // Every row outside the fold is kept, with its own label.
      assertThat(kept.stream().mapToInt(p -> p.rows().size()).sum()).isEqualTo(all - inFold);
      for (TrainingSet.Point p : kept) {
        TrainingSet.Point original =
            points.stream().filter(o -> o.at().equals(p.at())).findFirst().orElseThrow();
        for (int i = 0; i < p.rows().size(); i++) {
          int at = original.rows().indexOf(p.rows().get(i));
          assertThat(p.labels()[i]).isEqualTo(original.labels()[at]);
        }
      }
      left += inFold;
    }
    assertThat(left).isEqualTo(all);
  }
}
