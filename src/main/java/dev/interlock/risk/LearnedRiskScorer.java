package dev.interlock.risk;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The learned slip probability of every open issue as of T. The snapshot is first replayed to T, a
 * {@link RiskModel} is trained on the outcomes known at T ({@link TrainingSet}), and every open
 * issue as of T is scored. Training runs twice: a first pass without blocker risk scores every open
 * blocker, {@link BlockerRisk} carries those scores along the graph (on training rows from first
 * passes fitted without the blocker's fold: {@link OutOfFold}), and the final model is chosen and
 * calibrated with that feature ({@link ModelSelection}). With fewer than {@link #MIN_ROWS} known
 * outcomes, or fewer than {@link #MIN_PER_CLASS} of either kind, there is no model: {@link
 * #model()} is empty and {@link #warnings()} says why. Computed lazily, once.
 */
public final class LearnedRiskScorer {
  /** Known outcomes needed to fit a model. */
  public static final int MIN_ROWS = 40;

  /** Slipped and on-time outcomes each needed to fit a model. */
  public static final int MIN_PER_CLASS = 8;

  /** Default horizon of the commitments learned from. */
  public static final Duration DEFAULT_HORIZON = Duration.ofDays(90);

  private final Snapshot asOfT;
  private final Map<IssueKey, Issue> issuesAsOfT;
  private final DependencyGraphBuilder builder;
  private final Instant t;
  private final Duration horizon;
  private final SelectionPolicy policy;
  private @Nullable Scored scored;

  /** Scores with {@link SelectionPolicy#DEFAULT}. */
  public LearnedRiskScorer(
      Snapshot snapshot, DependencyGraphBuilder builder, Instant t, Duration horizon) {
    this(snapshot, builder, t, horizon, SelectionPolicy.DEFAULT);
  }

  public LearnedRiskScorer(
      Snapshot snapshot,
      DependencyGraphBuilder builder,
      Instant t,
      Duration horizon,
      SelectionPolicy policy) {
    if (horizon.isNegative() || horizon.isZero()) {
      throw new IllegalArgumentException("horizon <= 0: " + horizon);
    }
    this.asOfT = new SnapshotReplay(snapshot).asOf(t);
    this.issuesAsOfT = asOfT.byKey();
    this.builder = builder;
    this.t = t;
    this.horizon = horizon;
    this.policy = policy;
  }

  private record Scored(
      KnownOutcomes outcomes,
      @Nullable RiskModel model,
      @Nullable String how,
      List<String> warnings,
      Map<IssueKey, FeatureRow> rows,
      Map<IssueKey, Double> probabilities,
      FeatureExtractor features) {}

  private Scored scored() {
    if (scored == null) {
      scored = score();
    }
    return scored;
  }

  private Scored score() {
    TrainingSet training = new TrainingSet(asOfT, builder, t, horizon);
    KnownOutcomes outcomes = knownOutcomes(training);
    List<String> warnings = new ArrayList<>();
    RiskModel first = null;
    RiskModel model = null;
    String how = null;
    if (outcomes.count() < MIN_ROWS
        || outcomes.slipped() < MIN_PER_CLASS
        || outcomes.onTime() < MIN_PER_CLASS) {
      warnings.add(thinHistory(outcomes));
    } else {
      first = ModelSelection.choose(training.points(), false, policy).model();
      // Training rows take blocker risk out of fold; the open items at T from the first pass.
      List<TrainingSet.Point> points = OutOfFold.withBlockerRisk(training.points(), policy);
      ModelSelection.Choice choice = ModelSelection.choose(points, true, policy);
      model = choice.model();
      how = choice.how();
    }
    DependencyGraph graph = builder.build(asOfT);
    TrackRecord record = new TrackRecord(asOfT, t, i -> graph.teamOf(i.key()));
    FeatureExtractor features = new FeatureExtractor(asOfT, graph, record, t);
    Map<IssueKey, Double> blockerRisk =
        first == null ? Map.of() : new Upstream(graph, features).risks(first);
    Map<IssueKey, FeatureRow> rows = new HashMap<>();
    Map<IssueKey, Double> probabilities = new HashMap<>();
    for (Issue issue : asOfT.issues()) {
      if (!issue.isDone()) {
        FeatureRow row =
            features
                .row(issue)
                .with(Feature.BLOCKER_RISK, blockerRisk.getOrDefault(issue.key(), 0.0));
        rows.put(issue.key(), row);
        probabilities.put(issue.key(), probability(model, record, row));
      }
    }
    return new Scored(outcomes, model, how, List.copyOf(warnings), rows, probabilities, features);
  }

  private KnownOutcomes knownOutcomes(TrainingSet training) {
    List<FeatureRow> rows = training.rows();
    long items = rows.stream().map(FeatureRow::key).distinct().count();
    return new KnownOutcomes(SlipLabeler.day(t), rows.size(), training.slipped(), (int) items);
  }

  /** Without a model, the prior is the team's shrunk past slip rate. */
  private static double probability(@Nullable RiskModel model, TrackRecord record, FeatureRow row) {
    return model != null ? model.probability(row) : row.value(Feature.TEAM_SLIP_RATE);
  }

  private String thinHistory(KnownOutcomes outcomes) {
    return String.format(
        Locale.ROOT,
        "too little history to learn from as of %s: %d known outcomes (%d slipped, %d on time);"
            + " a model needs %d, with %d of each.",
        t,
        outcomes.count(),
        outcomes.slipped(),
        outcomes.onTime(),
        MIN_ROWS,
        MIN_PER_CLASS);
  }

  /**
   * The outcomes known at T that the model learns from; with fewer than {@link #MIN_ROWS}, or fewer
   * than {@link #MIN_PER_CLASS} of either kind, there is no model.
   */
  public KnownOutcomes knownOutcomes() {
    return scored().outcomes();
  }

  /** The fitted model, or empty when history was too thin. */
  public Optional<RiskModel> model() {
    return Optional.ofNullable(scored().model());
  }

  /** How the model was chosen and calibrated, in words; empty without a model. */
  public Optional<String> how() {
    return Optional.ofNullable(scored().how());
  }

  public List<String> warnings() {
    return scored().warnings();
  }

  /** The snapshot as of T that everything here reads. */
  public Snapshot asOfT() {
    return asOfT;
  }

  /** The slip probability of an issue open at T, or empty if it was not open then. */
  public Optional<Double> probability(IssueKey key) {
    return Optional.ofNullable(scored().probabilities().get(key));
  }

  /**
   * The probability as the agenda shows it: 1 for an item already past its commitment at T (it has
   * slipped: a fact, not a prediction); {@link #probability} for an item with a commitment within
   * the horizon, the population the backtest measures; empty for any other item (no commitment, or
   * one beyond the horizon): it is ranked, not given a probability nobody has checked.
   */
  public Optional<Double> shownProbability(IssueKey key) {
    Optional<Double> p = probability(key);
    Optional<java.time.LocalDate> due =
        Optional.ofNullable(issuesAsOfT.get(key)).flatMap(Issue::commitment).map(c -> c.date());
    if (p.isEmpty() || due.isEmpty()) {
      return Optional.empty();
    }
    java.time.LocalDate today = SlipLabeler.day(t);
    if (due.get().isBefore(today)) {
      return Optional.of(1.0);
    }
    return due.get().isAfter(today.plusDays(horizon.toDays())) ? Optional.empty() : p;
  }

  /** The features of an issue open at T, or empty if it was not open then. */
  public Optional<FeatureRow> row(IssueKey key) {
    return Optional.ofNullable(scored().rows().get(key));
  }

  /** The reasons in words for an issue open at T, largest contribution first. */
  public List<String> reasons(IssueKey key, int max) {
    FeatureRow row = scored().rows().get(key);
    RiskModel model = scored().model();
    if (row == null || model == null) {
      return List.of();
    }
    Issue issue = issuesAsOfT.get(key); // present: only issues of asOfT have rows
    return new Explanation(issue, row, model, scored().features(), this::shownProbability)
        .reasons(max);
  }
}
