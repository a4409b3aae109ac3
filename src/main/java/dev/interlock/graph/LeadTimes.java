package dev.interlock.graph;

import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How many days one item takes a team, learned from its resolved issues: the median of start to
 * resolution, where start is the first status change in the issue's history (the moment it left the
 * status it was created in; its creation when it never changed status). Only issues resolved at or
 * before {@code asOf} count. A team with fewer than {@link #MIN_SAMPLES} such issues, and an issue
 * of no team, gets {@code defaultDays}. Durations are rounded up to whole days, at least 1.
 */
public final class LeadTimes {
  /** Resolved issues a team needs before its own median is trusted. */
  public static final int MIN_SAMPLES = 3;

  private final int defaultDays;
  private final Map<String, Integer> learned;

  public LeadTimes(DependencyGraph graph, Instant asOf, int defaultDays) {
    if (defaultDays < 1) {
      throw new IllegalArgumentException("defaultDays < 1: " + defaultDays);
    }
    this.defaultDays = defaultDays;
    this.learned = learn(graph, asOf);
  }

  /** The lead time of one item of {@code team}, in days. */
  public int daysFor(@Nullable String team) {
    return team == null ? defaultDays : learned.getOrDefault(team, defaultDays);
  }

  /** The medians learned from history, by team name; teams with too little history are absent. */
  public Map<String, Integer> learned() {
    return learned;
  }

  private static Map<String, Integer> learn(DependencyGraph graph, Instant asOf) {
    Map<String, List<Integer>> samples = new TreeMap<>();
    for (GraphNode node : graph.nodes()) {
      Issue issue = node.issue();
      if (issue == null || node.team() == null || !issue.isDone() || issue.resolved() == null) {
        continue;
      }
      if (!issue.resolved().isAfter(asOf)) {
        samples.computeIfAbsent(node.team(), t -> new ArrayList<>()).add(days(issue));
      }
    }
    Map<String, Integer> medians = new TreeMap<>();
    samples.forEach(
        (team, days) -> {
          if (days.size() >= MIN_SAMPLES) {
            medians.put(team, median(days));
          }
        });
    return Collections.unmodifiableMap(medians);
  }

  static int days(Issue issue) {
    Instant start = issue.created();
    for (HistoryEvent e : issue.history()) {
      if (e.field().equalsIgnoreCase("status")) {
        start = e.at();
        break;
      }
    }
    long hours = Math.max(0, Duration.between(start, issue.resolved()).toHours());
    return (int) Math.max(1, (hours + 23) / 24);
  }

  /** The middle value; of an even count, the larger of the two middle values (the cautious one). */
  static int median(List<Integer> values) {
    List<Integer> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
