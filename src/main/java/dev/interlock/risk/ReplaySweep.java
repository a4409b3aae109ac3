package dev.interlock.risk;

import dev.interlock.model.Comment;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Sprint;
import dev.interlock.model.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The snapshot as of many moments, each issue replayed again only when something it depends on
 * happened between the moment it was last replayed for and the one asked for. The result of {@link
 * #asOf} equals {@link SnapshotReplay#asOf} for every moment, in any order; the cost of a series of
 * moments grows with the issues and their changes rather than with moments × issues.
 *
 * <p>An issue's replay as of t reads t only by comparing it with instants of its own (created,
 * updated, resolved, each change and comment), with the release day of each fix version it held
 * (released or not as of t), the start and completion of each sprint it was in (state as of t), and
 * the creation of each issue it is linked to (a link to an issue not created yet goes). Between two
 * neighbouring such instants the replay is the same, so it is kept. {@code ReplaySweepTest}
 * compares every moment with a fresh replay: a new way for {@link IssueReplay} to read t must be
 * listed in {@link #instants}.
 *
 * <p>Not thread-safe: one sweep serves one training set.
 */
final class ReplaySweep {
  private final Snapshot snapshot;
  private final IssueReplay replay;
  private final List<Issue> issues;
  private final Instant[][] instants;
  private final @Nullable Instant[] replayedFor;
  private final List<Optional<Issue>> replayed;

  ReplaySweep(Snapshot snapshot, ReplayCatalog catalog, IssueReplay replay) {
    this.snapshot = snapshot;
    this.replay = replay;
    this.issues = snapshot.issues();
    this.instants = new Instant[issues.size()][];
    this.replayedFor = new Instant[issues.size()];
    this.replayed = new ArrayList<>(issues.size());
    for (int i = 0; i < issues.size(); i++) {
      instants[i] = instants(issues.get(i), catalog);
      replayed.add(Optional.empty());
    }
  }

  /** The snapshot as of {@code t}; {@code takenAt} is {@code t}. */
  Snapshot asOf(Instant t) {
    List<Issue> result = new ArrayList<>(issues.size());
    for (int i = 0; i < issues.size(); i++) {
      Instant last = replayedFor[i];
      if (last == null || changesBetween(instants[i], last, t)) {
        replayed.set(i, replay.asOf(issues.get(i), t));
        replayedFor[i] = t;
      }
      replayed.get(i).ifPresent(result::add);
    }
    return snapshot.withIssues(t, result);
  }

  /** True when some instant x of {@code sorted} has min(a, b) < x <= max(a, b). */
  static boolean changesBetween(Instant[] sorted, Instant a, Instant b) {
    Instant lo = a.isBefore(b) ? a : b;
    Instant hi = a.isBefore(b) ? b : a;
    int i = Arrays.binarySearch(sorted, lo);
    int firstAbove = i >= 0 ? i + 1 : -i - 1;
    return firstAbove < sorted.length && !sorted[firstAbove].isAfter(hi);
  }

  /** Every instant at which the replay of {@code issue} can change, sorted, without repeats. */
  static Instant[] instants(Issue issue, ReplayCatalog catalog) {
    List<Instant> at = new ArrayList<>();
    at.add(issue.created());
    at.add(issue.updated());
    if (issue.resolved() != null) {
      at.add(issue.resolved());
    }
    issue.comments().stream().map(Comment::created).forEach(at::add);
    issue.fixVersions().forEach(v -> addRelease(at, v));
    issue.sprints().forEach(s -> addSprint(at, s));
    issue.links().forEach(l -> addCreated(at, catalog, l.other().key()));
    for (HistoryEvent e : issue.history()) {
      at.add(e.at());
      switch (e.field()) {
        case "Fix Version" -> {
          addVersion(at, catalog, e.from());
          addVersion(at, catalog, e.to());
        }
        case "Sprint" -> {
          addSprints(at, catalog, e.from());
          addSprints(at, catalog, e.to());
        }
        case "Link" -> {
          addLinked(at, catalog, e.from());
          addLinked(at, catalog, e.to());
        }
        default -> {}
      }
    }
    return at.stream().sorted().distinct().toArray(Instant[]::new);
  }

  private static void addRelease(List<Instant> at, Version v) {
    LocalDate day = v.releaseDate();
    if (day != null) {
      at.add(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
  }

  private static void addSprint(List<Instant> at, Sprint s) {
    if (s.start() != null) {
      at.add(s.start());
    }
    if (s.complete() != null) {
      at.add(s.complete());
    }
  }

  private static void addVersion(List<Instant> at, ReplayCatalog catalog, @Nullable String id) {
    if (id != null) {
      addRelease(at, catalog.version(id, id));
    }
  }

  private static void addSprints(List<Instant> at, ReplayCatalog catalog, @Nullable String ids) {
    if (ids == null) {
      return;
    }
    for (String id : ids.split(",")) {
      try {
        addSprint(at, catalog.sprint(Long.parseLong(id.strip()), id));
      } catch (NumberFormatException e) {
        // not a sprint id: the replay cannot read it either
      }
    }
  }

  private static void addLinked(List<Instant> at, ReplayCatalog catalog, @Nullable String key) {
    if (key != null && IssueKey.isKey(key)) {
      addCreated(at, catalog, IssueKey.parse(key));
    }
  }

  private static void addCreated(List<Instant> at, ReplayCatalog catalog, IssueKey key) {
    catalog.created(key).ifPresent(at::add);
  }
}
