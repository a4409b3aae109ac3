package dev.interlock.jira;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * Jira's date formats. The platform API writes {@code 2011-08-05T20:12:22.634-0500} (offset without
 * a colon, which {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} rejects); Agile and Cloud sprint
 * objects write {@code 2023-02-13T15:12:39.565Z} or {@code …+02:00}; the bulk changelog writes
 * epoch milliseconds; {@code duedate} and {@code releaseDate} are plain {@code yyyy-MM-dd}.
 */
public final class JiraDates {
  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private JiraDates() {}

  /**
   * Parses a Jira date-time with an offset: {@code Z}, {@code +0200} or {@code +02:00}, with or
   * without fractional seconds. A text without an offset is rejected: its instant is unknown.
   *
   * @throws IllegalArgumentException naming the text when it is not such a date-time
   */
  public static Instant parseInstant(String text) {
    try {
      return OffsetDateTime.parse(text.strip(), DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "not a Jira date-time (expected like 2011-08-05T20:12:22.634-0500): \"" + text + "\"", e);
    }
  }

  /** The instant {@code millis} milliseconds after the epoch (the bulk changelog's format). */
  public static Instant fromEpochMillis(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  /**
   * Parses a plain date such as {@code 2024-06-30}.
   *
   * @throws IllegalArgumentException naming the text when it is not a {@code yyyy-MM-dd} date
   */
  public static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "not a Jira date (expected yyyy-MM-dd): \"" + text + "\"", e);
    }
  }
}
