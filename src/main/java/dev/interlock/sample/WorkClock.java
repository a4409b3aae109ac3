package dev.interlock.sample;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Office hours, so that generated activity happens on weekdays between 08:00 and 18:00 UTC. Both
 * operations are monotonic: a later input never gives an earlier result.
 */
final class WorkClock {
  static final int OPENS = 8;
  static final int CLOSES = 18;
  static final double HOURS_PER_DAY = CLOSES - OPENS;

  private WorkClock() {}

  /** The first working instant at or after {@code t}. */
  static Instant align(Instant t) {
    ZonedDateTime z = t.atZone(ZoneOffset.UTC);
    if (isWeekend(z.getDayOfWeek()) || z.getHour() >= CLOSES) {
      return opening(nextWeekday(z.toLocalDate()));
    }
    if (z.getHour() < OPENS) {
      return opening(z.toLocalDate());
    }
    return t;
  }

  /** True on weekdays from {@link #OPENS} to {@link #CLOSES}. */
  static boolean isWorking(Instant t) {
    ZonedDateTime z = t.atZone(ZoneOffset.UTC);
    return !isWeekend(z.getDayOfWeek()) && z.getHour() >= OPENS && z.getHour() < CLOSES;
  }

  /** {@code t} aligned, then moved on by {@code hours} working hours. */
  static Instant plusHours(Instant t, double hours) {
    Instant at = align(t);
    long left = Math.round(hours * 3_600_000);
    while (true) {
      Instant closing =
          at.atZone(ZoneOffset.UTC).toLocalDate().atTime(CLOSES, 0).toInstant(ZoneOffset.UTC);
      long today = Duration.between(at, closing).toMillis();
      if (left < today) {
        return at.plusMillis(left);
      }
      left -= today;
      at = opening(nextWeekday(closing.atZone(ZoneOffset.UTC).toLocalDate()));
    }
  }

  /** {@code t} moved on by {@code days} working days of {@link #HOURS_PER_DAY} hours. */
  static Instant plusDays(Instant t, double days) {
    return plusHours(t, days * HOURS_PER_DAY);
  }

  /** The given date at {@code hour}:00 UTC, moved to working time. */
  static Instant on(LocalDate date, int hour) {
    return align(date.atTime(hour, 0).toInstant(ZoneOffset.UTC));
  }

  private static Instant opening(LocalDate date) {
    return date.atTime(OPENS, 0).toInstant(ZoneOffset.UTC);
  }

  private static LocalDate nextWeekday(LocalDate date) {
    LocalDate next = date.plusDays(1);
    while (isWeekend(next.getDayOfWeek())) {
      next = next.plusDays(1);
    }
    return next;
  }

  private static boolean isWeekend(DayOfWeek day) {
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
