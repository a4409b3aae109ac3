package dev.interlock.risk;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.Commitment;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The labelled rows a model as of T learns from, drawn only from the snapshot as of T: at past
 * moments T − {@link #STEP}, T − 2·STEP, … (at most {@link #MAX_POINTS}, fewer on large sites:
 * {@link #REPLAY_BUDGET}), every open item with a commitment within the horizon, labelled by what
 * the snapshot as of T says happened. Outcomes not decided by T are left out, so nothing after T is
 * learned.
 *
 * <p>Only commitments that fell due before T's day are learned from. An item whose commitment is
 * still ahead at T can already have an outcome at T, but only one kind: "on time" if it was
 * resolved early, "slipped" if its date was moved; keeping those rows would teach the model which
 * items finish early rather than which items slip (a censoring bias that made far-off commitments
 * look safe). A commitment that fell due before T is decided at T whichever way it went.
 */
public final class TrainingSet {
  /** Distance between past moments. */
  public static final Duration STEP = Duration.ofDays(14);

  /** Past moments at most (two years at two-week steps). */
  public static final int MAX_POINTS = 52;

  /**
   * Issue-moments allowed per training set: a site of n issues gets at most max({@link
   * #MIN_POINTS}, budget / n) past moments. Each moment still reads every issue once (whether its
   * replay changed, its track record, its release), though it replays only the issues that changed
   * since the moment before ({@link ReplaySweep}) and builds the graph of only the open issues and
   * their neighbours. Sites up to 20,000 issues keep all {@link #MAX_POINTS}; 100,000 get 10.
   */
  public static final long REPLAY_BUDGET = 1_000_000;

  /** Past moments kept however large the site. */
  public static final int MIN_POINTS = 8;

  /** The past moments a site of {@code issues} issues trains on. */
  static int points(int issues) {
    long affordable = REPLAY_BUDGET / Math.max(1, issues);
    return (int) Math.max(MIN_POINTS, Math.min(MAX_POINTS, affordable));
  }

  private final List<Point> points = new ArrayList<>();

  /**
   * The labelled rows of one past moment, with what blocker risk needs at that moment.
   *
   * @param labels 1 for slipped, 0 for on time, in the order of {@code rows}
   * @param commitments the commitment each row was labelled by, in the order of {@code rows}
   */
  record Point(
      Instant at,
      List<FeatureRow> rows,
      int[] labels,
      List<Commitment> commitments,
      Upstream upstream) {
    Point {
      rows = List.copyOf(rows);
      labels = labels.clone();
      commitments = List.copyOf(commitments);
      if (commitments.size() != rows.size() || labels.length != rows.size()) {
        throw new IllegalArgumentException("rows, labels and commitments differ in number");
      }
    }

    /**
     * The issue-commitment of row {@code i}: an item seen with the same commitment at several past
     * moments is one outcome, learned from once ({@link ModelSelection}).
     */
    String group(int i) {
      Commitment c = commitments.get(i);
      return rows.get(i).key() + "|" + c.kind() + "|" + c.label() + "|" + c.date();
    }

    /** This point with {@link Feature#BLOCKER_RISK} filled in by {@code first}. */
    Point withBlockerRisk(RiskModel first) {
      return withBlockerRisk(key -> first);
    }

    /** This point with {@link Feature#BLOCKER_RISK} filled in, each blocker scored by its model. */
    Point withBlockerRisk(java.util.function.Function<IssueKey, RiskModel> firstFor) {
      Map<IssueKey, Double> risk = upstream.risks(firstFor);
      List<FeatureRow> filled = new ArrayList<>();
      for (FeatureRow r : rows) {
        filled.add(r.with(Feature.BLOCKER_RISK, risk.getOrDefault(r.key(), 0.0)));
      }
      return new Point(at, filled, labels, commitments, upstream);
    }
  }

  /**
   * @param asOfT the snapshot as of T (already replayed)
   */
  public TrainingSet(Snapshot asOfT, DependencyGraphBuilder builder, Instant t, Duration horizon) {
    SnapshotReplay replay = new SnapshotReplay(asOfT);
    ReplaySweep sweep = replay.sweep();
    SlipLabeler labeler = new SlipLabeler(replay, t);
    Map<IssueKey, Issue> later = asOfT.byKey();
    Instant earliest =
        asOfT.issues().stream().map(Issue::created).min(Instant::compareTo).orElse(t);
    int points = points(asOfT.issues().size());
    TrackRecord.Promises promises = new TrackRecord.Promises();
    for (int k = 1; k <= points; k++) {
      Instant past = t.minus(STEP.multipliedBy(k));
      if (past.isBefore(earliest)) {
        break;
      }
      addPoint(sweep.asOf(past), builder, past, horizon, labeler, later, t, promises);
    }
  }

  private void addPoint(
      Snapshot then,
      DependencyGraphBuilder builder,
      Instant past,
      Duration horizon,
      SlipLabeler labeler,
      Map<IssueKey, Issue> later,
      Instant t,
      TrackRecord.Promises promises) {
    DependencyGraph graph = builder.build(aroundOpenIssues(then));
    TeamIndex teams = builder.teams();
    TrackRecord record = new TrackRecord(then, past, i -> teams.teamOf(i).orElse(null), promises);
    FeatureExtractor features = new FeatureExtractor(then, graph, record, past);
    List<FeatureRow> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    List<Commitment> commitments = new ArrayList<>();
    for (Issue issue : then.issues()) {
      Optional<Commitment> c = Eligibility.predictable(issue, past, horizon);
      if (c.isEmpty() || !SlipLabeler.isOverdue(c.get(), t)) {
        continue; // no commitment then, or one not yet due at T: its outcome is censored
      }
      SlipLabeler.Outcome outcome = labeler.outcome(later.get(issue.key()), c.get(), past);
      if (outcome != SlipLabeler.Outcome.UNKNOWN) {
        rows.add(features.row(issue));
        labels.add(outcome == SlipLabeler.Outcome.SLIPPED ? 1 : 0);
        commitments.add(c.get());
      }
    }
    if (!rows.isEmpty()) {
      int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
      points.add(new Point(past, rows, y, commitments, new Upstream(graph, features)));
    }
  }

  /**
   * The issues of {@code then} that a past moment's graph needs: the open ones, the ones their
   * links name and the ones with a link naming an open issue. Training reads the graph only around
   * open issues (their blockers, what waits on them through open issues, edges between two open
   * ones), and every edge touching an open issue comes from a link held by one of these, with the
   * same nodes at its ends; the other issues are done and linked, if at all, only to done issues.
   */
  static Snapshot aroundOpenIssues(Snapshot then) {
    Set<IssueKey> open = new HashSet<>();
    Set<IssueKey> named = new HashSet<>();
    for (Issue issue : then.issues()) {
      if (!issue.isDone()) {
        open.add(issue.key());
        issue.links().forEach(l -> named.add(l.other().key()));
      }
    }
    List<Issue> kept = new ArrayList<>();
    for (Issue issue : then.issues()) {
      if (open.contains(issue.key()) || named.contains(issue.key()) || linksTo(issue, open)) {
        kept.add(issue);
      }
    }
    return kept.size() == then.issues().size() ? then : then.withIssues(then.takenAt(), kept);
  }

  private static boolean linksTo(Issue issue, Set<IssueKey> keys) {
    for (IssueLink l : issue.links()) {
      if (keys.contains(l.other().key())) {
        return true;
      }
    }
    return false;
  }

  /** The past moments that have labelled rows, newest first. */
  List<Point> points() {
    return List.copyOf(points);
  }

  /** Every labelled row, newest moment first. */
  public List<FeatureRow> rows() {
    return points.stream().flatMap(p -> p.rows().stream()).toList();
  }

  /** 1 for slipped, 0 for on time, in the order of {@link #rows()}. */
  public int[] labels() {
    return points.stream().flatMapToInt(p -> java.util.Arrays.stream(p.labels())).toArray();
  }

  public int slipped() {
    return java.util.Arrays.stream(labels()).sum();
  }

  /** Which items are predictions as of T. */
  static final class Eligibility {
    private Eligibility() {}

    /** The commitment of an open item due on or after T's day and within the horizon. */
    static Optional<Commitment> predictable(Issue issue, Instant t, Duration horizon) {
      if (issue.isDone()) {
        return Optional.empty();
      }
      return issue
          .commitment()
          .filter(c -> !SlipLabeler.isOverdue(c, t))
          .filter(c -> ChronoUnit.DAYS.between(SlipLabeler.day(t), c.date()) <= horizon.toDays());
    }
  }
}
