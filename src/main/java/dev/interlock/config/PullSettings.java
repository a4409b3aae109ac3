package dev.interlock.config;

/**
 * How a live pull treats the site: requests in flight at once, issues asked per search page, the
 * read timeout in seconds, and retries of a rate-limited or failed request.
 */
public record PullSettings(int maxConcurrency, int pageSize, int timeoutSeconds, int maxRetries) {
  /** Four at once, 100 per page, 60 s, four retries. */
  public static final PullSettings DEFAULT = new PullSettings(4, 100, 60, 4);

  public static final int MAX_CONCURRENCY = 16;
  public static final int MAX_PAGE_SIZE = 5000;

  public PullSettings {
    if (maxConcurrency < 1 || maxConcurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException("maxConcurrency not in [1, 16]: " + maxConcurrency);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize not in [1, 5000]: " + pageSize);
    }
    if (timeoutSeconds < 1) {
      throw new IllegalArgumentException("timeoutSeconds < 1: " + timeoutSeconds);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
    }
  }
}
