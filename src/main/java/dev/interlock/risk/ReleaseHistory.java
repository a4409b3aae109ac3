package dev.interlock.risk;

import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The release dates of fix versions as they were seen at the time. Jira keeps no history of a
 * version's release date, so a snapshot holds only today's, which may have been set (or moved)
 * after the fact; the state store records every distinct state of each version a pull saw, with
 * when it was first and last seen. As of T a version's date is that of the state seen most recently
 * at or before T (the one first seen latest); a version not seen by T keeps the snapshot's date.
 */
public final class ReleaseHistory {
  /** No history: every version keeps the snapshot's date. */
  public static final ReleaseHistory NONE = new ReleaseHistory(List.of());

  /** One state of one version as a pull saw it, from {@code firstSeen} to {@code lastSeen}. */
  public record Seen(
      String versionId,
      @Nullable LocalDate releaseDate,
      boolean released,
      Instant firstSeen,
      Instant lastSeen) {}

  private final Map<String, List<Seen>> byVersion = new HashMap<>();

  public ReleaseHistory(List<Seen> seen) {
    for (Seen s : seen) {
      byVersion.computeIfAbsent(s.versionId(), k -> new ArrayList<>()).add(s);
    }
    Comparator<Seen> order =
        Comparator.comparing(Seen::firstSeen)
            .thenComparing(Seen::lastSeen)
            .thenComparing(s -> String.valueOf(s.releaseDate()))
            .thenComparing(Seen::released);
    byVersion.values().forEach(l -> l.sort(order));
  }

  /** True when no version was ever seen. */
  public boolean isEmpty() {
    return byVersion.isEmpty();
  }

  /** True when some version had been seen by {@code t}. */
  public boolean seenBy(Instant t) {
    return byVersion.values().stream().anyMatch(l -> !l.get(0).firstSeen().isAfter(t));
  }

  /** The state of version {@code id} seen most recently at or before {@code t}. */
  public Optional<Seen> at(String id, Instant t) {
    Seen found = null;
    for (Seen s : byVersion.getOrDefault(id, List.of())) {
      if (!s.firstSeen().isAfter(t)) {
        found = s;
      }
    }
    return Optional.ofNullable(found);
  }

  /** {@code snapshot} with every fix version dated as it was seen at {@code t}. */
  public Snapshot asSeenAt(Snapshot snapshot, Instant t) {
    if (isEmpty()) {
      return snapshot;
    }
    List<Issue> issues = new ArrayList<>();
    for (Issue i : snapshot.issues()) {
      List<Version> versions = i.fixVersions().stream().map(v -> seen(v, t)).toList();
      issues.add(versions.equals(i.fixVersions()) ? i : i.withFixVersions(versions));
    }
    return snapshot.withIssues(snapshot.takenAt(), issues);
  }

  private Version seen(Version v, Instant t) {
    return at(v.id(), t)
        .map(s -> new Version(v.id(), v.name(), s.releaseDate(), s.released()))
        .orElse(v);
  }
}
