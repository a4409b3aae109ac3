package dev.interlock.risk;

import java.time.LocalDate;

/**
 * The outcomes known at T that a model as of T learns from ({@link TrainingSet}): {@code count}
 * open commitments seen at past moments, each of which fell due before {@code dueBefore} (T's day,
 * UTC), {@code slipped} of them late. An item open at several past moments counts once per moment,
 * so the {@code count} outcomes come from {@code items} distinct items.
 */
public record KnownOutcomes(LocalDate dueBefore, int count, int slipped, int items) {
  public KnownOutcomes {
    if (slipped < 0 || slipped > count) {
      throw new IllegalArgumentException(
          "need 0 <= slipped <= count: slipped " + slipped + ", count " + count);
    }
    if (items < 0 || items > count) {
      throw new IllegalArgumentException(
          "need 0 <= items <= count: items " + items + ", count " + count);
    }
  }

  public int onTime() {
    return count - slipped;
  }
}
