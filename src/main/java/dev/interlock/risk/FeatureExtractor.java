package dev.interlock.risk;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.GraphNode;
import dev.interlock.model.Comment;
import dev.interlock.model.Commitment;
import dev.interlock.model.CommitmentKind;
import dev.interlock.model.Dependency;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.model.SprintState;
import dev.interlock.model.StatusCategory;
import dev.interlock.model.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes every {@link Feature} of an issue as of T from the snapshot as of T, its dependency
 * graph and the track record known at T. Nothing here reads a clock.
 */
public final class FeatureExtractor {
  /** Days left assumed for an item without a commitment. */
  public static final long NO_COMMITMENT_DAYS = 90;

  /** The window of "recent" activity. */
  public static final Duration RECENT = Duration.ofDays(14);

  private static final Map<String, Integer> PRIORITY_RANKS =
      Map.ofEntries(
          Map.entry("highest", 5),
          Map.entry("blocker", 5),
          Map.entry("high", 4),
          Map.entry("critical", 4),
          Map.entry("medium", 3),
          Map.entry("major", 3),
          Map.entry("low", 2),
          Map.entry("minor", 2),
          Map.entry("lowest", 1),
          Map.entry("trivial", 1));

  private final DependencyGraph graph;
  private final TrackRecord record;
  private final Instant t;
  private final Map<String, Integer> workload = new HashMap<>();
  private final Map<String, int[]> releases = new HashMap<>();

  public FeatureExtractor(Snapshot asOfT, DependencyGraph graph, TrackRecord record, Instant t) {
    this.graph = graph;
    this.record = record;
    this.t = t;
    for (Issue i : asOfT.issues()) {
      if (!i.isDone() && i.assignee() != null) {
        workload.merge(i.assignee().id(), 1, Integer::sum);
      }
      for (Version v : i.fixVersions()) {
        int[] openAndAll = releases.computeIfAbsent(release(i, v), k -> new int[2]);
        openAndAll[0] += i.isDone() ? 0 : 1;
        openAndAll[1]++;
      }
    }
  }

  /** A fix version as a key: the project and the version's id, or its name without an id. */
  private static String release(Issue issue, Version v) {
    return issue.project() + "/" + (v.id() == null || v.id().isEmpty() ? v.name() : v.id());
  }

  /** The features of {@code issue}, which must be the issue as of T. */
  public FeatureRow row(Issue issue) {
    double[] x = new double[Feature.values().length];
    long days = daysLeft(issue);
    x[Feature.DAYS_LEFT.ordinal()] = log1p(days < 0 ? NO_COMMITMENT_DAYS : days);
    x[Feature.COMMITMENT_MOVES.ordinal()] = TrackRecord.countMoves(issue);
    x[Feature.SPRINT_CARRY_OVERS.ordinal()] = carryOvers(issue);
    x[Feature.DAYS_IN_STATUS.ordinal()] = log1p(daysSince(lastStatusChange(issue)));
    x[Feature.REOPENED.ordinal()] = reopened(issue);
    x[Feature.AGE.ordinal()] = log1p(daysSince(issue.created()));
    blockers(issue, x);
    downstream(issue, x);
    String assignee = issue.assignee() == null ? null : issue.assignee().id();
    x[Feature.ASSIGNEE_SLIP_RATE.ordinal()] = record.shrunk(record.assignee(assignee));
    x[Feature.TEAM_SLIP_RATE.ordinal()] = record.shrunk(record.team(graph.teamOf(issue.key())));
    x[Feature.ASSIGNEE_WORKLOAD.ordinal()] =
        log1p(assignee == null ? 0 : workload.getOrDefault(assignee, 0));
    x[Feature.PRIORITY.ordinal()] = priorityRank(issue.priority());
    x[Feature.BUG.ordinal()] = issue.issueType().equalsIgnoreCase("Bug") ? 1 : 0;
    x[Feature.RECENT_ACTIVITY.ordinal()] = log1p(recentActivity(issue));
    x[Feature.NOT_STARTED.ordinal()] = issue.status().category() == StatusCategory.TO_DO ? 1 : 0;
    x[Feature.UNASSIGNED.ordinal()] = assignee == null ? 1 : 0;
    x[Feature.COMMITMENT_AGE.ordinal()] = log1p(daysSince(commitmentSet(issue)));
    release(issue, x);
    return new FeatureRow(issue.key(), x, days);
  }

  /** The day of T (UTC), against which commitments count as due or overdue. */
  java.time.LocalDate today() {
    return SlipLabeler.day(t);
  }

  /** Whole days from T to the commitment (0 when overdue), or -1 without one. */
  private long daysLeft(Issue issue) {
    Optional<Commitment> c = issue.commitment();
    if (c.isEmpty()) {
      return -1;
    }
    return Math.max(0, ChronoUnit.DAYS.between(SlipLabeler.day(t), c.get().date()));
  }

