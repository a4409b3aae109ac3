package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlock.risk.RocAucBootstrap.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

class RocAucBootstrapTest {
  // Scores 0.9(slipped) 0.8(on time) 0.7(slipped) 0.4(on time) 0.2(on time): ROC-AUC 5/6.
  private static final double[] FIVE_SCORES = {0.9, 0.8, 0.7, 0.4, 0.2};
  private static final boolean[] FIVE_SLIPPED = {true, false, true, false, false};
  private static final List<String> FIVE_ISSUES = List.of("A", "B", "C", "D", "E");

  @Test
  void perfectSeparationGivesTheIntervalOneToOne() {
    RocAucBootstrap bootstrap = new RocAucBootstrap(FIVE_ISSUES, FIVE_SLIPPED, 1000, 1);

    Interval ci = bootstrap.interval(new double[] {0.9, 0.1, 0.8, 0.2, 0.3});

    assertThat(ci).isEqualTo(new Interval(1.0, 1.0));
  }

  @Test
  void allTiedScoresGiveOneHalfInEveryResample() {
    RocAucBootstrap bootstrap = new RocAucBootstrap(FIVE_ISSUES, FIVE_SLIPPED, 200, 1);

    assertThat(bootstrap.interval(new double[5])).isEqualTo(new Interval(0.5, 0.5));
  }

  @Test
  void theSameSeedGivesTheSameIntervalAndTheIntervalHoldsThePointEstimate() {
    Interval first = new RocAucBootstrap(FIVE_ISSUES, FIVE_SLIPPED, 1000, 42).interval(FIVE_SCORES);
    Interval again = new RocAucBootstrap(FIVE_ISSUES, FIVE_SLIPPED, 1000, 42).interval(FIVE_SCORES);

    assertThat(again).isEqualTo(first);
    assertThat(first.low()).isLessThan(5 / 6.0);
    assertThat(first.high()).isEqualTo(1.0); // e.g. a draw of A, D, E only ranks perfectly
  }

  @Test
  void oneResampleOfOneClusterHoldingEverythingIsTheSampleItself() {
    // One cluster: every draw takes all five items once, so the interval is the point estimate.
    List<String> oneIssue = List.of("A", "A", "A", "A", "A");

    Interval ci = new RocAucBootstrap(oneIssue, FIVE_SLIPPED, 50, 3).interval(FIVE_SCORES);

    assertThat(ci.low()).isEqualTo(5 / 6.0);
    assertThat(ci.high()).isEqualTo(5 / 6.0);
  }

  @Test
  void noSlippedItemLeavesTheIntervalUndefined() {
    boolean[] none = new boolean[5];

    Interval ci = new RocAucBootstrap(FIVE_ISSUES, none, 100, 1).interval(FIVE_SCORES);

    assertThat(ci).isEqualTo(Interval.NONE);
  }

  @Test
  void scoresOfAnotherLengthAreRefused() {
    RocAucBootstrap bootstrap = new RocAucBootstrap(FIVE_ISSUES, FIVE_SLIPPED, 10, 1);

    assertThatThrownBy(() -> bootstrap.interval(new double[4]))
        .hasMessage("scores 4 != outcomes 5");
  }

  @Test
  void aRankingComparedWithItselfDiffersByExactlyZero() {
    RocAucBootstrap bootstrap = new RocAucBootstrap(FIVE_ISSUES, FIVE_SLIPPED, 500, 7);

    assertThat(bootstrap.differenceInterval(FIVE_SCORES, FIVE_SCORES))
        .isEqualTo(new Interval(0.0, 0.0));
  }

