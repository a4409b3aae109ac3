package dev.interlock.risk;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.model.Commitment;
import dev.interlock.model.Dependency;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns the model's own contributions into words: the features that pushed the score up most, each
 * said with the facts behind it ("blocked by 2 open PAY items, PAY-7 at 71 %"). Features whose
 * contribution is below {@link #MIN_CONTRIBUTION} log-odds are not worth a sentence.
 */
final class Explanation {
  /** The smallest contribution (log-odds) that becomes a reason. */
  static final double MIN_CONTRIBUTION = 0.05;

  private final Issue issue;
  private final FeatureRow row;
  private final double[] contributions;
  private final FeatureExtractor features;
  private final Function<IssueKey, Optional<Double>> risk;

  Explanation(
      Issue issue,
      FeatureRow row,
      double[] contributions,
      FeatureExtractor features,
      Function<IssueKey, Optional<Double>> risk) {
    this.issue = issue;
    this.row = row;
    this.contributions = contributions.clone();
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
      case COMMITMENT_MOVES -> "its commitment has moved " + times(value(f));
      case SPRINT_CARRY_OVERS -> "carried over from " + plural(value(f), "sprint");
      case DAYS_IN_STATUS -> "in " + issue.status().name() + " for " + plural(days(f), "day");
      case REOPENED -> "reopened " + times(value(f));
      case AGE -> "open for " + plural(days(f), "day");
      case OPEN_BLOCKERS, CROSS_TEAM_BLOCKERS -> blockers();
      case WAITING_ISSUES, WAITING_TEAMS -> waiting();
      case ASSIGNEE_SLIP_RATE -> assigneeRecord();
      case TEAM_SLIP_RATE -> teamRecord();
      case ASSIGNEE_WORKLOAD -> workload();
      case PRIORITY -> "priority " + issue.priority();
      case BUG -> "a bug";
      case RECENT_ACTIVITY -> "little recent activity";
      case NOT_STARTED -> "not started (" + issue.status().name() + ")";
      case UNASSIGNED -> "nobody is assigned";
    };
  }

  private long days(Feature f) {
    return Math.round(Math.expm1(row.value(f)));
  }

  private long value(Feature f) {
    return Math.round(row.value(f));
  }

  private @Nullable String due() {
    Optional<Commitment> c = issue.commitment();
    if (c.isEmpty()) {
      return null;
    }
    long days = row.daysLeft();
    String when = days == 0 ? "due today" : "due in " + plural(days, "day");
    return when + " (" + c.get().label() + "), still " + issue.status().name();
  }

  private @Nullable String blockers() {
    DependencyGraph graph = features.graph();
    List<IssueKey> open = new ArrayList<>();
    TreeSet<String> projects = new TreeSet<>();
    for (Dependency d : graph.blockersOf(issue.key())) {
      if (graph.requireNode(d.blocker()).isOpen()) {
        open.add(d.blocker());
        projects.add(d.blocker().project());
      }
    }
    if (open.isEmpty()) {
      return null;
    }
    String where = projects.size() == 1 ? projects.first() + " " : "";
    String text = "blocked by " + plural(open.size(), "open " + where + "item");
    Optional<IssueKey> riskiest =
        open.stream()
            .filter(k -> risk.apply(k).isPresent())
            .max(
                Comparator.comparingDouble((IssueKey k) -> risk.apply(k).get())
                    .thenComparing(k -> k));
    if (riskiest.isPresent()) {
      String who = open.size() == 1 ? "" : riskiest.get() + " ";
      text += ", " + who + "at " + percent(risk.apply(riskiest.get()).get());
    }
    return text;
  }

  private @Nullable String waiting() {
    long issues = Math.round(Math.expm1(row.value(Feature.WAITING_ISSUES)));
    long teams = value(Feature.WAITING_TEAMS);
    if (issues == 0) {
      return null;
    }
    String text = plural(issues, "open issue") + (issues == 1 ? " waits" : " wait") + " on it";
    return teams == 0 ? text : text + " in " + plural(teams, "other team");
  }

  private @Nullable String assigneeRecord() {
    if (issue.assignee() == null) {
      return null;
    }
    TrackRecord.Tally t = features.record().assignee(issue.assignee().id());
    return t.count() == 0
        ? null
        : issue.assignee().displayName()
            + " slipped "
            + t.slipped()
            + " of "
            + t.count()
            + " past commitments";
  }

  private @Nullable String teamRecord() {
    String team = features.graph().teamOf(issue.key());
    TrackRecord.Tally t = features.record().team(team);
    return team == null || t.count() == 0
        ? null
        : team + " slipped " + t.slipped() + " of its " + t.count() + " past commitments";
  }

  private @Nullable String workload() {
    long open = Math.round(Math.expm1(row.value(Feature.ASSIGNEE_WORKLOAD)));
    return issue.assignee() == null
        ? null
        : issue.assignee().displayName() + " holds " + plural(open, "open issue");
  }

  static String percent(double p) {
    return String.format(Locale.ROOT, "%d%%", Math.round(p * 100));
  }

  private static String times(long n) {
    return n == 1 ? "once" : n + " times";
  }

  private static String plural(long n, String noun) {
    return FirstRiskScorer.plural(n, noun);
  }
}
