package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        .containsPattern("\"beyondHorizon\":\\d+,\"outcomeUnknown\":\\d+}")
        .contains("\"calibration\":{\"ece\":", "\"precisionAtMinKN\":{\"k\":12,")
        .contains(
            "\"subsets\":[{\"name\":\"late only\",\"label\":\"late\",\"scored\":",
            "{\"name\":\"due\",\"label\":\"lateOrDescoped\",\"scored\":",
            "\"releaseDates\":{\"afterTheFact\":true,\"asOfDatesFromStateStore\":0,"
                + "\"asOfDatesFromSnapshot\":2}")
        .containsPattern(
            "\"rocAucCiBootstrap\":\\{\"level\":0.95,\"resamples\":1000,\"seed\":5,"
                + "\"unit\":\"release\",\"clusters\":\\d+}}$");
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
            "score              ROC-AUC [95% CI]     within-date [95% CI]      PR-AUC     P@5"
                + "   Brier   model minus it [95% CI] · within date [95% CI]\n",
            "\nmodel by ROC-AUC, judged by the 95% interval of the difference: ",
            "\nmodel by within-date ROC-AUC, judged by the 95% interval of the difference: ",
            "\nmodel ",
            "\nrandom             0.500                0.500                      0.",
            "95% CI of ROC-AUC: percentile bootstrap, 1000 resamples of the ",
            "\nprecision at min(5, n) per date: model ",
            "\ncalibration: ECE ",
            "\npredicted        n       mean   slipped\n");
    assertThat(run.out())
        .containsPattern(
            "\ndaysLeft +0\\.\\d{3} \\[\\d\\.\\d\\d, \\d\\.\\d\\d\\] .* [+-]0\\.\\d{3}"
                + " \\[[+-]\\d\\.\\d\\d, [+-]\\d\\.\\d\\d\\] · within [+-][01]\\.\\d{3}"
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

  @Test
  void thePredictionsFileHoldsEveryScoredItemAndReproducesTheReportedRocAucs(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("predictions.jsonl");
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
            "json",
            "--predictions",
            file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    ObjectMapper json = new ObjectMapper();
    JsonNode root = json.readTree(run.out());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      lines.add(json.readTree(line));
    }
    assertThat(lines).hasSize(root.path("scored").asInt());
    assertThat(lines.stream().filter(l -> l.path("slipped").asBoolean()).count())
        .isEqualTo(root.path("slipped").asLong());
    Set<String> outcomes = Set.of("onTime", "late", "moved", "descoped", "openAfter");
    Set<String> kinds = Set.of("due", "fixVersion", "sprint");
    Map<String, List<JsonNode>> byDate = new LinkedHashMap<>();
    for (JsonNode l : lines) {
      assertThat(l.fieldNames())
          .toIterable()
          .containsExactly(
              "asOf",
              "key",
              "project",
              "commitmentKind",
              "commitmentDate",
              "cluster",
              "score",
              "slipped",
              "outcome",
              "reasons");
      assertThat(outcomes).contains(l.path("outcome").asText());
      assertThat(kinds).contains(l.path("commitmentKind").asText());
      assertThat(l.path("slipped").asBoolean())
          .as(l.toString())
          .isEqualTo(!l.path("outcome").asText().equals("onTime"));
      assertThat(l.path("cluster").asText()).startsWith(l.path("project").asText() + " ");
      assertThat(l.path("key").asText()).startsWith(l.path("project").asText() + "-");
      byDate.computeIfAbsent(l.path("asOf").asText(), d -> new ArrayList<>()).add(l);
    }
    assertThat(byDate).hasSize(2);
    double pooled = pairRocAuc(List.of(lines));
    double withinDate = pairRocAuc(new ArrayList<>(byDate.values()));
    assertThat(root.path("model").path("rocAuc").asDouble()).isCloseTo(pooled, within(0.0005));
    assertThat(root.path("model").path("withinDateRocAuc").asDouble())
        .isCloseTo(withinDate, within(0.0005));
    assertThat(root.path("skipped").fieldNames())
        .toIterable()
        .contains("beyondHorizon", "outcomeUnknown");
  }

  // ROC-AUC by counting, over every slipped/on-time pair within each group, the wins (ties half).
  private static double pairRocAuc(List<List<JsonNode>> groups) {
    double wins = 0;
    double pairs = 0;
    for (List<JsonNode> group : groups) {
      for (JsonNode a : group) {
        for (JsonNode b : group) {
          if (a.path("slipped").asBoolean() && !b.path("slipped").asBoolean()) {
            double sa = a.path("score").asDouble();
            double sb = b.path("score").asDouble();
            wins += sa > sb ? 1 : sa == sb ? 0.5 : 0;
            pairs++;
          }
        }
      }
    }
    return wins / pairs;
  }

  @Test
  void aPredictionsFileThatCannotBeWrittenIsExitThreeNamingIt(@TempDir Path dir) throws Exception {
    Path blocker = dir.resolve("blocker");
    Files.writeString(blocker, "a file where a folder should be");
    Path file = blocker.resolve("predictions.jsonl");

    CommandRun run =
        CommandRun.of(
            "backtest",
            "--config",
            "config/sample.yaml",
            "--as-of",
            "2026-10-01",
            "--predictions",
            file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_CONFIG);
    assertThat(run.err())
        .contains("cannot write the predictions file " + file, blocker + " is a file");
  }

  @Test
  void aSnapshotWithoutChangelogsCannotBeBacktestedAndSaysWhy() {
    Path tiny = Path.of("src/test/resources/dev/interlock/cli/tiny.yaml");
    CommandRun run =
        CommandRun.of("backtest", "--config", tiny.toString(), "--as-of", "2026-10-01");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_CONFIG);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "interlock: cannot backtest "
                + tiny.toAbsolutePath().getParent().resolve("tiny")
                + ": the snapshot has no change history (issues were fetched without"
                + " expand=changelog): past states cannot be rebuilt, and risk cannot be learned"
                + " from history. Pull the site again with `interlock sync`, which fetches"
                + " changelogs.\n");
  }

  @Test
  void aStateStoreThatSawTheFixVersionsDatesThemAndTheBacktestSaysSo(@TempDir Path dir)
      throws Exception {
    java.time.Instant seen = java.time.Instant.parse("2026-08-01T06:00:00Z");
    Path db = dir.resolve("state.db");
    try (dev.interlock.state.StateStore store = dev.interlock.state.StateStore.open(db)) {
      store.record(
          new dev.interlock.state.RunRecord(
              0,
              seen,
              seen,
              seen,
              null,
              "digest",
              "offline",
              "offline",
              0,
              new dev.interlock.state.RunRecord.Counts(0, 0, 0, 0, 0, 0),
              List.of(),
              List.of(),
              List.of(),
              List.of(
                  new dev.interlock.state.RunRecord.SeenVersion(
                      "PAY", "10400", "1.0", java.time.LocalDate.parse("2026-09-30"), false)),
              0,
              "test"));
    }
    String config =
        Files.readString(Path.of("config/sample.yaml"))
            .replace(
                "offline: ../sample-data/acme",
                "offline: " + Path.of("sample-data/acme").toAbsolutePath())
            .replace("path: ../state/interlock.db", "path: " + db);
    Path cfg = dir.resolve("sample.yaml");
    Files.writeString(cfg, config);

    CommandRun run =
        CommandRun.of(
            "backtest",
            "--config",
            cfg.toString(),
            "--as-of",
            "2026-07-01",
            "--as-of",
            "2026-09-01",
            "--horizon",
            "30d",
            "--format",
            "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    // The store had seen a version by 2026-09-01, not by 2026-07-01.
    assertThat(run.out())
        .contains(
            "\"releaseDates\":{\"afterTheFact\":true,\"asOfDatesFromStateStore\":1,"
                + "\"asOfDatesFromSnapshot\":1}");
    CommandRun text =
        CommandRun.of(
            "backtest", "--config", cfg.toString(), "--as-of", "2026-09-01", "--horizon", "30d");
    assertThat(text.out())
        .contains("fix-version release dates: as the state store saw them at each as-of date");
  }
}
