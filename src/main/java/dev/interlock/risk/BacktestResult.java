package dev.interlock.risk;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link Backtest}: how many items were scored and slipped, the model's metrics,
 * each baseline's, and what was left out (overdue at the as-of date, no commitment, commitment
 * beyond the horizon, outcome not yet known when the data ends). NaN where a metric is undefined.
 * Each ROC-AUC comes with its {@link RocAucBootstrap#LEVEL} bootstrap interval, resampling the
 * {@code clusters} releases ({@code bootstrapResamples} resamples drawn from {@code
 * bootstrapSeed}); {@code modelMinusBaseline} holds, per baseline, the model's ROC-AUC minus the
 * baseline's with the interval of that difference on the same resamples (a paired bootstrap).
 * {@code releaseDatesSeenAtAsOf}: of the as-of dates, how many dated fix versions as the state
 * store had seen them by then; at the others the snapshot's release dates were used, which are
 * known only after the fact.
 */
public record BacktestResult(
    List<LocalDate> asOf,
    int horizonDays,
    int scored,
    int slipped,
    double baseRate,
    Score model,
    int k,
    Map<String, Score> baselines,
    Map<String, Difference> modelMinusBaseline,
    int overdueAtAsOf,
    int noCommitment,
    int beyondHorizon,
    int outcomeUnknown,
    int bootstrapResamples,
    long bootstrapSeed,
    int clusters,
    Calibration calibration,
    double meanDateBaseRate,
    List<DatePrecision> perDate,
    List<String> warnings,
    List<Backtest.Prediction> predictions,
    List<Subset> subsets,
    int releaseDatesSeenAtAsOf) {

  public BacktestResult {
    asOf = List.copyOf(asOf);
    perDate = List.copyOf(perDate);
    predictions = List.copyOf(predictions);
    baselines = Collections.unmodifiableMap(new LinkedHashMap<>(baselines));
    modelMinusBaseline = Collections.unmodifiableMap(new LinkedHashMap<>(modelMinusBaseline));
    warnings = List.copyOf(warnings);
    subsets = List.copyOf(subsets);
  }

  /** True when some as-of date dated its fix versions from the snapshot, i.e. after the fact. */
  public boolean releaseDatesAfterTheFact() {
    return releaseDatesSeenAtAsOf < asOf.size();
  }

  /**
   * The model on a part of the predictions or under another label: {@code name} ("late only",
   * "due", "fixVersion", "sprint"), {@code label} ("late": late, moved or open after the day, with
   * descoped items left out; "lateOrDescoped": the label of the headline figures), how many were
   * scored and slipped, ROC-AUC pooled and within date with their release-bootstrap intervals, ECE
   * and calibration slope.
   */
  public record Subset(
      String name,
      String label,
      int scored,
      int slipped,
      double rocAuc,
      RocAucBootstrap.Interval rocAucCi,
      double withinDateRocAuc,
      RocAucBootstrap.Interval withinDateRocAucCi,
      double ece,
      double slope) {}

  /**
   * ROC-AUC with its bootstrap interval ({@link RocAucBootstrap.Interval#NONE} for the random
   * baseline, an expectation rather than a ranking), the same within dates with its interval,
   * PR-AUC, mean precision at k and Brier score (NaN for ranking-only baselines).
   */
  public record Score(
      double rocAuc,
      RocAucBootstrap.Interval rocAucCi,
      double withinDateRocAuc,
      RocAucBootstrap.Interval withinDateRocAucCi,
      double prAuc,
      double precisionAtK,
      double brier) {}

  /**
   * One as-of date: predictions scored, how many slipped, n = min(k, scored), the model's precision
   * in its top n, and the date's base rate (what a random order scores on average).
   */
  public record DatePrecision(
      LocalDate asOf, int scored, int slipped, int n, double precision, double baseRate) {}

  /**
   * The model's ROC-AUC minus a baseline's, pooled and within dates (pairs of the same as-of date
   * only: the order one agenda shows), each with its paired release-bootstrap interval: above 0
   * means the model ranks better by more than the luck of the draw; an interval holding 0 means
   * these predictions cannot tell the two apart. {@link #modelBetter} and {@link #modelWorse} judge
   * the pooled difference.
   */
  public record Difference(
      double rocAuc,
      RocAucBootstrap.Interval ci,
      double withinDateRocAuc,
      RocAucBootstrap.Interval withinDateCi) {
    /** Whether the whole interval lies above zero. */
    public boolean modelBetter() {
      return ci.low() > 0;
    }

    /** Whether the whole interval lies below zero. */
    public boolean modelWorse() {
      return ci.high() < 0;
    }
  }
}
