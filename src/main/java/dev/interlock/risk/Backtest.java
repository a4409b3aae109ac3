package dev.interlock.risk;

import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.model.Commitment;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Measures the learned score on the site's own past. For each as-of date T: rebuild the snapshot as
 * of T, train on what was known then ({@link LearnedRiskScorer}), score the open items with a
 * commitment within the horizon, and compare with what the full snapshot says happened ({@link
 * SlipLabeler}). Pooled over dates: ROC-AUC, PR-AUC and Brier; the within-date ROC-AUC, which
 * compares only items of the same as-of date (the ranking one agenda shows); calibration; precision
 * at min(k, n) per date beside that date's base rate. Intervals resample releases, not issues.
 * Baselines rank by one fact each; "random" is the expectation of a random ranking (ROC-AUC 0.5,
 * PR-AUC and precision at k equal to the base rate).
 */
public final class Backtest {
  /** Baseline names, in report order. */
  public static final List<String> BASELINES =
      List.of("random", "priority", "daysLeft", "blockedNow", "assigneeSlipRate");

  private final Snapshot full;
  private final DependencyGraphBuilder builder;
  private final List<Instant> asOf;
  private final Duration horizon;
  private final int k;
  private final Instant dataEnd;
  private final SelectionPolicy policy;
  private ReleaseHistory releases = ReleaseHistory.NONE;

  /** A backtest of the model as the agenda fits it ({@link SelectionPolicy#DEFAULT}). */
  public Backtest(
      Snapshot full, DependencyGraphBuilder builder, List<Instant> asOf, Duration horizon, int k) {
    this(full, builder, asOf, horizon, k, SelectionPolicy.DEFAULT);
  }

  public Backtest(
      Snapshot full,
      DependencyGraphBuilder builder,
      List<Instant> asOf,
      Duration horizon,
      int k,
      SelectionPolicy policy) {
    if (asOf.isEmpty()) {
      throw new IllegalArgumentException("no as-of date");
    }
    if (k <= 0) {
      throw new IllegalArgumentException("k <= 0: " + k);
    }
    if (horizon.toDays() <= 0) {
      throw new IllegalArgumentException("horizon < 1 day: " + horizon);
    }
    this.full = full;
    this.builder = builder;
    this.asOf = asOf.stream().sorted().toList();
    this.horizon = horizon;
    this.k = k;
    this.dataEnd = dataEnd(full);
    this.policy = policy;
  }

  /**
   * Dates fix versions as the state store saw them at each as-of date ({@link ReleaseHistory});
   * without it, fix-version commitments use the snapshot's release dates, known only after the
   * fact.
   */
  public Backtest withReleaseHistory(ReleaseHistory history) {
    this.releases = history;
    return this;
  }

  /** The newest moment the snapshot knows about: its latest update, change or comment. */
  static Instant dataEnd(Snapshot s) {
    Instant end = Instant.EPOCH;
    for (Issue i : s.issues()) {
      end = i.updated().isAfter(end) ? i.updated() : end;
    }
    return s.takenAt() != null && s.takenAt().isAfter(end) ? s.takenAt() : end;
  }

  /**
   * One scored prediction: its date, key, commitment, cluster (the release it belongs to), outcome
   * in detail, every score and the model's top reasons.
   */
  public record Prediction(
      Instant asOf,
      IssueKey key,
      Commitment commitment,
      String cluster,
      SlipLabeler.Verdict verdict,
      Map<String, Double> scores,
      List<String> reasons) {
    public Prediction {
      scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
      reasons = List.copyOf(reasons);
    }

    /** Whether the item slipped (late, moved, descoped or open after its day). */
    public boolean slipped() {
      return verdict.outcome() == SlipLabeler.Outcome.SLIPPED;
    }

    /** Whether the item was late (late, moved or open after its day); descoped items are not. */
    public boolean late() {
      return verdict.outcome(SlipLabeler.Target.LATE_ONLY) == SlipLabeler.Outcome.SLIPPED;
    }

    /** The model's probability. */
    public double score() {
      return scores.get("model");
    }
  }

  /** Reasons per prediction in the predictions file. */
  static final int REASONS = 3;