  /** When the commitment that counts was last set: its field's last change, else creation. */
  static Instant commitmentSet(Issue issue) {
    String field =
        issue
            .commitment()
            .map(
                c ->
                    switch (c.kind()) {
                      case DUE_DATE -> "duedate";
                      case FIX_VERSION -> "Fix Version";
                      case SPRINT_END -> "Sprint";
                    })
            .orElse(null);
    Instant last = issue.created();
    for (HistoryEvent e : issue.history()) {
      last = e.field().equals(field) && e.at().isAfter(last) ? e.at() : last;
    }
    return last;
  }

  /** The fix version the item is in: the one of its commitment, else its first. */
  static Optional<Version> version(Issue issue) {
    Optional<Commitment> c = issue.commitment();
    if (c.isPresent() && c.get().kind() == CommitmentKind.FIX_VERSION) {
      for (Version v : issue.fixVersions()) {
        if (c.get().date().equals(v.releaseDate())
            && c.get().label().equals("release " + v.name())) {
          return Optional.of(v);
        }
      }
    }
    return issue.fixVersions().stream().findFirst();
  }

  private void release(Issue issue, double[] x) {
    Optional<Version> v = version(issue);
    if (v.isEmpty()) {
      return;
    }
    int[] openAndAll = releases.getOrDefault(release(issue, v.get()), new int[] {0, 0});
    int othersOpen = Math.max(0, openAndAll[0] - (issue.isDone() ? 0 : 1));
    x[Feature.RELEASE_OPEN.ordinal()] = log1p(othersOpen);
    x[Feature.RELEASE_DONE_SHARE.ordinal()] =
        openAndAll[1] == 0 ? 0 : (openAndAll[1] - openAndAll[0]) / (double) openAndAll[1];
    x[Feature.RELEASE_SIZE.ordinal()] = log1p(openAndAll[1]);
  }

  /** The open and all issues of the fix version {@code v} of {@code issue}, as of T. */
  int[] releaseCounts(Issue issue, Version v) {
    return releases.getOrDefault(release(issue, v), new int[] {0, 0}).clone();
  }

  private static long carryOvers(Issue issue) {
    return issue.isDone()
        ? 0
        : issue.sprints().stream().filter(s -> s.state() == SprintState.CLOSED).count();
  }

  private static Instant lastStatusChange(Issue issue) {
    Instant last = issue.created();
    for (HistoryEvent e : issue.history()) {
      last = e.field().equals("status") ? e.at() : last;
    }
    return last;
  }

  private static long reopened(Issue issue) {
    return issue.history().stream()
        .filter(e -> e.field().equals("resolution") && e.from() != null && e.to() == null)
        .count();
  }

  private void blockers(Issue issue, double[] x) {
    int open = 0;
    int cross = 0;
    for (Dependency d : graph.blockersOf(issue.key())) {
      if (graph.requireNode(d.blocker()).isOpen()) {
        open++;
        cross += graph.isCrossTeam(d) ? 1 : 0;
      }
    }
    x[Feature.OPEN_BLOCKERS.ordinal()] = open;
    x[Feature.CROSS_TEAM_BLOCKERS.ordinal()] = cross;
  }

  private void downstream(Issue issue, double[] x) {
    Set<dev.interlock.model.IssueKey> waiting = graph.openDownstream(issue.key());
    String own = graph.teamOf(issue.key());
    long teams =
        waiting.stream()
            .map(graph::teamOf)
            .filter(Objects::nonNull)
            .filter(team -> !team.equals(own))
            .distinct()
            .count();
    x[Feature.WAITING_ISSUES.ordinal()] = log1p(waiting.size());
    x[Feature.WAITING_TEAMS.ordinal()] = teams;
  }

  private long recentActivity(Issue issue) {
    Instant from = t.minus(RECENT);
    long changes = issue.history().stream().filter(e -> e.at().isAfter(from)).count();
    long comments =
        issue.comments().stream().map(Comment::created).filter(c -> c.isAfter(from)).count();
    return changes + comments;
  }

  static int priorityRank(String priority) {
    if (priority == null) {
      return 3;
    }
    return PRIORITY_RANKS.getOrDefault(priority.toLowerCase(Locale.ROOT), 3);
  }

  private long daysSince(Instant then) {
    return Math.max(0, Duration.between(then, t).toDays());
  }

  private static double log1p(double n) {
    return Math.log1p(n);
  }

  /** The graph this extractor reads, for explanations. */
  DependencyGraph graph() {
    return graph;
  }

  /** The track record this extractor reads, for explanations. */
  TrackRecord record() {
    return record;
  }

  /** True when the node is open; used for explanations. */
  static boolean isOpen(GraphNode n) {
    return n.isOpen();
  }
}
