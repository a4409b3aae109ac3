package dev.interlock.source;

import dev.interlock.jira.JiraException;
import dev.interlock.jira.PullReport;
import dev.interlock.jira.SitePull;
import dev.interlock.jira.TeamFilter;
import dev.interlock.model.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A snapshot pulled from Jira now. The pull saves Jira's answers into {@code dir} in the offline
 * format and reads them back with {@link OfflineSource}: one parsing path for live and saved data,
 * and {@code interlock sync} is this same pull with a folder the user keeps.
 */
public final class LiveSource implements Source {
  private final SitePull pull;
  private final List<TeamFilter> teams;
  private final Path dir;
  private final String site;
  private final Clock clock;

  /** {@code site} names the origin in agendas, e.g. {@code https://acme.atlassian.net}. */
  public LiveSource(SitePull pull, List<TeamFilter> teams, Path dir, String site, Clock clock) {
    this.pull = pull;
    this.teams = List.copyOf(teams);
    this.dir = dir;
    this.site = site;
    this.clock = clock;
  }

  @Override
  public Snapshot load() throws SourceException {
    try {
      return pull().snapshot();
    } catch (JiraException e) {
      throw new SourceException(e.getMessage(), e);
    }
  }

  /**
   * Pulls and reads back.
   *
   * @throws JiraException when Jira cannot be reached, refuses the credentials, or every team
   *     failed
   * @throws SourceException when the saved folder cannot be written or read back
   */
  public LivePull pull() throws JiraException, SourceException {
    PullReport report;
    try {
      report = pull.pull(teams, dir);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new SourceException("cannot save the pull in " + dir + ": " + e.getMessage(), e);
    }
    Snapshot saved = new OfflineSource(dir).load();
    Snapshot live =
        new Snapshot(
            "Jira " + site,
            clock.instant(),
            saved.issues(),
            saved.linkTypes(),
            saved.skipped(),
            saved.siteUrl());
    return new LivePull(live, report);
  }
}