  /**
   * The release a commitment belongs to: project and fix version name, project and sprint, or
   * project and due date. Items of one release mostly slip or hold together.
   */
  static String cluster(IssueKey key, Commitment c) {
    return switch (c.kind()) {
      case DUE_DATE -> key.project() + " due " + c.date();
      case FIX_VERSION, SPRINT_END -> key.project() + " " + c.label();
    };
  }

  public BacktestResult run() {
    SlipLabeler labeler = new SlipLabeler(new SnapshotReplay(full), dataEnd);
    Map<IssueKey, Issue> now = full.byKey();
    List<Prediction> predictions = new ArrayList<>();
    Counts counts = new Counts();
    List<String> warnings = new ArrayList<>();
    int seenDates = 0;
    for (Instant t : asOf) {
      boolean seen = releases.seenBy(t);
      seenDates += seen ? 1 : 0;
      Snapshot dated = seen ? releases.asSeenAt(full, t) : full;
      LearnedRiskScorer scorer = new LearnedRiskScorer(dated, builder, t, horizon, policy);
      scorer
          .warnings()
          .forEach(
              w ->
                  warnings.add(
                      w
                          + " The backtest scores that date with priors: the team's past slip"
                          + " rate, shrunk toward the site's."));
      for (Issue issue : scorer.asOfT().issues()) {
        predict(scorer, labeler, now.get(issue.key()), issue, t, counts)
            .ifPresent(predictions::add);
      }
    }
    return result(predictions, counts, warnings, seenDates);
  }

  private Optional<Prediction> predict(
      LearnedRiskScorer scorer, SlipLabeler labeler, Issue later, Issue atT, Instant t, Counts n) {
    if (atT.isDone()) {
      return Optional.empty();
    }
    Optional<Commitment> c = atT.commitment();
    if (c.isEmpty()) {
      n.noCommitment++;
      return Optional.empty();
    }
    if (SlipLabeler.isOverdue(c.get(), t)) {
      n.overdue++;
      return Optional.empty();
    }
    if (ChronoUnit.DAYS.between(SlipLabeler.day(t), c.get().date()) > horizon.toDays()) {
      n.beyondHorizon++;
      return Optional.empty();
    }
    SlipLabeler.Verdict verdict = labeler.verdict(later, c.get(), t);
    if (verdict == SlipLabeler.Verdict.UNKNOWN) {
      n.unknown++;
      return Optional.empty();
    }
    FeatureRow row = scorer.row(atT.key()).orElseThrow();
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("model", scorer.probability(atT.key()).orElseThrow());
    scores.put("priority", row.value(Feature.PRIORITY));
    scores.put("daysLeft", -row.value(Feature.DAYS_LEFT));
    scores.put("blockedNow", row.value(Feature.OPEN_BLOCKERS));
    scores.put("assigneeSlipRate", row.value(Feature.ASSIGNEE_SLIP_RATE));
    return Optional.of(
        new Prediction(
            t,
            atT.key(),
            c.get(),
            cluster(atT.key(), c.get()),
            verdict,
            scores,
            scorer.reasons(atT.key(), REASONS)));
  }

  /** What was left out, by reason. */
  static final class Counts {
    int overdue;
    int noCommitment;
    int beyondHorizon;
    int unknown;
  }

