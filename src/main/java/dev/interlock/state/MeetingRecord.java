package dev.interlock.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the agenda for one scheduled {@code meeting} held: the moment it described, when it was
 * recorded, the run that wrote it (null when none), and its topics.
 */
public record MeetingRecord(
    Instant meeting, Instant asOf, Instant recordedAt, @Nullable Long runId, List<Topic> topics) {
  public MeetingRecord {
    topics = List.copyOf(topics);
  }

  /**
   * One topic: {@code kind} riskiest, cycle or action; {@code topic} the issue key (a cycle: its
   * keys sorted, space-separated); the item's {@code risk} and {@code date} then; open then.
   */
  public record Topic(
      String kind, String topic, @Nullable Double risk, @Nullable LocalDate date, boolean open) {}
}
