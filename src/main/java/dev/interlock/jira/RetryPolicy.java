package dev.interlock.jira;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * When and how long to wait before resending a request that got 429, or 503 (or a lost connection):
 * at least what the server asks ({@code Retry-After}, else {@code X-RateLimit-Reset}), else {@code
 * baseDelay} doubled per attempt, times a jitter factor, never more than {@code maxDelay}; at most
 * {@code maxRetries} times.
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {
  /** Four retries from 2 s, as Atlassian recommends; a minute at most per wait. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(60));

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException(
          "delays not 0 <= baseDelay <= maxDelay: " + baseDelay + ", " + maxDelay);
    }
  }

  /**
   * The wait before retry number {@code retry} (1-based): {@code baseDelay} doubled per earlier
   * retry, capped at {@code maxDelay}, times {@code jitter}; but never less than what the server
   * asked for ({@code serverAsked}, null when it said nothing).
   */
  public Duration delay(int retry, @Nullable Duration serverAsked, double jitter) {
    long backoff = Math.min(baseDelay.toMillis() << Math.min(retry - 1, 20), maxDelay.toMillis());
    long millis = Math.round(backoff * jitter);
    if (serverAsked != null) {
      millis = Math.max(millis, serverAsked.toMillis());
    }
    return Duration.ofMillis(millis);
  }
}
