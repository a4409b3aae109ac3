package dev.interlock.graph;

import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Team;
import java.util.List;
import java.util.Optional;

/**
 * Which team owns an issue. Teams are tried in configuration order and the first that claims the
 * issue (by project, component or label) owns it. An issue outside the snapshot is owned by the
 * team whose projects include its project key.
 */
public final class TeamIndex {
  private final List<Team> teams;

  public TeamIndex(List<Team> teams) {
    this.teams = List.copyOf(teams);
  }

  public List<Team> teams() {
    return teams;
  }

  public Optional<String> teamOf(Issue issue) {
    return teams.stream().filter(t -> t.owns(issue)).map(Team::name).findFirst();
  }

  public Optional<String> teamOfOutside(IssueKey key) {
    return teams.stream().filter(t -> t.ownsProject(key.project())).map(Team::name).findFirst();
  }
}
