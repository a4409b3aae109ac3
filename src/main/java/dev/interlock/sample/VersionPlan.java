package dev.interlock.sample;

import java.time.Instant;
import java.time.LocalDate;

/** A fix version of a project: released ones lie in the past, the others in the coming weeks. */
record VersionPlan(String id, String name, LocalDate releaseDate, boolean released) {

  /** When the release was (or will be) marked released: mid-morning of its release date. */
  Instant releasedAt() {
    return WorkClock.on(releaseDate, 10);
  }
}
