package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Commitment;
import dev.interlock.model.CommitmentKind;
import dev.interlock.model.IssueKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestSubsetsTest {
  private static final Instant T = Instant.parse("2014-03-01T00:00:00Z");

  private static Backtest.Prediction p(
      String key, CommitmentKind kind, SlipLabeler.Verdict verdict, double score) {
    Commitment c = new Commitment(kind, LocalDate.parse("2014-03-20"), "x");
    IssueKey k = IssueKey.parse(key);
    return new Backtest.Prediction(
        T, k, c, Backtest.cluster(k, c), verdict, Map.of("model", score), List.of());
  }

  @Test
  void lateOnlyLeavesDescopedOutAndEachCommitmentKindIsMeasuredApart() {
    List<Backtest.Prediction> all =
        List.of(
            p("A-1", CommitmentKind.DUE_DATE, SlipLabeler.Verdict.LATE, 0.9),
            p("A-2", CommitmentKind.DUE_DATE, SlipLabeler.Verdict.DESCOPED, 0.8),
            p("A-3", CommitmentKind.DUE_DATE, SlipLabeler.Verdict.ON_TIME, 0.3),
            p("A-4", CommitmentKind.FIX_VERSION, SlipLabeler.Verdict.OPEN_AFTER, 0.2));

    List<BacktestResult.Subset> subsets = Backtest.subsets(all);

    assertThat(subsets)
        .extracting(BacktestResult.Subset::name)
        .containsExactly("late only", "due", "fixVersion");
    // Late only: A-1 (late, 0.9), A-3 (on time, 0.3), A-4 (late, 0.2); A-2 is descoped, left out.
    // Pairs late x on time: A-1 > A-3 wins, A-4 < A-3 loses: 0.5.
    BacktestResult.Subset lateOnly = subsets.get(0);
    assertThat(lateOnly.label()).isEqualTo("late");
    assertThat(lateOnly.scored()).isEqualTo(3);
    assertThat(lateOnly.slipped()).isEqualTo(2);
    assertThat(lateOnly.rocAuc()).isEqualTo(0.5);
    assertThat(lateOnly.withinDateRocAuc()).isEqualTo(0.5);
    // Due dates, late or descoped: slipped above A-3: 1.0.
    BacktestResult.Subset due = subsets.get(1);
    assertThat(due.label()).isEqualTo("lateOrDescoped");
    assertThat(due.scored()).isEqualTo(3);
    assertThat(due.slipped()).isEqualTo(2);
    assertThat(due.rocAuc()).isEqualTo(1.0);
    // One fix-version prediction, all slipped: no ROC-AUC.
    BacktestResult.Subset fix = subsets.get(2);
    assertThat(fix.scored()).isEqualTo(1);
    assertThat(fix.slipped()).isEqualTo(1);
    assertThat(fix.rocAuc()).isNaN();
  }
}
