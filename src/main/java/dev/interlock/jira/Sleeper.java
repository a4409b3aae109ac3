package dev.interlock.jira;

import java.time.Duration;

/** Waits between retries. A seam so tests record the waits instead of spending them. */
@FunctionalInterface
public interface Sleeper {
  /** Really sleeps. */
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