  @Test
  void theDifferenceOfOneClusterHoldingEverythingIsTheDifferenceOfThePointEstimates() {
    List<String> oneIssue = List.of("A", "A", "A", "A", "A");
    double[] perfect = {0.9, 0.1, 0.8, 0.2, 0.3}; // ROC-AUC 1

    Interval ci =
        new RocAucBootstrap(oneIssue, FIVE_SLIPPED, 50, 3).differenceInterval(perfect, FIVE_SCORES);

    assertThat(ci.low()).isCloseTo(1 - 5 / 6.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(ci.high()).isCloseTo(1 - 5 / 6.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void theDifferenceIsPairedSoAUniformlyBetterRankingStaysAboveZero() {
    // Ten issues; "better" ranks every slipped item first, "worse" is the same but swaps the
    // top pair. On every resample "better" scores 1 and "worse" at most 1: never below zero.
    List<String> ten = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");
    boolean[] slipped = {true, true, true, false, false, false, false, false, false, false};
    double[] better = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    double[] worse = {10, 9, 6.5, 7, 6, 5, 4, 3, 2, 1};
    RocAucBootstrap bootstrap = new RocAucBootstrap(ten, slipped, 1000, 11);

    Interval ci = bootstrap.differenceInterval(better, worse);

    assertThat(ci.low()).isGreaterThanOrEqualTo(0.0);
    assertThat(ci.high()).isGreaterThan(0.0);
    assertThat(bootstrap.differenceInterval(worse, better).high()).isLessThanOrEqualTo(0.0);
  }

  @Test
  void withinDatesTheDifferenceComparesOnlyPairsOfTheSameDate() {
    // Two dates of one slipped and one on-time item each. "dates" scores everything of the second
    // date above the first but puts the on-time item first within each date; "order" orders each
    // date right at a lower level. Pooled, "dates" gets the cross-date pair (slipped X2 over
    // on-time Y1) right and "order" gets it wrong; within dates "order" is 1, "dates" 0.
    List<String> items = List.of("X1", "Y1", "X2", "Y2");
    List<String> dates = List.of("d1", "d1", "d2", "d2");
    boolean[] slipped = {true, false, true, false};
    double[] byDate = {0.2, 0.3, 0.8, 0.9};
    double[] byOrder = {0.6, 0.5, 0.4, 0.3};
    RocAucBootstrap withinDate = new RocAucBootstrap(items, dates, slipped, 1000, 3);

    assertThat(withinDate.estimate(byOrder) - withinDate.estimate(byDate)).isEqualTo(1.0);
    assertThat(withinDate.differenceInterval(byOrder, byDate)).isEqualTo(new Interval(1.0, 1.0));
  }

  @Test
  void differenceScoresOfAnotherLengthAreRefused() {
    RocAucBootstrap bootstrap = new RocAucBootstrap(FIVE_ISSUES, FIVE_SLIPPED, 10, 1);

    assertThatThrownBy(() -> bootstrap.differenceInterval(FIVE_SCORES, new double[4]))
        .hasMessage("scores 4 != outcomes 5");
  }

  @Test
  void withinDatePairsIgnoreTheDifferenceBetweenDates() {
    // Date A: 0.9 slipped, 0.1 on time. Date B: 0.2 slipped, 0.8 on time.
    // Pooled: of the 4 slipped/on-time pairs 0.9>0.1, 0.9>0.8, 0.2>0.1 win, 0.2<0.8 loses: 0.75.
    // Within date: A's pair wins, B's pair loses: 0.5.
    double[] scores = {0.9, 0.1, 0.2, 0.8};
    boolean[] slipped = {true, false, true, false};
    List<String> dates = List.of("A", "A", "B", "B");

    RocAucBootstrap pooled = new RocAucBootstrap(dates, slipped, 200, 1);
    RocAucBootstrap withinDate = new RocAucBootstrap(dates, dates, slipped, 200, 1);

    assertThat(pooled.estimate(scores)).isEqualTo(0.75);
    assertThat(withinDate.estimate(scores)).isEqualTo(0.5);
    // Resampling the two dates as clusters: AA gives 1, BB gives 0, AB or BA gives 0.5.
    assertThat(withinDate.interval(scores)).isEqualTo(new Interval(0.0, 1.0));
  }

  @Test
  void aStratumWithoutBothOutcomesAddsNoPairs() {
    // Date C holds only on-time items: within date, only A's pair counts.
    double[] scores = {0.9, 0.1, 0.95, 0.99};
    boolean[] slipped = {true, false, false, false};
    List<String> dates = List.of("A", "A", "C", "C");

    assertThat(new RocAucBootstrap(dates, dates, slipped, 10, 1).estimate(scores)).isEqualTo(1.0);
    assertThat(new RocAucBootstrap(dates, slipped, 10, 1).estimate(scores)).isEqualTo(1 / 3.0);
  }
}
