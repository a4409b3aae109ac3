package dev.interlock.config;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When the Scrum of Scrums meets: on {@code days} at {@code time} in {@code zone} (e.g. Mondays and
 * Thursdays at 09:30, Europe/Berlin). Gives the next meeting after a moment and the last one at or
 * before it, across daylight-saving changes (a local time that does not exist that day is moved on
 * as {@link ZonedDateTime#of} does).
 */
public record MeetingSchedule(Set<DayOfWeek> days, LocalTime time, ZoneId zone) {
  public MeetingSchedule {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one day");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
  }

  public static MeetingSchedule of(List<DayOfWeek> days, LocalTime time, ZoneId zone) {
    return new MeetingSchedule(EnumSet.copyOf(days), time, zone);
  }

  /** The first meeting strictly after {@code t}. */
  public ZonedDateTime next(Instant t) {
    LocalDate day = LocalDate.ofInstant(t, zone);
    for (int i = 0; i <= 7; i++) {
      ZonedDateTime slot = ZonedDateTime.of(day.plusDays(i), time, zone);
      if (days.contains(slot.getDayOfWeek()) && slot.toInstant().isAfter(t)) {
        return slot;
      }
    }
    throw new IllegalStateException("no meeting within a week of " + t);
  }

  /** The last meeting at or before {@code t}. */
  public ZonedDateTime previous(Instant t) {
    LocalDate day = LocalDate.ofInstant(t, zone);
    for (int i = 0; i <= 7; i++) {
      ZonedDateTime slot = ZonedDateTime.of(day.minusDays(i), time, zone);
      if (days.contains(slot.getDayOfWeek()) && !slot.toInstant().isAfter(t)) {
        return slot;
      }
    }
    throw new IllegalStateException("no meeting within a week before " + t);
  }
}
