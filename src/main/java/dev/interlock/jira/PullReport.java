package dev.interlock.jira;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a pull did: the teams' issues and those outside the teams fetched for their links, the
 * linked issues Jira would not show, changelogs completed, teams that failed, and the cost; the
 * account's time zone ({@code myself}; null when Jira did not say), each team's issue count, and on
 * a sweep every team's keys.
 */
public record PullReport(
    String identity,
    @Nullable String timeZone,
    Map<String, Integer> teamIssues,
    @Nullable Map<String, Set<String>> sweptKeys,
    int issues,
    int outside,
    List<String> invisible,
    int changelogsCompleted,
    List<TeamFailure> failures,
    int requests,
    int retries,
    Duration elapsed) {

  public PullReport {
    teamIssues = Map.copyOf(teamIssues);
    sweptKeys = sweptKeys == null ? null : Map.copyOf(sweptKeys);
    invisible = List.copyOf(invisible);
    failures = List.copyOf(failures);
  }

  /** One line: {@code "issues 574 (+12 outside the teams), requests 19, retries 2, 3.1 s"}. */
  public String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "issues %d (+%d outside the teams, %d not visible), changelogs completed %d, requests %d,"
            + " retries %d, time %.1f s",
        issues,
        outside,
        invisible.size(),
        changelogsCompleted,
        requests,
        retries,
        elapsed.toMillis() / 1000.0);
  }
}
