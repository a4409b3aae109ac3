package dev.interlock.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.interlock.risk.Backtest;
import dev.interlock.risk.BacktestResult;
import dev.interlock.risk.BacktestResult.Score;
import dev.interlock.risk.Calibration;
import dev.interlock.risk.RocAucBootstrap;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A backtest as one JSON object (the shape documented in the README, numbers to three decimals,
 * undefined metrics as null) or as a readable table.
 */
public final class BacktestReport {
  private BacktestReport() {}

  public static String json(BacktestResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("asOf", r.asOf().stream().map(Object::toString).toList());
    root.put("horizonDays", r.horizonDays());
    root.put("scored", r.scored());
    root.put("slipped", r.slipped());
    root.put("baseRate", round(r.baseRate()));
    Map<String, Object> model = scoreMap(r.model(), true);
    model.put("k", r.k());
    model.put("brier", round(r.model().brier()));
    root.put("model", model);
    Map<String, Object> baselines = new LinkedHashMap<>();
    r.baselines().forEach((name, s) -> baselines.put(name, scoreMap(s, false)));
    root.put("baselines", baselines);
    Map<String, Object> differences = new LinkedHashMap<>();
    r.modelMinusBaseline()
        .forEach(
            (name, d) -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("rocAuc", round(d.rocAuc()));
              m.put("rocAucCi", interval(d.ci()));
              m.put("withinDateRocAuc", round(d.withinDateRocAuc()));
              m.put("withinDateRocAucCi", interval(d.withinDateCi()));
              differences.put(name, m);
            });
    root.put("modelMinusBaseline", differences);
    Map<String, Object> skipped = new LinkedHashMap<>();
    skipped.put("overdueAtAsOf", r.overdueAtAsOf());
    skipped.put("noCommitment", r.noCommitment());
    skipped.put("beyondHorizon", r.beyondHorizon());
    skipped.put("outcomeUnknown", r.outcomeUnknown());
    root.put("skipped", skipped);
    root.put("calibration", calibration(r.calibration()));
    root.put("subsets", r.subsets().stream().map(BacktestReport::subset).toList());
    Map<String, Object> releaseDates = new LinkedHashMap<>();
    releaseDates.put("afterTheFact", r.releaseDatesAfterTheFact());
    releaseDates.put("asOfDatesFromStateStore", r.releaseDatesSeenAtAsOf());
    releaseDates.put("asOfDatesFromSnapshot", r.asOf().size() - r.releaseDatesSeenAtAsOf());
    root.put("releaseDates", releaseDates);
    Map<String, Object> precision = new LinkedHashMap<>();
    precision.put("k", r.k());
    precision.put("meanPrecision", round(r.model().precisionAtK()));
    precision.put("meanBaseRate", round(r.meanDateBaseRate()));
    precision.put(
        "dates",
        r.perDate().stream()
            .map(
                d -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("asOf", d.asOf().toString());
                  m.put("scored", d.scored());
                  m.put("slipped", d.slipped());
                  m.put("n", d.n());
                  m.put("precision", round(d.precision()));
                  m.put("baseRate", round(d.baseRate()));
                  return m;
                })
            .toList());
    root.put("precisionAtMinKN", precision);
    Map<String, Object> bootstrap = new LinkedHashMap<>();
    bootstrap.put("level", RocAucBootstrap.LEVEL);
    bootstrap.put("resamples", r.bootstrapResamples());
    bootstrap.put("seed", r.bootstrapSeed());
    bootstrap.put("unit", "release");
    bootstrap.put("clusters", r.clusters());
    root.put("rocAucCiBootstrap", bootstrap);
    try {
      return JsonMapper.builder().build().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> subset(BacktestResult.Subset s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("label", s.label());
    m.put("scored", s.scored());
    m.put("slipped", s.slipped());
    m.put("rocAuc", round(s.rocAuc()));
    m.put("rocAucCi", interval(s.rocAucCi()));
    m.put("withinDateRocAuc", round(s.withinDateRocAuc()));
    m.put("withinDateRocAucCi", interval(s.withinDateRocAucCi()));
    m.put("ece", round(s.ece()));
    m.put("slope", round(s.slope()));
    return m;
  }

  private static Map<String, Object> calibration(Calibration c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ece", round(c.ece()));
    m.put("slope", round(c.slope()));
    m.put("intercept", round(c.intercept()));
    m.put(
        "bins",
        c.bins().stream()
            .map(
                b -> {
                  Map<String, Object> bin = new LinkedHashMap<>();
                  bin.put("low", round(b.low()));
                  bin.put("high", round(b.high()));
                  bin.put("count", b.count());
                  bin.put("meanPredicted", round(b.meanPredicted()));
                  bin.put("observed", round(b.observed()));
                  return bin;
                })
            .toList());
    return m;
  }

  /**
   * The predictions as JSON Lines, one object per scored prediction in the order they were made:
   * asOf, key, project, commitmentKind (due / fixVersion / sprint), commitmentDate, cluster, score
   * (the model's probability, unrounded so that the metrics can be recomputed from the file),
   * slipped, outcome (onTime / late / moved / descoped / openAfter), reasons.
   */
  public static String predictions(BacktestResult r) {
    ObjectMapper json = JsonMapper.builder().build();
    StringBuilder b = new StringBuilder();
    for (Backtest.Prediction p : r.predictions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("asOf", p.asOf().toString());
      m.put("key", p.key().toString());
      m.put("project", p.key().project());
      m.put("commitmentKind", Backtest.kindName(p.commitment().kind()));
      m.put("commitmentDate", p.commitment().date().toString());
      m.put("cluster", p.cluster());
      m.put("score", p.score());
      m.put("slipped", p.slipped());
      m.put("outcome", p.verdict().word());
      m.put("reasons", p.reasons());
      try {
        b.append(json.writeValueAsString(m)).append('\n');
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return b.toString();
  }

  /**
   * Writes {@link #predictions} to {@code file}, replacing it atomically.
   *
   * @throws ReportWriteException naming the file and what failed
   */
  public static void writePredictions(BacktestResult r, Path file) {
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    AtomicFiles.createFolder(dir);
    AtomicFiles.replaceAll(
        dir,
        Map.of(
            absolute.getFileName().toString(),
            predictions(r).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static Map<String, Object> scoreMap(Score s, boolean model) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rocAuc", round(s.rocAuc()));
    m.put("rocAucCi", interval(s.rocAucCi()));
    m.put("withinDateRocAuc", round(s.withinDateRocAuc()));
    m.put("withinDateRocAucCi", interval(s.withinDateRocAucCi()));
    m.put("prAuc", round(s.prAuc()));
    m.put("precisionAtK", round(s.precisionAtK()));
    return m;
  }

  private static @Nullable List<BigDecimal> interval(RocAucBootstrap.Interval ci) {
    return Double.isNaN(ci.low()) ? null : Arrays.asList(round(ci.low()), round(ci.high()));
  }

  private static @Nullable BigDecimal round(double v) {
    return Double.isNaN(v) ? null : BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
  }

  /** The same numbers as a table, plus what was left out and why. */
  public static String text(BacktestResult r) {
    StringBuilder b = new StringBuilder();
    b.append("backtest as of ")
        .append(String.join(", ", r.asOf().stream().map(Object::toString).toList()));
    b.append(String.format(Locale.ROOT, ", horizon %d days%n", r.horizonDays()));
    b.append(
        String.format(
            Locale.ROOT,
            "scored %d, slipped %d, base rate %s%n%n",
            r.scored(),
            r.slipped(),
            number(r.baseRate())));
    b.append(
        String.format(
            Locale.ROOT,
            "%-18s %-20s %-24s %7s %7s %7s   %s%n",
            "score",
            "ROC-AUC [95% CI]",
            "within-date [95% CI]",
            "PR-AUC",
            "P@" + r.k(),
            "Brier",
            "model minus it [95% CI] · within date [95% CI]"));
    row(b, "model", r.model(), null);
    r.baselines().forEach((name, s) -> row(b, name, s, r.modelMinusBaseline().get(name)));
    b.append(verdict(r));
    b.append(
        String.format(
            Locale.ROOT,
            "%nskipped: %d overdue at the as-of date, %d without a commitment, %d with a commitment"
                + " beyond the horizon, %d whose outcome the data does not show yet%n",
            r.overdueAtAsOf(),
            r.noCommitment(),
            r.beyondHorizon(),
            r.outcomeUnknown()));
    b.append(
        String.format(
            Locale.ROOT,
            "95%% CI of ROC-AUC: percentile bootstrap, %d resamples of the %d releases (project and"
                + " fix version, sprint or due date; their items, at every date, are drawn"
                + " together), seed %d; within-date compares only items of the same as-of date%n",
            r.bootstrapResamples(),
            r.clusters(),
            r.bootstrapSeed()));
    b.append(
        String.format(
            Locale.ROOT,
            "%nprecision at min(%d, n) per date: model %s, the dates' base rate %s (what a random"
                + " order gets)%n",
            r.k(),
            number(r.model().precisionAtK()),
            number(r.meanDateBaseRate())));
    subsets(b, r);
    b.append(releaseDates(r));
    Calibration c = r.calibration();
    b.append(
        String.format(
            Locale.ROOT,
            "%ncalibration: ECE %s, slope %s (1 = calibrated, below 1 = over-confident),"
                + " intercept %s%n",
            number(c.ece()),
            number(c.slope()),
            number(c.intercept())));
    if (!c.bins().isEmpty()) {
      b.append(
          String.format(Locale.ROOT, "%-9s %8s %10s %9s%n", "predicted", "n", "mean", "slipped"));
      for (Calibration.Bin bin : c.bins()) {
        b.append(
            String.format(
                Locale.ROOT,
                "%.1f-%.1f %10d %10.3f %9.3f%n",
                bin.low(),
                bin.high(),
                bin.count(),
                bin.meanPredicted(),
                bin.observed()));
      }
    }
    return b.toString();
  }

  /** Where the fix versions' release dates came from. */
  static String releaseDates(BacktestResult r) {
    if (!r.releaseDatesAfterTheFact()) {
      return String.format(
          Locale.ROOT,
          "fix-version release dates: as the state store saw them at each as-of date%n");
    }
    return String.format(
        Locale.ROOT,
        "fix-version release dates: today's snapshot's at %d of %d as-of dates (the state store"
            + " had not seen them by then, or none is configured). Jira keeps no history of them:"
            + " set or moved after the fact, they can make the fix-version results look better"
            + " than an agenda of that day could have been; the due-date results do not depend on"
            + " them.%n",
        r.asOf().size() - r.releaseDatesSeenAtAsOf(),
        r.asOf().size());
  }

  /** The model under the late-only label and per commitment kind. */
  private static void subsets(StringBuilder b, BacktestResult r) {
    if (r.subsets().isEmpty()) {
      return;
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%nthe model by label and by commitment kind (late: late, moved or open after the day,"
                + " descoped items left out; lateOrDescoped: the label above)%n"));
    b.append(
        String.format(
            Locale.ROOT,
            "%-11s %-15s %6s %7s  %-20s %-24s %6s %6s%n",
            "part",
            "label",
            "scored",
            "slipped",
            "ROC-AUC [95% CI]",
            "within-date [95% CI]",
            "ECE",
            "slope"));
    for (BacktestResult.Subset s : r.subsets()) {
      b.append(
          String.format(
                  Locale.ROOT,
                  "%-11s %-15s %6d %7d  %-20s %-24s %6s %6s",
                  s.name(),
                  s.label(),
                  s.scored(),
                  s.slipped(),
                  number(s.rocAuc()) + interval(s.rocAucCi(), " [%.2f, %.2f]"),
                  number(s.withinDateRocAuc()) + interval(s.withinDateRocAucCi(), " [%.2f, %.2f]"),
                  number(s.ece()),
                  number(s.slope()))
              .stripTrailing());
      b.append(System.lineSeparator());
    }
  }

  private static void row(
      StringBuilder b, String name, Score s, BacktestResult.@Nullable Difference d) {
    String difference =
        d == null || Double.isNaN(d.rocAuc())
            ? ""
            : String.format(Locale.ROOT, "%+.3f", d.rocAuc())
                + interval(d.ci(), " [%+.2f, %+.2f]")
                + String.format(Locale.ROOT, " · within %+.3f", d.withinDateRocAuc())
                + interval(d.withinDateCi(), " [%+.2f, %+.2f]");
    b.append(
        String.format(
                Locale.ROOT,
                "%-18s %-20s %-24s %7s %7s %7s   %s",
                name,
                number(s.rocAuc()) + interval(s.rocAucCi(), " [%.2f, %.2f]"),
                number(s.withinDateRocAuc()) + interval(s.withinDateRocAucCi(), " [%.2f, %.2f]"),
                number(s.prAuc()),
                number(s.precisionAtK()),
                number(s.brier()),
                difference)
            .stripTrailing());
    b.append(System.lineSeparator());
  }

  /**
   * Two lines on whether the model ranks better than each baseline by more than chance, pooled and
   * within dates: the paired interval of the difference above 0, below 0, or holding 0.
   */
  private static String verdict(BacktestResult r) {
    return verdict(r, false, "ROC-AUC") + verdict(r, true, "within-date ROC-AUC");
  }

  private static String verdict(BacktestResult r, boolean withinDate, String what) {
    List<String> better = new ArrayList<>();
    List<String> worse = new ArrayList<>();
    List<String> unclear = new ArrayList<>();
    r.modelMinusBaseline()
        .forEach(
            (name, d) -> {
              RocAucBootstrap.Interval ci = withinDate ? d.withinDateCi() : d.ci();
              if (Double.isNaN(ci.low())) {
                return;
              }
              (ci.low() > 0 ? better : ci.high() < 0 ? worse : unclear).add(name);
            });
    if (better.isEmpty() && worse.isEmpty() && unclear.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (!better.isEmpty()) {
      parts.add("better than " + String.join(", ", better));
    }
    if (!worse.isEmpty()) {
      parts.add("worse than " + String.join(", ", worse));
    }
    if (!unclear.isEmpty()) {
      parts.add("not distinguishable from " + String.join(", ", unclear));
    }
    return String.format(
        Locale.ROOT,
        "%s%s, judged by the 95%% interval of the difference: %s%n",
        withinDate ? "" : String.format("%n"),
        "model by " + what,
        String.join("; ", parts));
  }

  private static String interval(RocAucBootstrap.Interval ci, String format) {
    return Double.isNaN(ci.low()) ? "" : String.format(Locale.ROOT, format, ci.low(), ci.high());
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
