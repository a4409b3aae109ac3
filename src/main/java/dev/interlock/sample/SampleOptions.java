package dev.interlock.sample;

import java.time.Instant;
import java.util.Objects;

/**
 * What the {@link SampleGenerator} generates: {@code teams} teams of {@code issuesPerTeam} issues
 * each, one Jira project per team, plus an unowned project {@code OPS} of {@link #unownedIssues()}
 * issues, with {@code months} months of history ending at {@code now}. The same options always give
 * the same bytes.
 *
 * <p>The first seven teams are Acme's (Payments, Checkout, Catalog, Identity, Mobile, Platform,
 * Data); further teams get generated names and project keys {@code T008}, {@code T009}…
 */
public record SampleOptions(long seed, int teams, int issuesPerTeam, Instant now, int months) {
  public static final int MAX_TEAMS = 999;

  /** Below this a team has no room for its epics, sub-tasks and planted scenarios. */
  public static final int MIN_ISSUES_PER_TEAM = 20;

  public static final int MAX_ISSUES_PER_TEAM = 10_000;

  /** The planted scenarios reach back ten weeks. */
  public static final int MIN_MONTHS = 3;

  /** Ten years: enough for benchmarks of long histories. */
  public static final int MAX_MONTHS = 120;

  public SampleOptions {
    Objects.requireNonNull(now, "now");
    if (teams < 1 || teams > MAX_TEAMS) {
      throw new IllegalArgumentException("teams not in [1, " + MAX_TEAMS + "]: " + teams);
    }
    if (issuesPerTeam < MIN_ISSUES_PER_TEAM || issuesPerTeam > MAX_ISSUES_PER_TEAM) {
      throw new IllegalArgumentException(
          "issuesPerTeam not in ["
              + MIN_ISSUES_PER_TEAM
              + ", "
              + MAX_ISSUES_PER_TEAM
              + "]: "
              + issuesPerTeam);
    }
    if (months < MIN_MONTHS || months > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "months not in [" + MIN_MONTHS + ", " + MAX_MONTHS + "]: " + months);
    }
  }

  /**
   * The committed sample {@code sample-data/acme}: seven teams of 82 issues, 20 in {@code OPS}, six
   * months ending on Monday 2026-11-16 at 08:00 UTC.
   */
  public static SampleOptions acme() {
    return new SampleOptions(20261116L, 7, 82, Instant.parse("2026-11-16T08:00:00Z"), 6);
  }

  /** Issues of the project {@code OPS} that no team owns: a quarter of a team's count. */
  public int unownedIssues() {
    return issuesPerTeam / 4;
  }

  /**
   * Every issue generated: the teams', the unowned project's and the meeting's action items (those
   * whose team exists).
   */
  public int totalIssues() {
    return teams * issuesPerTeam + unownedIssues() + ActionItems.count(this);
  }
}
