package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.risk.BacktestResult;
import dev.interlock.risk.Calibration;
import dev.interlock.risk.RocAucBootstrap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestReportTest {
  private static final RocAucBootstrap.Interval NONE = RocAucBootstrap.Interval.NONE;

  /** No prediction; 3 overdue, 4 without a commitment, 5 beyond the horizon, 6 unknown yet. */
  private static BacktestResult skippedOnly(int datesFromStore) {
    BacktestResult.Score nan =
        new BacktestResult.Score(
            Double.NaN, NONE, Double.NaN, NONE, Double.NaN, Double.NaN, Double.NaN);
    return new BacktestResult(
        List.of(LocalDate.parse("2014-01-01"), LocalDate.parse("2014-02-01")),
        90,
        0,
        0,
        Double.NaN,
        nan,
        12,
        Map.of(),
        Map.of(),
        3,
        4,
        5,
        6,
        1000,
        5,
        0,
        new Calibration(List.of(), Double.NaN, Double.NaN, Double.NaN),
        Double.NaN,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        datesFromStore);
  }

  @Test
  void skippedNamesAllFourReasonsWithTheirCounts() {
    BacktestResult r = skippedOnly(0);

    assertThat(BacktestReport.json(r))
        .contains(
            "\"skipped\":{\"overdueAtAsOf\":3,\"noCommitment\":4,\"beyondHorizon\":5,"
                + "\"outcomeUnknown\":6}");
    assertThat(BacktestReport.text(r))
        .contains(
            "skipped: 3 overdue at the as-of date, 4 without a commitment, 5 with a commitment"
                + " beyond the horizon, 6 whose outcome the data does not show yet");
  }

  @Test
  void releaseDatesSayWhetherTheyWereKnownAtTheTime() {
    assertThat(BacktestReport.json(skippedOnly(0)))
        .contains(
            "\"releaseDates\":{\"afterTheFact\":true,\"asOfDatesFromStateStore\":0,"
                + "\"asOfDatesFromSnapshot\":2}");
    assertThat(BacktestReport.text(skippedOnly(1)))
        .contains("fix-version release dates: today's snapshot's at 1 of 2 as-of dates");
    assertThat(BacktestReport.json(skippedOnly(2))).contains("\"afterTheFact\":false");
    assertThat(BacktestReport.text(skippedOnly(2)))
        .contains("fix-version release dates: as the state store saw them at each as-of date");
  }
}
