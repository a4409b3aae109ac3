package dev.interlock.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One Jira project of the sample company with everything its issues draw on: people, components,
 * the sprints of its board and its fix versions. The unowned project {@code OPS} has neither
 * sprints nor versions. {@code rank} orders the teams upstream to downstream: random dependencies
 * only run from a lower rank to a higher one, so that the only cycles are the planted ones.
 */
record ProjectPlan(
    int index,
    String key,
    String name,
    String id,
    int rank,
    List<Member> people,
    List<String> components,
    List<SprintPlan> sprints,
    int activeSprint,
    List<VersionPlan> versions,
    List<String> nouns) {

  static final int NONE = -1;

  ProjectPlan {
    people = List.copyOf(people);
    components = List.copyOf(components);
    sprints = List.copyOf(sprints);
    versions = List.copyOf(versions);
    nouns = List.copyOf(nouns);
  }

  /** The person who runs the board: completes sprints, releases versions. */
  Member lead() {
    return people.get(0);
  }

  boolean hasSprints() {
    return !sprints.isEmpty();
  }

  int futureSprint() {
    return activeSprint + 1;
  }

  /** The last sprint started at or before {@code t}, or {@link #NONE}. */
  int sprintAt(Instant t) {
    int found = NONE;
    for (int i = 0; i < sprints.size() && !sprints.get(i).start().isAfter(t); i++) {
      found = i;
    }
    return found;
  }

  /** The first sprint starting after {@code t}, or {@link #NONE}. */
  int nextSprint(Instant t) {
    for (int i = 0; i < sprints.size(); i++) {
      if (sprints.get(i).start().isAfter(t)) {
        return i;
      }
    }
    return NONE;
  }

  /** The first version not yet released, or {@link #NONE}. */
  int firstUpcomingVersion() {
    for (int i = 0; i < versions.size(); i++) {
      if (!versions.get(i).released()) {
        return i;
      }
    }
    return NONE;
  }

  /** The first version released on or after {@code date} and at most two months later. */
  int versionFor(Instant expected) {
    LocalDate date = LocalDate.ofInstant(expected, ZoneOffset.UTC);
    for (int i = 0; i < versions.size(); i++) {
      LocalDate release = versions.get(i).releaseDate();
      if (!release.isBefore(date)) {
        return release.isAfter(date.plusDays(60)) ? NONE : i;
      }
    }
    return NONE;
  }
}
