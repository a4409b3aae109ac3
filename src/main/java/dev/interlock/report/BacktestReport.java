package dev.interlock.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.interlock.risk.BacktestResult;
import dev.interlock.risk.BacktestResult.Score;
import dev.interlock.risk.RocAucBootstrap;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
              differences.put(name, m);
            });
    root.put("modelMinusBaseline", differences);
    Map<String, Object> skipped = new LinkedHashMap<>();
    skipped.put("overdueAtAsOf", r.overdueAtAsOf());
    skipped.put("noCommitment", r.noCommitment());
    root.put("skipped", skipped);
    Map<String, Object> bootstrap = new LinkedHashMap<>();
    bootstrap.put("level", RocAucBootstrap.LEVEL);
    bootstrap.put("resamples", r.bootstrapResamples());
    bootstrap.put("seed", r.bootstrapSeed());
    bootstrap.put("unit", "issue");
    root.put("rocAucCiBootstrap", bootstrap);
    try {
      return JsonMapper.builder().build().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> scoreMap(Score s, boolean model) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rocAuc", round(s.rocAuc()));
    m.put("rocAucCi", interval(s.rocAucCi()));
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
            "%-18s %-20s %7s %7s %7s   %s%n",
            "score",
            "ROC-AUC [95% CI]",
            "PR-AUC",
            "P@" + r.k(),
            "Brier",
            "model minus it [95% CI]"));
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
            "95%% CI of ROC-AUC: percentile bootstrap, %d resamples of issues (an issue scored at"
                + " several dates counts once per draw), seed %d%n",
            r.bootstrapResamples(),
            r.bootstrapSeed()));
    return b.toString();
  }

  private static void row(
      StringBuilder b, String name, Score s, BacktestResult.@Nullable Difference d) {
    String difference =
        d == null || Double.isNaN(d.rocAuc())
            ? ""
            : String.format(Locale.ROOT, "%+.3f", d.rocAuc()) + interval(d.ci(), " [%+.2f, %+.2f]");
    b.append(
        String.format(
                Locale.ROOT,
                "%-18s %-20s %7s %7s %7s   %s",
                name,
                number(s.rocAuc()) + interval(s.rocAucCi(), " [%.2f, %.2f]"),
                number(s.prAuc()),
                number(s.precisionAtK()),
                number(s.brier()),
                difference)
            .stripTrailing());
    b.append(System.lineSeparator());
  }

  /**
   * One line on whether the model ranks better than each baseline by more than chance: the paired
   * interval of the difference above 0, below 0, or holding 0.
   */
  private static String verdict(BacktestResult r) {
    List<String> better = new ArrayList<>();
    List<String> worse = new ArrayList<>();
    List<String> unclear = new ArrayList<>();
    r.modelMinusBaseline()
        .forEach(
            (name, d) -> {
              if (Double.isNaN(d.ci().low())) {
                return;
              }
              (d.modelBetter() ? better : d.modelWorse() ? worse : unclear).add(name);
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
        "%nmodel by ROC-AUC, judged by the 95%% interval of the difference: %s%n",
        String.join("; ", parts));
  }

  private static String interval(RocAucBootstrap.Interval ci, String format) {
    return Double.isNaN(ci.low()) ? "" : String.format(Locale.ROOT, format, ci.low(), ci.high());
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
