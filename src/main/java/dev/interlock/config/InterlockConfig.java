package dev.interlock.config;

import dev.interlock.model.LinkRule;
import dev.interlock.model.Team;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A validated configuration. Relative paths in the file are resolved against the directory of the
 * configuration file, so cron can run Interlock from anywhere. {@code linkTypes} keeps the file's
 * order and is keyed by the link type's name exactly as Jira reports it.
 */
public record InterlockConfig(
    Path file,
    @Nullable JiraSettings jira,
    SourceSettings source,
    List<Team> teams,
    Map<String, LinkRule> linkTypes,
    MeetingSettings meeting,
    AnalysisSettings analysis,
    OutputSettings output,
    StateSettings state,
    SyncSettings sync,
    PublishSettings publish) {

  public InterlockConfig {
    if (teams.isEmpty()) {
      throw new IllegalArgumentException("no teams");
    }
    if (jira == null && source.offline() == null) {
      throw new IllegalArgumentException("no source: neither jira nor source.offline is set");
    }
    teams = List.copyOf(teams);
    linkTypes = Collections.unmodifiableMap(new LinkedHashMap<>(linkTypes));
  }
}
