package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
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
  void jsonBacktestGivesTheModelMinusEachBaselineWithAnIntervalAroundIt() throws Exception {
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

    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode differences = root.path("modelMinusBaseline");
    assertThat(differences.fieldNames())
        .toIterable()
        .containsExactly("random", "priority", "daysLeft", "blockedNow", "assigneeSlipRate");
    double model = root.path("model").path("rocAuc").asDouble();
    for (String name :
        List.of("random", "priority", "daysLeft", "blockedNow", "assigneeSlipRate")) {
      JsonNode d = differences.path(name);
      double baseline = root.path("baselines").path(name).path("rocAuc").asDouble();
      assertThat(d.path("rocAuc").asDouble()).as(name).isCloseTo(model - baseline, within(0.0015));
      assertThat(d.path("rocAucCi").get(0).asDouble())
          .as(name)
          .isLessThanOrEqualTo(d.path("rocAuc").asDouble() + 0.0005);
      assertThat(d.path("rocAucCi").get(1).asDouble())
          .as(name)
          .isGreaterThanOrEqualTo(d.path("rocAuc").asDouble() - 0.0005);
    }
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
            "score              ROC-AUC [95% CI]      PR-AUC     P@5   Brier   model minus it"
                + " [95% CI]\n",
            "\nmodel by ROC-AUC, judged by the 95% interval of the difference: ",
            "\nmodel ",
            "\nrandom             0.500                  ",
            "95% CI of ROC-AUC: percentile bootstrap, 1000 resamples of issues");
    assertThat(run.out())
        .containsPattern(
            "\ndaysLeft +0\\.\\d{3} \\[\\d\\.\\d\\d, \\d\\.\\d\\d\\] .* [+-]0\\.\\d{3}"
                + " \\[[+-]\\d\\.\\d\\d, [+-]\\d\\.\\d\\d\\]\n");
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
