package dev.interlock.sample;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a planted issue must have lived through; {@link #RANDOM} for all other issues, whose lives
 * the simulation chooses. A planted issue follows {@code steps} exactly (none: it is still To Do),
 * has the successive due dates {@code dueDates} (each later one a slip), is put into the first
 * upcoming fix version when {@code upcomingVersion}, and keeps {@code priority} when set. An {@code
 * unassigned} issue is never assigned to anyone.
 */
record Fate(
    boolean planted,
    List<Step> steps,
    List<LocalDate> dueDates,
    boolean upcomingVersion,
    @Nullable PriorityLevel priority,
    boolean unassigned) {

  static final Fate RANDOM = new Fate(false, List.of(), List.of(), false, null, false);

  Fate {
    steps = List.copyOf(steps);
    dueDates = List.copyOf(dueDates);
  }
}
