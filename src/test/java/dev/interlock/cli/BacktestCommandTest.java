package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code interlock backtest} end to end on the bundled Acme sample. */
class BacktestCommandTest {
  @Test
  void jsonBacktestOnTheSamplePrintsOneObjectOfTheDocumentedShape() {
    CommandRun run =
        CommandRun.of(
            "backtest",
            "--config",
            "config/sample.yaml",
            "--as-of",
            "2026-09-01",
            "--as-of",
            "2026-10-01",
            "--horizon",
            "30d",
            "--format",
            "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .startsWith("{\"asOf\":[\"2026-09-01\",\"2026-10-01\"],\"horizonDays\":30,\"scored\":")
        .contains("\"model\":{\"rocAuc\":", "\"rocAucCi\":[", "\"k\":12,\"brier\":")
        .contains(
            "\"baselines\":{\"random\":{\"rocAuc\":0.500,\"rocAucCi\":null,",
            "\"priority\":{",
            "\"daysLeft\":{",
            "\"blockedNow\":{",
            "\"assigneeSlipRate\":{")
        .contains("\"skipped\":{\"overdueAtAsOf\":")
        .contains(
            "\"rocAucCiBootstrap\":{\"level\":0.95,\"resamples\":1000,\"seed\":5,"
                + "\"unit\":\"issue\"}");
  }

  @Test
  void textBacktestIsATable() {
    CommandRun run =
        CommandRun.of(
            "backtest", "--config", "config/sample.yaml", "--as-of", "2026-10-01", "--k", "5");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .startsWith("backtest as of 2026-10-01, horizon 90 days\n")
        .contains(
            "score              ROC-AUC [95% CI]      PR-AUC     P@5   Brier\n",
            "\nmodel ",
            "\nrandom             0.500                  ",
            "95% CI of ROC-AUC: percentile bootstrap, 1000 resamples of issues");
    assertThat(run.out())
        .containsPattern("\ndaysLeft +0\\.\\d{3} \\[\\d\\.\\d\\d, \\d\\.\\d\\d\\] ");
  }

  @Test
  void aHorizonThatIsNotANumberOfDaysIsAUsageError() {
    CommandRun run =
        CommandRun.of(
            "backtest",
            "--config",
            "config/sample.yaml",
            "--as-of",
            "2026-10-01",
            "--horizon",
            "three months");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("'three months' is not a number of days such as 90d");
  }
}
