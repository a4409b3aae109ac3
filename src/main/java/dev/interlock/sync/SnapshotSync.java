package dev.interlock.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlock.jira.JiraException;
import dev.interlock.jira.PullReport;
import dev.interlock.jira.PullScope;
import dev.interlock.jira.SitePull;
import dev.interlock.jira.TeamFailure;
import dev.interlock.jira.TeamFilter;
import dev.interlock.model.IssueKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Brings a snapshot folder up to date and swaps the result in only when it is complete. The first
 * pull, a pull asked to be full, or one whose folder came from another site, fetches everything.
 * Otherwise each team is asked only for the issues updated since its last successful pull minus the
 * overlap; those replace their old copies and every other issue is kept from the previous snapshot.
 * Every {@code fullEvery} the pull also sweeps each team's keys and drops the issues that were
 * deleted or left every team's scope, and fetches again the issues outside the teams.
 */
public final class SnapshotSync {
  /** Issues per page in the kept pages. */
  static final int KEPT_PAGE = 100;

  private final SitePull pull;
  private final List<TeamFilter> teams;
  private final String site;
  private final String flavor;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * What a sync did: its record (in {@code pull.json} when swapped in) and the pull's report.
   * {@code kept}: a team failed and the previous snapshot was kept as it was instead of the
   * incomplete pull.
   */
  public record Result(PullRecord record, PullReport report, boolean kept) {
    public boolean isPartial() {
      return !report.failures().isEmpty();
    }
  }

  public SnapshotSync(
      SitePull pull, List<TeamFilter> teams, String site, String flavor, Clock clock) {
    this.pull = pull;
    this.teams = List.copyOf(teams);
    this.site = site;
    this.flavor = flavor;
    this.clock = clock;
  }

  /**
   * Pulls into a new folder beside {@code target} and swaps it in. A failure of any kind leaves
   * {@code target} exactly as it was.
   *
   * @throws JiraException when Jira cannot be reached, refuses the credentials, or every team
   *     failed
   */
  public Result run(Path target, boolean full, Duration overlap, Duration fullEvery)
      throws JiraException, IOException {
    Instant started = clock.instant();
    Optional<PullRecord> previous = full ? Optional.empty() : usable(SnapshotSwap.readable(target));
    boolean incremental = previous.isPresent();
    boolean sweep =
        incremental
            && Duration.between(previous.get().lastSweepAt(), started).compareTo(fullEvery) >= 0;
    PreviousSnapshot before =
        incremental
            ? PreviousSnapshot.read(SnapshotSwap.readable(target), json)
            : new PreviousSnapshot();
    Path staging = SnapshotSwap.stage(target);
    try {
      Merge merge = new Merge(before, sweep, incremental ? previous.get().invisible() : List.of());
      PullScope scope =
          new PullScope(
              incremental ? since(previous.get(), overlap) : Map.of(), sweep, merge::outside);
      PullReport report = pull.pull(teams, staging, scope);
      PullRecord record =
          incremental
              ? merge.write(staging, report, started, previous.get())
              : record(
                  report,
                  started,
                  PullRecord.FULL,
                  true,
                  started,
                  fullCounts(report),
                  Map.of(),
                  report.invisible());
      if (!report.failures().isEmpty() && Files.isDirectory(SnapshotSwap.readable(target))) {
        // Incomplete: the previous snapshot stays, byte for byte, for every team.
        SnapshotSwap.discard(staging);
        return new Result(record, report, true);
      }
      record.write(staging);
      SnapshotSwap.commit(staging, target);
      return new Result(record, report, false);
    } catch (JiraException | IOException | RuntimeException | Error e) {
      SnapshotSwap.discard(staging);
      throw e;
    }
  }

  /** The previous record, when it is of this site; a folder of another site is pulled in full. */
  private Optional<PullRecord> usable(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    return PullRecord.read(dir).filter(r -> r.site().equals(site));
  }

  /** Each team's start: its last successful pull minus the overlap; new teams have none. */
  private static Map<String, Instant> since(PullRecord previous, Duration overlap) {
    Map<String, Instant> since = new HashMap<>();
    for (PullRecord.TeamPull t : previous.teams()) {
      if (t.since() != null) {
        since.put(t.team(), t.since().minus(overlap));
      }
    }
    return since;
  }

