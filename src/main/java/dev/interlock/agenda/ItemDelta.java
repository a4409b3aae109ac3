package dev.interlock.agenda;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How one of the riskiest items stands against earlier meetings: {@code status} "new" or "still
 * on"; for one still on, {@code since} the first meeting it was on and {@code meetings} how many
 * (this one included); {@code risk} "up", "down" or "same" against the last meeting it was on, with
 * {@code previousRisk} its score then.
 */
public record ItemDelta(
    String key,
    String status,
    @Nullable LocalDate since,
    int meetings,
    @Nullable String risk,
    @Nullable Double previousRisk) {
  public static final String NEW = "new";
  public static final String STILL_ON = "still on";
}
