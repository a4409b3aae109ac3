package dev.interlock.jira;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * How long a 429 or 503 asks the client to wait: {@code Retry-After} (seconds or an HTTP date),
 * else {@code X-RateLimit-Reset} (an ISO-8601 instant, sometimes without seconds), else nothing.
 */
final class RetryAfter {
  private RetryAfter() {}

  static @Nullable Duration of(Response response, Instant now) {
    Duration retryAfter = retryAfter(response.header("Retry-After"), now);
    return retryAfter != null ? retryAfter : until(response.header("X-RateLimit-Reset"), now);
  }

  static @Nullable Duration retryAfter(@Nullable String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      return between(now, httpDate(value.strip()));
    }
  }

  static @Nullable Duration until(@Nullable String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return between(now, isoInstant(value.strip()));
  }

  private static @Nullable Duration between(Instant now, @Nullable Instant then) {
    if (then == null) {
      return null;
    }
    Duration wait = Duration.between(now, then);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  private static @Nullable Instant httpDate(String value) {
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // "2026-03-26T16:00Z" (no seconds) and "2025-10-08T15:00:00Z" are both seen.
  private static @Nullable Instant isoInstant(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
