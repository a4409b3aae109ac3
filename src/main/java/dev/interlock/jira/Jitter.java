package dev.interlock.jira;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The factor a backoff delay is multiplied by, so that many clients do not retry in step. Atlassian
 * recommends a random factor between 0.7 and 1.3.
 */
@FunctionalInterface
public interface Jitter {
  /** A uniform factor in [0.7, 1.3). */
  Jitter RANDOM = () -> ThreadLocalRandom.current().nextDouble(0.7, 1.3);

  /** Always 1: delays exactly as computed (tests). */
  Jitter NONE = () -> 1.0;

  double factor();
}
