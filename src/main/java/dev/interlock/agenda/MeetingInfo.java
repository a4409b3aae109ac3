package dev.interlock.agenda;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The meeting the agenda is for and the moment it describes. {@code data} says when and how the
 * snapshot was pulled and which team it lacks ({@code "pulled 2026-11-16 02:00 UTC (incremental);
 * not pulled: Data"}), when the snapshot's {@code pull.json} tells; else null.
 */
public record MeetingInfo(
    String name,
    Instant asOf,
    int timeboxMinutes,
    int maxItems,
    int sinceDays,
    String source,
    @Nullable String data,
    @Nullable String meetingFor,
    String window) {
  /** This header with {@code data} saying how the snapshot was pulled. */
  public MeetingInfo withData(@Nullable String data) {
    return new MeetingInfo(
        name, asOf, timeboxMinutes, maxItems, sinceDays, source, data, meetingFor, window);
  }

  /** This header under another meeting name. */
  public MeetingInfo withName(String name) {
    return new MeetingInfo(
        name, asOf, timeboxMinutes, maxItems, sinceDays, source, data, meetingFor, window);
  }
}
