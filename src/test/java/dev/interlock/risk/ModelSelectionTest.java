package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.interlock.model.Commitment;
import dev.interlock.model.CommitmentKind;
import dev.interlock.model.IssueKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelSelectionTest {
  private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

  /** Ten moments of {@code perPoint} rows each, newest first, distinct keys. */
  private static List<TrainingSet.Point> points(int perPoint, RowMaker maker) {
    List<TrainingSet.Point> points = new ArrayList<>();
    int key = 1;
    for (int k = 1; k <= 10; k++) {
      List<FeatureRow> rows = new ArrayList<>();
      List<Commitment> due = new ArrayList<>();
      Instant at = T.minusSeconds(86400L * 14 * k);
      int[] y = new int[perPoint];
      for (int i = 0; i < perPoint; i++) {
        y[i] = maker.label(key);
        double[] v = new double[Feature.values().length];
        maker.fill(key, y[i], v);
        rows.add(new FeatureRow(IssueKey.parse("X-" + key++), v, 10));
        due.add(new Commitment(CommitmentKind.DUE_DATE, SlipLabeler.day(at).plusDays(10), "due"));
      }
      points.add(new TrainingSet.Point(at, rows, y, due, Upstream.NONE));
    }
    return points;
  }

  interface RowMaker {
    int label(int key);

    void fill(int key, int label, double[] v);
  }

  private static double[] probabilities(RiskModel m, List<TrainingSet.Point> points) {
    return points.stream().flatMap(p -> p.rows().stream()).mapToDouble(m::probability).toArray();
  }

  @Test
  void perfectlySeparableDataIsNotCalledCertainAfterCalibration() {
    // Days left alone decides: 0.0 slips, 3.0 does not; every feature set holds days left.
    RowMaker separable =
        new RowMaker() {
          public int label(int key) {
            return key % 2;
          }

          public void fill(int key, int label, double[] v) {
            v[Feature.DAYS_LEFT.ordinal()] = label == 1 ? 0.0 : 3.0;
          }
        };
    List<TrainingSet.Point> points = points(10, separable);

    RiskModel m = ModelSelection.choose(points, true, SelectionPolicy.SELECTED).model();

    for (double p : probabilities(m, points)) {
      assertThat(p).isBetween(0.01, 0.99);
    }
    FeatureRow late = points.get(0).rows().get(0); // key 1: odd, slipped
    FeatureRow early = points.get(0).rows().get(1);
    assertThat(m.probability(late)).isGreaterThan(0.85);
    assertThat(m.probability(early)).isLessThan(0.15);
  }

  @Test
  void pureNoiseIsCalibratedToTheBaseRateWithTheStrongestPenalty() {
    Random random = new Random(7);
    double[][] noise = new double[501][Feature.values().length];
    for (double[] row : noise) {
      for (int j = 0; j < row.length; j++) {
        row[j] = random.nextGaussian();
      }
    }
    RowMaker noisy =
        new RowMaker() {
          public int label(int key) {
            return key % 10 < 3 ? 1 : 0; // base rate 0.3, unrelated to any feature
          }

          public void fill(int key, int label, double[] v) {
            System.arraycopy(noise[key], 0, v, 0, v.length);
          }
        };
    List<TrainingSet.Point> points = points(50, noisy);

    ModelSelection.Choice choice = ModelSelection.choose(points, true, SelectionPolicy.SELECTED);

    assertThat(choice.model().lambda()).isEqualTo(ModelSelection.LAMBDAS.get(0));
    double[] p = probabilities(choice.model(), points);
    assertThat(java.util.Arrays.stream(p).average().orElseThrow()).isCloseTo(0.3, within(0.02));
    assertThat(java.util.Arrays.stream(p).min().orElseThrow()).isGreaterThan(0.15);
    assertThat(java.util.Arrays.stream(p).max().orElseThrow()).isLessThan(0.45);
  }

  @Test
  void aRealSignalKeepsItsRankingAndIsCalibratedNearItsRates() {
    // Assignee slip rate 0.8 slips 80 % of the time, 0.2 slips 20 %.
    RowMaker signal =
        new RowMaker() {
          public int label(int key) {
            return key % 2 == 0 ? (key % 10 < 8 ? 1 : 0) : (key % 10 < 2 ? 1 : 0);
          }

          public void fill(int key, int label, double[] v) {
            v[Feature.ASSIGNEE_SLIP_RATE.ordinal()] = key % 2 == 0 ? 0.8 : 0.2;
          }
        };
    List<TrainingSet.Point> points = points(20, signal);

    RiskModel m = ModelSelection.choose(points, true, SelectionPolicy.SELECTED).model();

    FeatureRow often = points.get(0).rows().get(1); // key 2: even
    FeatureRow rarely = points.get(0).rows().get(0); // key 1: odd
    assertThat(m.probability(often)).isCloseTo(0.8, within(0.1));
    assertThat(m.probability(rarely)).isCloseTo(0.2, within(0.1));
  }

  @Test
  void tooFewRowsToValidateFallBackToTheCompactSetAndTheDefaultPenalty() {
    RowMaker few =
        new RowMaker() {
          public int label(int key) {
            return key % 2;
          }

          public void fill(int key, int label, double[] v) {
            v[Feature.PRIORITY.ordinal()] = key % 3;
          }
        };
    ModelSelection.Choice choice =
        ModelSelection.choose(points(1, few).subList(0, 8), true, SelectionPolicy.SELECTED);

    assertThat(choice.model().lambda()).isEqualTo(LogisticRegression.DEFAULT_LAMBDA);
    // Eight rows: no feature has the support a weight needs, so the model is the base rate.
    assertThat(choice.model().features()).isEmpty();
    assertThat(choice.how())
        .startsWith("too few rows to validate: compact features, λ = 1.0; Platt on training rows");
  }

  private static final RowMaker SIGNAL_AND_NOISE =
      new RowMaker() {
        public int label(int key) {
          return key % 2 == 0 ? (key % 10 < 8 ? 1 : 0) : (key % 10 < 2 ? 1 : 0);
        }

        public void fill(int key, int label, double[] v) {
          v[Feature.ASSIGNEE_SLIP_RATE.ordinal()] = key % 2 == 0 ? 0.8 : 0.2;
          v[Feature.PRIORITY.ordinal()] = key % 5;
        }
      };

  @Test
  void theCorePolicyUsesTheCoreFeaturesOnly() {
    ModelSelection.Choice choice =
        ModelSelection.choose(points(20, SIGNAL_AND_NOISE), true, SelectionPolicy.CORE);

    // Of the core features only the assignee's slip rate varies in these rows.
    assertThat(choice.model().features()).containsExactly(Feature.ASSIGNEE_SLIP_RATE);
    assertThat(choice.how()).startsWith("core features, λ = ");
  }

  @Test
  void theSmallDataPolicyFixesCoreAndPenaltyTenBelowFourHundredRows() {
    ModelSelection.Choice choice =
        ModelSelection.choose(
            points(20, SIGNAL_AND_NOISE), true, SelectionPolicy.SMALL_DATA_CORE); // 200 rows

    assertThat(choice.model().features()).containsExactly(Feature.ASSIGNEE_SLIP_RATE);
    assertThat(choice.model().lambda()).isEqualTo(10.0);
    assertThat(choice.how())
        .startsWith(
            "SMALL_DATA_CORE fixes it: core features, λ = 10.0; Platt on 180 out-of-time"
                + " predictions at 9 past moments");
  }

  @Test
  void theSmallDataPolicyChoosesAsSelectedFromFourHundredRows() {
    List<TrainingSet.Point> points = points(40, SIGNAL_AND_NOISE); // 400 rows

    ModelSelection.Choice small =
        ModelSelection.choose(points, true, SelectionPolicy.SMALL_DATA_CORE);
    ModelSelection.Choice selected = ModelSelection.choose(points, true, SelectionPolicy.SELECTED);

    assertThat(small.how()).isEqualTo(selected.how());
  }

  @Test
  void theAllFixedPolicyFitsEveryFeatureWithPenaltyOne() {
    ModelSelection.Choice choice =
        ModelSelection.choose(points(20, SIGNAL_AND_NOISE), false, SelectionPolicy.ALL_FIXED);

    assertThat(choice.model().lambda()).isEqualTo(1.0);
    // Only the two features that vary have support; blocker risk is not asked for.
    assertThat(choice.model().features())
        .containsExactly(Feature.ASSIGNEE_SLIP_RATE, Feature.PRIORITY);
    assertThat(choice.how())
        .startsWith(
            "ALL_FIXED fixes it: all features, λ = 1.0; Platt on 180 out-of-time predictions"
                + " at 9 past moments");
  }
}