  private BacktestResult result(
      List<Prediction> all, Counts n, List<String> warnings, int seenDates) {
    int slipped = (int) all.stream().filter(Prediction::slipped).count();
    double baseRate = all.isEmpty() ? Double.NaN : slipped / (double) all.size();
    RocAucBootstrap bootstrap = bootstrap(all, false);
    RocAucBootstrap withinDate = bootstrap(all, true);
    List<Metrics.Scored> model = scored(all, p -> p.scores().get("model"));
    BacktestResult.Score modelScore =
        new BacktestResult.Score(
            Metrics.rocAuc(model),
            bootstrap.interval(scores(all, "model")),
            withinDate.estimate(scores(all, "model")),
            withinDate.interval(scores(all, "model")),
            Metrics.prAuc(model),
            meanPrecisionAtK(all, p -> p.scores().get("model")),
            Metrics.brier(model));
    Map<String, BacktestResult.Score> baselines = new LinkedHashMap<>();
    baselines.put(
        "random",
        new BacktestResult.Score(
            0.5,
            RocAucBootstrap.Interval.NONE,
            0.5,
            RocAucBootstrap.Interval.NONE,
            baseRate,
            meanPrecisionAtK(all, p -> 0.0),
            Double.NaN));
    for (String name : BASELINES.subList(1, BASELINES.size())) {
      List<Metrics.Scored> s = scored(all, p -> p.scores().get(name));
      baselines.put(
          name,
          new BacktestResult.Score(
              Metrics.rocAuc(s),
              bootstrap.interval(scores(all, name)),
              withinDate.estimate(scores(all, name)),
              withinDate.interval(scores(all, name)),
              Metrics.prAuc(s),
              meanPrecisionAtK(all, p -> p.scores().get(name)),
              Double.NaN));
    }
    Map<String, BacktestResult.Difference> differences = new LinkedHashMap<>();
    double[] modelScores = scores(all, "model");
    differences.put(
        "random",
        new BacktestResult.Difference(
            modelScore.rocAuc() - 0.5,
            bootstrap.differenceInterval(modelScores, new double[all.size()]),
            modelScore.withinDateRocAuc() - 0.5,
            withinDate.differenceInterval(modelScores, new double[all.size()])));
    for (String name : BASELINES.subList(1, BASELINES.size())) {
      differences.put(
          name,
          new BacktestResult.Difference(
              modelScore.rocAuc() - baselines.get(name).rocAuc(),
              bootstrap.differenceInterval(modelScores, scores(all, name)),
              modelScore.withinDateRocAuc() - baselines.get(name).withinDateRocAuc(),
              withinDate.differenceInterval(modelScores, scores(all, name))));
    }
    return new BacktestResult(
        asOf.stream().map(SlipLabeler::day).toList(),
        (int) horizon.toDays(),
        all.size(),
        slipped,
        baseRate,
        modelScore,
        k,
        baselines,
        differences,
        n.overdue,
        n.noCommitment,
        n.beyondHorizon,
        n.unknown,
        RocAucBootstrap.DEFAULT_RESAMPLES,
        RocAucBootstrap.DEFAULT_SEED,
        (int) all.stream().map(Prediction::cluster).distinct().count(),
        Calibration.of(model, CALIBRATION_BINS),
        meanBaseRate(all),
        perDate(all),
        warnings,
        all,
        subsets(all),
        seenDates);
  }

  /**
   * The model on parts of the predictions: under the late-only label (descoped items left out),
   * then per commitment kind (due dates, fix versions, sprints) that has predictions. Fix-version
   * dates are the release dates the snapshot holds now, which may have been set after the fact.
   */
  static List<BacktestResult.Subset> subsets(List<Prediction> all) {
    List<BacktestResult.Subset> subsets = new ArrayList<>();
    List<Prediction> labelled =
        all.stream()
            .filter(
                p ->
                    p.verdict().outcome(SlipLabeler.Target.LATE_ONLY)
                        != SlipLabeler.Outcome.UNKNOWN)
            .toList();
    subsets.add(subset("late only", "late", labelled, Prediction::late));
    for (dev.interlock.model.CommitmentKind kind : dev.interlock.model.CommitmentKind.values()) {
      List<Prediction> of = all.stream().filter(p -> p.commitment().kind() == kind).toList();
      if (!of.isEmpty()) {
        subsets.add(subset(kindName(kind), "lateOrDescoped", of, Prediction::slipped));
      }
    }
    return subsets;
  }

  /** The commitment kind as the predictions file and the subsets name it. */
  public static String kindName(dev.interlock.model.CommitmentKind kind) {
    return switch (kind) {
      case DUE_DATE -> "due";
      case FIX_VERSION -> "fixVersion";
      case SPRINT_END -> "sprint";
    };
  }

