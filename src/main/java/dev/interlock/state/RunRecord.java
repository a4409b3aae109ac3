package dev.interlock.state;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One run as the store keeps it: when, for which moment and meeting, from which source and
 * configuration, how each team's pull went, the agenda's counts, items and findings, the fix
 * versions the pull saw, and the exit code. {@code id} is 0 until the store assigns one.
 */
public record RunRecord(
    long id,
    Instant startedAt,
    Instant endedAt,
    Instant asOf,
    @Nullable Instant meeting,
    String configDigest,
    String source,
    String pullMode,
    int requests,
    Counts counts,
    List<TeamOutcome> teams,
    List<Item> items,
    List<FindingRecord> findings,
    List<SeenVersion> versions,
    int exitCode,
    String interlockVersion) {

  public RunRecord {
    teams = List.copyOf(teams);
    items = List.copyOf(items);
    findings = List.copyOf(findings);
    versions = List.copyOf(versions);
  }

  /** The agenda's summary counts. */
  public record Counts(
      int issues, int teams, int dependencies, int crossTeam, int cycles, int agendaItems) {}

  /** {@code outcome}: pulled, failed or offline; {@code reason} says why a team failed. */
  public record TeamOutcome(
      String team, String outcome, @Nullable Integer issues, @Nullable String reason) {}

  /** An agenda item: its section, 1-based position there, issue, risk and reasons' digest. */
  public record Item(
      String section,
      int position,
      @Nullable String issueId,
      String issueKey,
      @Nullable Double risk,
      String reasonsDigest) {}

  /** A finding: kind, severity, the issues and teams it concerns, and a digest of its text. */
  public record FindingRecord(
      String kind, String severity, List<String> issues, List<String> teams, String digest) {
    public FindingRecord {
      issues = List.copyOf(issues);
      teams = List.copyOf(teams);
    }
  }

  /** A fix version as a pull saw it. {@code releaseDate} is null when the version had none. */
  public record SeenVersion(
      String project,
      String versionId,
      String name,
      java.time.@Nullable LocalDate releaseDate,
      boolean released) {}
}
