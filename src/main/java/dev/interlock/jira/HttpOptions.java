package dev.interlock.jira;

import java.time.Duration;

/**
 * How the client talks to Jira: timeouts per connection, per read and per whole call (retries not
 * included), the retry policy, and how many requests may be in flight at once.
 */
public record HttpOptions(
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    RetryPolicy retry,
    int maxConcurrency) {

  /** Four requests at once: modest, well under Cloud's burst limits and a DC node's threads. */
  public static final int DEFAULT_MAX_CONCURRENCY = 4;

  /** 10 s to connect, 60 s per read, 120 s per call; {@link RetryPolicy#DEFAULT}. */
  public static final HttpOptions DEFAULT =
      new HttpOptions(
          Duration.ofSeconds(10),
          Duration.ofSeconds(60),
          Duration.ofSeconds(120),
          RetryPolicy.DEFAULT,
          DEFAULT_MAX_CONCURRENCY);

  public HttpOptions {
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency < 1: " + maxConcurrency);
    }
  }

  public HttpOptions withRetry(RetryPolicy policy) {
    return new HttpOptions(connectTimeout, readTimeout, callTimeout, policy, maxConcurrency);
  }

  public HttpOptions withTimeouts(Duration read, Duration call) {
    return new HttpOptions(connectTimeout, read, call, retry, maxConcurrency);
  }

  public HttpOptions withMaxConcurrency(int max) {
    return new HttpOptions(connectTimeout, readTimeout, callTimeout, retry, max);
  }
}
