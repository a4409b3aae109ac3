package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.interlock.model.IssueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Row weights, clipping and the support a feature needs before it gets a weight. */
class RiskModelTest {
  private static FeatureRow row(String key, Feature f, double value) {
    double[] v = new double[Feature.values().length];
    v[f.ordinal()] = value;
    return new FeatureRow(IssueKey.parse(key), v, 10);
  }

  /** Forty items: priority 1..4 cycling, the ones with priority ≥ 3 slipping except every fifth. */
  private static List<FeatureRow> rows(List<Integer> labels, List<String> groups) {
    List<FeatureRow> rows = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      int priority = 1 + i % 4;
      rows.add(row("X-" + i, Feature.PRIORITY, priority));
      labels.add(priority >= 3 ^ i % 5 == 0 ? 1 : 0);
      groups.add("X-" + i);
    }
    return rows;
  }

  private static int[] array(List<Integer> y) {
    return y.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void anIssueCommitmentSeenAtFiveMomentsWeighsAsOneSeenOnce() {
    List<Integer> y = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<FeatureRow> once = rows(y, groups);
    RiskModel single =
        RiskModel.fit(once, array(y), ModelSelection.weights(groups), 1.0, Feature.ALL);
    // X-1 (priority 2, on time) seen at four more past moments with the same commitment.
    List<FeatureRow> five = new ArrayList<>(once);
    List<Integer> y5 = new ArrayList<>(y);
    List<String> g5 = new ArrayList<>(groups);
    for (int k = 0; k < 4; k++) {
      five.add(once.get(0));
      y5.add(y.get(0));
      g5.add(groups.get(0));
    }
    double[] w = ModelSelection.weights(g5);
    assertThat(w[0]).isEqualTo(0.2);
    assertThat(w[1]).isEqualTo(1.0);

    RiskModel weighted = RiskModel.fit(five, array(y5), w, 1.0, Feature.ALL);
    RiskModel unweighted = RiskModel.fit(five, array(y5), 1.0, Feature.ALL);

    FeatureRow probe = row("X-99", Feature.PRIORITY, 4);
    assertThat(weighted.probability(probe)).isCloseTo(single.probability(probe), within(1e-9));
    assertThat(weighted.weight(Feature.PRIORITY))
        .isCloseTo(single.weight(Feature.PRIORITY), within(1e-9));
    // Counted five times, the on-time X-1 would pull the high-priority risk down.
    assertThat(Math.abs(unweighted.probability(probe) - single.probability(probe)))
        .isGreaterThan(0.005);
  }

  @Test
  void aValueFarOutsideTheTrainingRowsScoresAsOneThreeDeviationsOut() {
    List<Integer> y = new ArrayList<>();
    List<FeatureRow> rows = rows(y, new ArrayList<>());
    RiskModel m = RiskModel.fit(rows, array(y), 1.0, Set.of(Feature.PRIORITY));
    // Priorities 1..4, ten each: mean 2.5, deviation √1.25.
    double threeOut = 2.5 + 3 * Math.sqrt(1.25);

    double atThree = m.probability(row("X-98", Feature.PRIORITY, threeOut));
    double farOut = m.probability(row("X-99", Feature.PRIORITY, 2.5 + 20 * Math.sqrt(1.25)));
    double inside = m.probability(row("X-97", Feature.PRIORITY, 4));

    assertThat(farOut).isEqualTo(atThree);
    assertThat(farOut).isGreaterThan(inside);
    assertThat(m.contributions(row("X-99", Feature.PRIORITY, 100))[Feature.PRIORITY.ordinal()])
        .isCloseTo(3 * m.weight(Feature.PRIORITY), within(1e-9));
  }

  @Test
  void aFeatureGetsAWeightOnlyWhenTwentyRowsDifferFromItsCommonValue() {
    List<Integer> y = new ArrayList<>();
    List<FeatureRow> rows = rows(y, new ArrayList<>());
    List<FeatureRow> sparse = new ArrayList<>();
    List<FeatureRow> enough = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      // Waiting teams set on the first 19 slipped-or-not rows, or on 20.
      sparse.add(rows.get(i).with(Feature.WAITING_TEAMS, i < 19 ? 2 : 0));
      enough.add(rows.get(i).with(Feature.WAITING_TEAMS, i < 20 ? 2 : 0));
    }
    Set<Feature> asked = Set.of(Feature.PRIORITY, Feature.WAITING_TEAMS, Feature.BUG);

    RiskModel without = RiskModel.fit(sparse, array(y), 1.0, asked);
    RiskModel with = RiskModel.fit(enough, array(y), 1.0, asked);

    // BUG is 0 on every row: no support at all.
    assertThat(without.features()).containsExactly(Feature.PRIORITY);
    assertThat(without.weight(Feature.WAITING_TEAMS)).isZero();
    assertThat(with.features()).containsExactly(Feature.WAITING_TEAMS, Feature.PRIORITY);
    assertThat(with.weight(Feature.WAITING_TEAMS)).isNotZero();
  }
}