  private PullRecord record(
      PullReport report,
      Instant started,
      String mode,
      boolean swept,
      Instant lastSweep,
      PullRecord.Counts counts,
      Map<String, PullRecord.TeamPull> before,
      List<String> invisible) {
    Map<String, TeamFailure> failed = new HashMap<>();
    report.failures().forEach(f -> failed.put(f.team(), f));
    List<PullRecord.TeamPull> outcomes = new ArrayList<>();
    for (TeamFilter t : teams) {
      TeamFailure f = failed.get(t.team());
      PullRecord.TeamPull earlier = before.get(t.team());
      outcomes.add(
          f == null
              ? new PullRecord.TeamPull(
                  t.team(), "pulled", report.teamIssues().getOrDefault(t.team(), 0), started, null)
              : new PullRecord.TeamPull(
                  t.team(),
                  "failed",
                  f.issuesPulled(),
                  earlier == null ? null : earlier.since(),
                  f.error().getMessage()));
    }
    return new PullRecord(
        1,
        started,
        site,
        flavor,
        mode,
        swept,
        lastSweep,
        report.timeZone(),
        outcomes,
        counts,
        invisible,
        report.requests(),
        report.retries(),
        report.elapsed().toMillis() / 1000.0);
  }

  /** The counts of a full pull: everything fetched tonight, nothing kept or removed. */
  private static PullRecord.Counts fullCounts(PullReport report) {
    return new PullRecord.Counts(
        report.issues(),
        report.issues(),
        0,
        0,
        report.outside(),
        report.invisible().size(),
        report.changelogsCompleted());
  }

  /**
   * Tonight's pages merged with what is kept from the previous snapshot. Chooses the issues outside
   * the teams once the teams are in: on a sweep night every linked one is fetched again; on other
   * nights only those the previous snapshot lacks.
   */
  private final class Merge {
    private final PreviousSnapshot before;
    private final boolean sweep;
    private Set<String> pulledTonight = Set.of();
    private @Nullable Map<String, Set<String>> swept;
    private final List<ObjectNode> keptTeam = new ArrayList<>();
    private final List<ObjectNode> keptOutside = new ArrayList<>();
    private int removed;
    private final List<String> invisibleBefore;
    private final List<String> stillInvisible = new ArrayList<>();

    Merge(PreviousSnapshot before, boolean sweep, List<String> invisibleBefore) {
      this.before = before;
      this.sweep = sweep;
      this.invisibleBefore = invisibleBefore;
    }

    List<String> outside(
        Set<String> pulled, Set<String> linked, @Nullable Map<String, Set<String>> swept) {
      this.pulledTonight = pulled;
      this.swept = swept;
      Set<String> inScope = null;
      if (swept != null && swept.size() == teams.size()) {
        inScope = new HashSet<>();
        swept.values().forEach(inScope::addAll);
      }
      keptTeam.clear();
      removed = 0;
      for (Map.Entry<String, ObjectNode> e : before.team.entrySet()) {
        if (pulled.contains(e.getKey())) {
          continue;
        }
        if (inScope != null && !inScope.contains(e.getKey())) {
          removed++;
          continue;
        }
        keptTeam.add(e.getValue());
      }
      Set<String> inSnapshot = new HashSet<>(pulled);
      keptTeam.forEach(i -> inSnapshot.add(i.path("key").asText()));
      Set<String> wanted = new TreeSet<>(IssueKey::compareText);
      wanted.addAll(linked);
      wanted.addAll(PreviousSnapshot.linked(keptTeam));
      wanted.removeAll(inSnapshot);
      keptOutside.clear();
      stillInvisible.clear();
      if (!sweep) {
        for (Map.Entry<String, ObjectNode> e : before.outside.entrySet()) {
          if (wanted.remove(e.getKey())) {
            keptOutside.add(e.getValue());
          }
        }
        // Jira would not show these last time; they are asked again on the next sweep.
        for (String key : invisibleBefore) {
          if (wanted.remove(key)) {
            stillInvisible.add(key);
          }
        }
      }
      return List.copyOf(wanted);
    }

    PullRecord write(Path staging, PullReport report, Instant started, PullRecord previous)
        throws IOException {
      // No kept outside issue is fetched again: outside() asked only for the keys it did not keep.
      PreviousSnapshot.writePages(staging, PreviousSnapshot.BASE_TEAM, keptTeam, KEPT_PAGE, json);
      PreviousSnapshot.writePages(
          staging, PreviousSnapshot.BASE_OUTSIDE, keptOutside, KEPT_PAGE, json);
      boolean sweptAll = swept != null && swept.size() == teams.size();
      Map<String, PullRecord.TeamPull> before = new HashMap<>();
      previous.teams().forEach(t -> before.put(t.team(), t));
      return record(
          report,
          started,
          PullRecord.INCREMENTAL,
          sweptAll,
          sweptAll ? started : previous.lastSweepAt(),
          new PullRecord.Counts(
              pulledTonight.size() + keptTeam.size(),
              report.issues(),
              keptTeam.size(),
              removed,
              report.outside() + keptOutside.size(),
              report.invisible().size() + stillInvisible.size(),
              report.changelogsCompleted()),
          before,
          invisible(report));
    }

    private List<String> invisible(PullReport report) {
      Set<String> all = new TreeSet<>(IssueKey::compareText);
      all.addAll(report.invisible());
      all.addAll(stillInvisible);
      return List.copyOf(all);
    }
  }
}
