package dev.interlock.jira;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Jira's date formats. The platform API writes {@code 2011-08-05T20:12:22.634-0500} (offset without
 * a colon, which {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} rejects); Agile and Cloud sprint
 * objects write {@code 2023-02-13T15:12:39.565Z} or {@code …+02:00}; the bulk changelog writes
 * epoch milliseconds; {@code duedate} and {@code releaseDate} are plain {@code yyyy-MM-dd}.
 */
public final class JiraDates {
  static final DateTimeFormatter DATE_TIME =
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
    String s = text.strip();
    Instant common = parseCommon(s);
    if (common != null) {
      return common;
    }
    try {
      return OffsetDateTime.parse(s, DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "not a Jira date-time (expected like 2011-08-05T20:12:22.634-0500): \"" + text + "\"", e);
    }
  }

  /**
   * The common shape {@code yyyy-MM-ddTHH:mm:ss[.f…]} with {@code Z}, {@code ±HHMM} or {@code
   * ±HH:MM}, read by hand (the formatter costs a few microseconds a date, a seventh of reading
   * 100,000 issues); null for any other text or any value out of range, which the formatter then
   * reads or rejects as before, so both paths give the same instant.
   */
  static @Nullable Instant parseCommon(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T') {
      return null;
    }
    if (s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i - start < 1 || i - start > 9) {
        return null;
      }
      nanos = number(s, start, i - start) * (int) Math.pow(10, 9 - (i - start));
    }
    int offsetSeconds = offsetSeconds(s, i);
    int[] f = {
      number(s, 0, 4),
      number(s, 5, 2),
      number(s, 8, 2),
      number(s, 11, 2),
      number(s, 14, 2),
      number(s, 17, 2)
    };
    if (offsetSeconds == Integer.MIN_VALUE || Arrays.stream(f).anyMatch(v -> v < 0)) {
      return null;
    }
    try {
      return LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], nanos)
          .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The offset at {@code i} to the end in seconds, or MIN_VALUE when it is not in a known form. */
  private static int offsetSeconds(String s, int i) {
    int rest = s.length() - i;
    if (rest == 1 && s.charAt(i) == 'Z') {
      return 0;
    }
    char sign = rest == 5 || rest == 6 ? s.charAt(i) : ' ';
    if (sign != '+' && sign != '-' || rest == 6 && s.charAt(i + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    int hours = number(s, i + 1, 2);
    int minutes = number(s, i + rest - 2, 2);
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  /** The decimal number of {@code len} digits at {@code start}, or -1 if one is not a digit. */
  private static int number(String s, int start, int len) {
    int v = 0;
    for (int k = start; k < start + len; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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
