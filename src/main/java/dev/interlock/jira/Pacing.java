package dev.interlock.jira;

import java.time.Clock;

/**
 * What the client needs to wait: a {@link Sleeper}, a {@link Jitter} and a {@link Clock} (to turn
 * {@code X-RateLimit-Reset} into a wait). Tests replace all three.
 */
public record Pacing(Sleeper sleeper, Jitter jitter, Clock clock) {
  /** Real sleeps, random jitter, the system clock. */
  public static final Pacing REAL = new Pacing(Sleeper.REAL, Jitter.RANDOM, Clock.systemUTC());
}
