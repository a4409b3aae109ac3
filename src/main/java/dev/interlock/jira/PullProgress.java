package dev.interlock.jira;

/** Hears how a long pull advances. Implementations must be thread-safe. */
public interface PullProgress {
  /** Hears nothing (cron). */
  PullProgress NONE = new PullProgress() {};

  /** {@code total} distinct issues have been pulled so far; {@code team} just got a page. */
  default void issues(String team, int total) {}

  /** A phase begins: "changelogs", "outside the teams". */
  default void phase(String name) {}
}
