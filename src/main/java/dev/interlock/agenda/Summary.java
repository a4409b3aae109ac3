package dev.interlock.agenda;

import java.util.Map;

/**
 * The counts the command prints and {@code agenda.json} carries. {@code skipped} maps each reason
 * to how many things were left out for it, sorted by reason.
 */
public record Summary(
    int issues,
    int teams,
    int dependencies,
    int crossTeamDependencies,
    int cycles,
    int items,
    Map<String, Long> skipped) {
  public Summary {
    skipped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skipped));
  }
}
