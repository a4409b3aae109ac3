package dev.interlock.risk;

import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Sprint;
import dev.interlock.model.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Who slipped before: for every commitment whose outcome is known at T (resolved items with a
 * commitment, and open items already past theirs), whether it slipped, counted by assignee and by
 * team. Rates are shrunk toward the site's rate: (slipped + {@link #PRIOR_STRENGTH} × site rate) /
 * (count + {@link #PRIOR_STRENGTH}), so one late item does not brand a newcomer.
 */
public final class TrackRecord {
  /** How many pseudo-outcomes at the site's rate each assignee and team starts with. */
  public static final double PRIOR_STRENGTH = 5.0;

  /** The site rate used while the site itself has no known outcome yet. */
  public static final double PRIOR_SITE_RATE = 0.30;

  private final Map<String, Tally> byAssignee = new HashMap<>();
  private final Map<String, Tally> byTeam = new HashMap<>();
  private final Tally site = new Tally();

  /**
   * @param asOfT the snapshot as of T (replayed), so nothing after T counts
   * @param teamOf the team of an issue, or null
   */
  public TrackRecord(Snapshot asOfT, Instant t, Function<Issue, @Nullable String> teamOf) {
    this(asOfT, t, teamOf, new Promises());
  }

  /**
   * As above, reading each issue's promise through {@code promises}, which remembers them for the
   * issue objects of the moment before (a training set's moments share most of their issues).
   */
  TrackRecord(
      Snapshot asOfT, Instant t, Function<Issue, @Nullable String> teamOf, Promises promises) {
    LocalDate today = SlipLabeler.day(t);
    promises.nextMoment();
    for (Issue issue : asOfT.issues()) {
      Promise promise = promises.of(issue);
      LocalDate promised = promise.date();
      if (promised == null) {
        continue;
      }
      Boolean slipped = slipped(issue, promised, today, promise.moved());
      if (slipped != null) {
        LocalDate when = issue.isDone() ? SlipLabeler.day(issue.resolved()) : promised;
        add(issue, teamOf.apply(issue), new Outcome(when, issue.key().toString(), slipped));
      }
    }
  }

  private static @Nullable Boolean slipped(
      Issue issue, LocalDate promised, LocalDate today, boolean moved) {
    if (issue.isDone() && issue.resolved() != null) {
      return SlipLabeler.day(issue.resolved()).isAfter(promised) || moved;
    }
    return !issue.isDone() && promised.isBefore(today) ? Boolean.TRUE : null;
  }

  private void add(Issue issue, @Nullable String team, Outcome o) {
    site.add(o);
    if (issue.assignee() != null) {
      byAssignee.computeIfAbsent(issue.assignee().id(), k -> new Tally()).add(o);
    }
    if (team != null) {
      byTeam.computeIfAbsent(team, k -> new Tally()).add(o);
    }
  }

  /** An issue's final promise ({@link #promisedDate}) and whether it {@link #moved}. */
  record Promise(@Nullable LocalDate date, boolean moved) {}

  /**
   * The promises of the issues of the latest two moments, by identity: an issue replayed as the
   * same object at the next moment is not read again. Not thread-safe.
   */
  static final class Promises {
    private Map<Issue, Promise> previous = new IdentityHashMap<>();
    private Map<Issue, Promise> current = new IdentityHashMap<>();

    void nextMoment() {
      previous = current;
      current = new IdentityHashMap<>(previous.size());
    }

    Promise of(Issue issue) {
      Promise p = previous.get(issue);
      if (p == null) {
        LocalDate date = promisedDate(issue);
        p = new Promise(date, date != null && moved(issue));
      }
      current.put(issue, p);
      return p;
    }
  }

  /** One known outcome: when it was decided (resolution, or the missed date), and whether late. */
  record Outcome(LocalDate when, String key, boolean slipped) {}

  /** The final promise: due date, else the earliest fix-version date, else the last sprint end. */
  static @Nullable LocalDate promisedDate(Issue issue) {
    if (issue.dueDate() != null) {
      return issue.dueDate();
    }
    LocalDate best = null;
    for (Version v : issue.fixVersions()) {
      if (v.releaseDate() != null && (best == null || v.releaseDate().isBefore(best))) {
        best = v.releaseDate();
      }
    }
    if (best != null) {
      return best;
    }
    for (Sprint s : issue.sprints()) {
      if (s.end() != null && (best == null || SlipLabeler.day(s.end()).isAfter(best))) {
        best = SlipLabeler.day(s.end());
      }
    }
    return best;
  }

  /** The promise moved later or away at least once: a due date changed or a version removed. */
  static boolean moved(Issue issue) {
    return countMoves(issue) > 0 || issue.sprints().size() > 1;
  }

  /** Due-date changes from a set date, and fix versions taken off, in the issue's history. */
  static int countMoves(Issue issue) {
    int moves = 0;
    for (HistoryEvent e : issue.history()) {
      boolean due = e.field().equals("duedate") && e.from() != null;
      boolean version = e.field().equals("Fix Version") && e.from() != null;
      moves += due || version ? 1 : 0;
    }
    return moves;
  }

  /** The site's rate of slipped commitments, or {@link #PRIOR_SITE_RATE} with none known. */
  public double siteRate() {
    return site.count == 0 ? PRIOR_SITE_RATE : site.slipped / (double) site.count;
  }

  public Tally assignee(@Nullable String id) {
    return id == null ? new Tally() : byAssignee.getOrDefault(id, new Tally());
  }

  public Tally team(@Nullable String team) {
    return team == null ? new Tally() : byTeam.getOrDefault(team, new Tally());
  }

  /** The shrunk rate of a tally. */
  public double shrunk(Tally t) {
    return (t.slipped + PRIOR_STRENGTH * siteRate()) / (t.count + PRIOR_STRENGTH);
  }

  /** Known outcomes: how many, how many slipped, and the latest ones. */
  public static final class Tally {
    private int count;
    private int slipped;
    private final List<Outcome> outcomes = new ArrayList<>();

    void add(Outcome o) {
      count++;
      slipped += o.slipped() ? 1 : 0;
      outcomes.add(o);
    }

    /** Of the latest {@code n} outcomes (by decision day, ties by key): how many slipped. */
    public int slippedOfLast(int n) {
      List<Outcome> sorted = new ArrayList<>(outcomes);
      sorted.sort(Comparator.comparing(Outcome::when).thenComparing(Outcome::key).reversed());
      return (int) sorted.stream().limit(n).filter(Outcome::slipped).count();
    }

    public int count() {
      return count;
    }

    public int slipped() {
      return slipped;
    }
  }
}
