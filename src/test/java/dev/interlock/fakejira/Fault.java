package dev.interlock.fakejira;

/** What the fake does to one numbered search or changelog request instead of answering it. */
public enum Fault {
  /** 429 with {@code Retry-After: 1} and a burst reason. */
  TOO_MANY_REQUESTS,
  /** 429 without Retry-After, with {@code X-RateLimit-Reset} in the past (retry at once). */
  TOO_MANY_RESET,
  /** 503 without Retry-After. */
  UNAVAILABLE,
  /** Answers, but 400 ms late. */
  SLOW,
  /** 500, every time for this team's query (see {@link FakeJira.Options#failingProject}). */
  SERVER_ERROR
}