  private static BacktestResult.Subset subset(
      String name,
      String label,
      List<Prediction> ps,
      java.util.function.Predicate<Prediction> slipped) {
    if (ps.isEmpty()) {
      RocAucBootstrap.Interval none = RocAucBootstrap.Interval.NONE;
      return new BacktestResult.Subset(
          name, label, 0, 0, Double.NaN, none, Double.NaN, none, Double.NaN, Double.NaN);
    }
    double[] model = scores(ps, "model");
    RocAucBootstrap pooled = bootstrap(ps, false, slipped);
    RocAucBootstrap withinDate = bootstrap(ps, true, slipped);
    List<Metrics.Scored> scored =
        ps.stream().map(p -> new Metrics.Scored(p.score(), slipped.test(p))).toList();
    Calibration c = Calibration.of(scored, CALIBRATION_BINS);
    return new BacktestResult.Subset(
        name,
        label,
        ps.size(),
        (int) ps.stream().filter(slipped).count(),
        Metrics.rocAuc(scored),
        pooled.interval(model),
        withinDate.estimate(model),
        withinDate.interval(model),
        c.ece(),
        c.slope());
  }

  /** Equal-width probability bins of the reliability table. */
  static final int CALIBRATION_BINS = 10;

  // Per date that has predictions: the model's precision at min(k, n) beside that date's base rate.
  private List<BacktestResult.DatePrecision> perDate(List<Prediction> all) {
    List<BacktestResult.DatePrecision> dates = new ArrayList<>();
    for (Instant t : asOf) {
      List<Prediction> on = all.stream().filter(p -> p.asOf().equals(t)).toList();
      if (on.isEmpty()) {
        continue;
      }
      int slippedOn = (int) on.stream().filter(Prediction::slipped).count();
      dates.add(
          new BacktestResult.DatePrecision(
              SlipLabeler.day(t),
              on.size(),
              slippedOn,
              Math.min(k, on.size()),
              Metrics.precisionAtK(scored(on, p -> p.scores().get("model")), k),
              slippedOn / (double) on.size()));
    }
    return dates;
  }

  // The mean over dates of each date's base rate: what precision at min(k, n) is for a random
  // order.
  private double meanBaseRate(List<Prediction> all) {
    return perDate(all).stream()
        .mapToDouble(BacktestResult.DatePrecision::baseRate)
        .average()
        .orElse(Double.NaN);
  }

  /**
   * Resamples releases: the items of one release, and an item scored at several dates, are one
   * cluster. {@code withinDate}: compare only pairs of the same as-of date.
   */
  private static RocAucBootstrap bootstrap(List<Prediction> all, boolean withinDate) {
    return bootstrap(all, withinDate, Prediction::slipped);
  }

  private static RocAucBootstrap bootstrap(
      List<Prediction> all, boolean withinDate, java.util.function.Predicate<Prediction> label) {
    boolean[] slipped = new boolean[all.size()];
    for (int i = 0; i < slipped.length; i++) {
      slipped[i] = label.test(all.get(i));
    }
    List<?> strata =
        withinDate
            ? all.stream().map(Prediction::asOf).toList()
            : java.util.Collections.nCopies(all.size(), "all");
    return new RocAucBootstrap(
        all.stream().map(Prediction::cluster).toList(),
        strata,
        slipped,
        RocAucBootstrap.DEFAULT_RESAMPLES,
        RocAucBootstrap.DEFAULT_SEED);
  }

  private static double[] scores(List<Prediction> all, String name) {
    return all.stream().mapToDouble(p -> p.scores().get(name)).toArray();
  }

  private static List<Metrics.Scored> scored(List<Prediction> ps, ToDoubleFunction<Prediction> f) {
    return ps.stream().map(p -> new Metrics.Scored(f.applyAsDouble(p), p.slipped())).toList();
  }

  private double meanPrecisionAtK(List<Prediction> all, ToDoubleFunction<Prediction> f) {
    double sum = 0;
    int dates = 0;
    for (Instant t : asOf) {
      List<Prediction> on = all.stream().filter(p -> p.asOf().equals(t)).toList();
      if (!on.isEmpty()) {
        sum += Metrics.precisionAtK(scored(on, f), k);
        dates++;
      }
    }
    return dates == 0 ? Double.NaN : sum / dates;
  }

  /** The dates as given, for messages. */
  List<LocalDate> dates() {
    return asOf.stream().map(SlipLabeler::day).toList();
  }
}
