package dev.interlock.risk;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.model.Commitment;
import dev.interlock.model.Dependency;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns the model's own contributions into words: the features that pushed the score up by at least
 * {@link #MIN_CONTRIBUTION} log-odds, largest first, each said with the facts behind it ("blocked
 * by CHK-63 (Checkout), itself at 71%"; "Payments missed 4 of its last 10 commitments"). Features
 * that lower the risk, or raise it by less, are not worth a sentence.
 */
final class Explanation {
  /**
   * The smallest contribution (calibrated log-odds) that becomes a reason: 0.2 moves a 50 % risk by
   * about 5 percentage points, the least a reader would act on.
   */
  static final double MIN_CONTRIBUTION = 0.2;

  /** How many of the latest known outcomes a track record quotes. */
  static final int RECENT_OUTCOMES = 10;

  private final Issue issue;
  private final FeatureRow row;
  private final RiskModel model;
  private final double[] contributions;
  private final FeatureExtractor features;
  private final Function<IssueKey, Optional<Double>> risk;

  Explanation(
      Issue issue,
      FeatureRow row,
      RiskModel model,
      FeatureExtractor features,
      Function<IssueKey, Optional<Double>> risk) {
    this.issue = issue;
    this.row = row;
    this.model = model;
    this.contributions = model.contributions(row);
    this.features = features;
    this.risk = risk;
  }

  /** At most {@code max} reasons, largest contribution first, ties by feature order. */
  List<String> reasons(int max) {
    List<Feature> up = new ArrayList<>();
    for (Feature f : Feature.values()) {
      if (contributions[f.ordinal()] >= MIN_CONTRIBUTION) {
        up.add(f);
      }
    }
    up.sort(Comparator.comparingDouble((Feature f) -> -contributions[f.ordinal()]));
    List<String> words = new ArrayList<>();
    for (Feature f : up) {
      String w = words(f);
      if (w != null && !words.contains(w) && words.size() < max) {
        words.add(w);
      }
    }
    return words;
  }

  private @Nullable String words(Feature f) {
    return switch (f) {
      case DAYS_LEFT -> due();
      case COMMITMENT_MOVES -> moves();
      case SPRINT_CARRY_OVERS -> "carried over from " + plural(value(f), "sprint");
      case DAYS_IN_STATUS -> "in " + issue.status().name() + " for " + plural(days(f), "day");
      case REOPENED -> "reopened " + times(value(f));
      case AGE -> "open for " + plural(days(f), "day");
      case OPEN_BLOCKERS, CROSS_TEAM_BLOCKERS, BLOCKER_RISK -> blockers();
      case WAITING_ISSUES, WAITING_TEAMS -> waiting();
      case ASSIGNEE_SLIP_RATE -> assigneeRecord();
      case TEAM_SLIP_RATE -> teamRecord();
      case ASSIGNEE_WORKLOAD -> workload();
      case PRIORITY -> "priority " + issue.priority();
      case BUG -> "a bug";
      case RECENT_ACTIVITY -> activity();
      case NOT_STARTED -> "not started (" + issue.status().name() + ")";
      case UNASSIGNED -> "nobody is assigned";
      case COMMITMENT_AGE -> "its commitment was set " + plural(days(f), "day") + " ago";
      case RELEASE_OPEN, RELEASE_DONE_SHARE, RELEASE_SIZE -> release();
    };
  }

  private @Nullable String release() {
    Optional<dev.interlock.model.Version> v = FeatureExtractor.version(issue);
    if (v.isEmpty()) {
      return null;
    }
    int[] openAndAll = features.releaseCounts(issue, v.get());
    return "release "
        + v.get().name()
        + ": "
        + openAndAll[0]
        + " of its "
        + plural(openAndAll[1], "issue")
        + " still open";
  }

  private long days(Feature f) {
    return Math.round(Math.expm1(row.value(f)));
  }

  private long value(Feature f) {
    return Math.round(row.value(f));
  }

  private @Nullable String due() {
    Optional<Commitment> c = issue.commitment();
    // An overdue item says so first, in the ranking's own words; "due today" would contradict it.
    if (c.isEmpty() || c.get().date().isBefore(features.today())) {
      return null;
    }
    long days = row.daysLeft();
    String when = days == 0 ? "due today" : "due in " + plural(days, "day");
    return when + " (" + c.get().label() + "), still " + issue.status().name();
  }

  private @Nullable String moves() {
    long n = value(Feature.COMMITMENT_MOVES);
    HistoryEvent last = null;
    for (HistoryEvent e : issue.history()) {
      boolean due = e.field().equals("duedate") && e.from() != null;
      boolean version = e.field().equals("Fix Version") && e.from() != null;
      last = due || version ? e : last;
    }
    if (n == 0 || last == null) {
      return null;
    }
    String text = "its commitment has moved " + times(n);
    if (last.field().equals("duedate")) {
      String to = last.to() == null ? "no date" : day(last.to());
      return text + ", last from " + day(last.from()) + " to " + to;
    }
    String from = last.fromText() != null ? last.fromText() : last.from();
    return text + ", last when fix version " + from + " was taken off";
  }

  private static String day(String jiraDate) {
    return jiraDate.length() > 10 ? jiraDate.substring(0, 10) : jiraDate;
  }

  private @Nullable String blockers() {
    DependencyGraph graph = features.graph();
    List<IssueKey> open = new ArrayList<>();
    for (Dependency d : graph.blockersOf(issue.key())) {
      if (graph.requireNode(d.blocker()).isOpen()) {
        open.add(d.blocker());
      }
    }
    if (open.isEmpty()) {
      return null;
    }
    Optional<IssueKey> direct = riskiest(open);
    String text;
    if (direct.isEmpty()) {
      text =
          "blocked by "
              + (open.size() == 1 ? named(open.get(0)) : plural(open.size(), "open item"));
    } else if (open.size() == 1) {
      text = "blocked by " + named(direct.get()) + ", itself at " + percentOf(direct.get());
    } else {
      text =
          "blocked by "
              + plural(open.size(), "open item")
              + ", the riskiest "
              + named(direct.get())
              + " at "
              + percentOf(direct.get());
    }
    Optional<IssueKey> further = riskiest(new ArrayList<>(upstreamBeyond(open)));
    if (further.isPresent()
        && (direct.isEmpty() || risk(further.get()) > risk(direct.get()) + 1e-9)) {
      boolean cycle = features.graph().openDownstream(issue.key()).contains(further.get());
      text +=
          (cycle ? "; in the same cycle, " : "; further up, ")
              + named(further.get())
              + " is at "
              + percentOf(further.get());
    }
    return text;
  }

  /** Open issues the given open blockers wait on, directly or through chains, not themselves. */
  private Set<IssueKey> upstreamBeyond(List<IssueKey> blockers) {
    DependencyGraph graph = features.graph();
    Set<IssueKey> seen = new HashSet<>(blockers);
    seen.add(issue.key());
    Set<IssueKey> found = new HashSet<>();
    Deque<IssueKey> todo = new ArrayDeque<>(blockers);
    while (!todo.isEmpty()) {
      for (Dependency d : graph.blockersOf(todo.pop())) {
        if (graph.requireNode(d.blocker()).isOpen() && seen.add(d.blocker())) {
          found.add(d.blocker());
          todo.push(d.blocker());
        }
      }
    }
    return found;
  }

  private Optional<IssueKey> riskiest(List<IssueKey> keys) {
    return keys.stream()
        .filter(k -> risk.apply(k).isPresent())
        .max(Comparator.comparingDouble(this::risk).thenComparing(Comparator.reverseOrder()));
  }

  private double risk(IssueKey k) {
    return risk.apply(k).orElse(0.0);
  }

  private String percentOf(IssueKey k) {
    return RiskScore.percent(risk(k));
  }

  private String named(IssueKey k) {
    String team = features.graph().teamOf(k);
    return team == null ? k.toString() : k + " (" + team + ")";
  }

  private @Nullable String waiting() {
    long issues = Math.round(Math.expm1(row.value(Feature.WAITING_ISSUES)));
    long teams = value(Feature.WAITING_TEAMS);
    if (issues == 0) {
      return null;
    }
    String text = plural(issues, "open issue") + (issues == 1 ? " waits" : " wait") + " on it";
    text = teams == 0 ? text : text + " in " + plural(teams, "other team");
    boolean chained = issues > features.graph().openDependents(issue.key()).size();
    return chained ? text + ", directly or down a chain" : text;
  }

  private @Nullable String assigneeRecord() {
    if (issue.assignee() == null) {
      return null;
    }
    return record(
        issue.assignee().displayName(), "the", features.record().assignee(issue.assignee().id()));
  }

  private @Nullable String teamRecord() {
    String team = features.graph().teamOf(issue.key());
    return team == null ? null : record(team, "its", features.record().team(team));
  }

  private static @Nullable String record(String who, String whose, TrackRecord.Tally t) {
    if (t.count() == 0) {
      return null;
    }
    int n = Math.min(RECENT_OUTCOMES, t.count());
    String last = n == 1 ? whose + " last commitment" : whose + " last " + n + " commitments";
    return who + " missed " + t.slippedOfLast(n) + " of " + last;
  }

  private @Nullable String workload() {
    long open = Math.round(Math.expm1(row.value(Feature.ASSIGNEE_WORKLOAD)));
    return issue.assignee() == null
        ? null
        : issue.assignee().displayName() + " holds " + plural(open, "open issue");
  }

  private String activity() {
    long n = Math.round(Math.expm1(row.value(Feature.RECENT_ACTIVITY)));
    String window = " in the last " + FeatureExtractor.RECENT.toDays() + " days";
    if (model.weight(Feature.RECENT_ACTIVITY) < 0) {
      return n == 0
          ? "no changes or comments" + window
          : "only " + plural(n, "change or comment", "changes or comments") + window;
    }
    return plural(n, "change or comment", "changes or comments") + window;
  }

  private static String times(long n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }

  private static String plural(long n, String noun) {
    return DueWords.plural(n, noun);
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
