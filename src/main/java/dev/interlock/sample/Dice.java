package dev.interlock.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of randomness: a {@link SplittableRandom} per stream, derived from the seed and a
 * stream number, so that one part of the generation cannot shift another's choices.
 */
final class Dice {
  private final SplittableRandom random;

  Dice(long seed, long stream) {
    this.random = new SplittableRandom(mix(seed ^ mix(stream + 0x632BE59BD9B4E019L)));
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number in {@code [low, high]}, both inclusive. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** A number in {@code [low, high)}. */
  double uniform(double low, double high) {
    return low + random.nextDouble() * (high - low);
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An index chosen with the given relative weights. */
  int weighted(int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    throw new AssertionError("weights are positive");
  }

  /** {@code length} lower-case hexadecimal digits. */
  String hex(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(Character.forDigit(random.nextInt(16), 16));
    }
    return out.toString();
  }

  // Stafford's variant 13 of the MurmurHash3 finalizer: nearby seeds give unrelated streams.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
