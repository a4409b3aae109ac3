package dev.interlock.jira;

import java.time.Duration;
import java.util.List;

/**
 * What a pull did: the teams' issues and those outside the teams fetched for their links, the
 * linked issues Jira would not show, changelogs completed, teams that failed, and the cost.
 */
public record PullReport(
    String identity,
    int issues,
    int outside,
    List<String> invisible,
    int changelogsCompleted,
    List<TeamFailure> failures,
    int requests,
    int retries,
    Duration elapsed) {

  public PullReport {
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
