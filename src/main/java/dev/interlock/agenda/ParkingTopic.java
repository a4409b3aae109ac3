package dev.interlock.agenda;

import java.util.List;

/**
 * A topic that needs more than its share of the meeting, settled after it by only the {@code teams}
 * it needs: {@code kind} (a cycle, a late chain through three or more teams, or a schedule conflict
 * that needs re-planning), the {@code topic} and the {@code question} to settle, in words, and the
 * {@code issues} involved, sorted.
 */
public record ParkingTopic(
    Kind kind, String topic, String question, List<String> teams, List<String> issues) {
  public ParkingTopic {
    teams = List.copyOf(teams);
    issues = List.copyOf(issues);
  }

  /** Why the topic is parked, worst first. */
  public enum Kind {
    CYCLE,
    CHAIN,
    SCHEDULE
  }
}
