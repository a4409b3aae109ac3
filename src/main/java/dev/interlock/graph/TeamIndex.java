package dev.interlock.graph;

import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Team;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which team owns an issue. Teams are tried in configuration order and the first that claims the
 * issue (by project, component or label) owns it. An issue outside the snapshot is owned by the
 * team whose projects include its project key.
 */
public final class TeamIndex {
  private final List<Team> teams;
  // The first team (configuration order) claiming each project, component and label, so that
  // finding an issue's team reads its own few fields, not every team (100 teams × 100,000 issues).
  private final Map<String, Integer> byProject = new HashMap<>();
  private final Map<String, Integer> byComponent = new HashMap<>();
  private final Map<String, Integer> byLabel = new HashMap<>();

  public TeamIndex(List<Team> teams) {
    this.teams = List.copyOf(teams);
    for (int i = 0; i < this.teams.size(); i++) {
      Team t = this.teams.get(i);
      for (String p : t.projects()) {
        byProject.putIfAbsent(p, i);
      }
      for (String c : t.components()) {
        byComponent.putIfAbsent(c, i);
      }
      for (String l : t.labels()) {
        byLabel.putIfAbsent(l, i);
      }
    }
  }

  public List<Team> teams() {
    return teams;
  }

  /**
   * The first team in configuration order that owns the issue: its project, one of its components
   * or one of its labels is the team's.
   */
  public Optional<String> teamOf(Issue issue) {
    int first = byProject.getOrDefault(issue.project(), Integer.MAX_VALUE);
    for (String c : issue.components()) {
      first = Math.min(first, byComponent.getOrDefault(c, Integer.MAX_VALUE));
    }
    for (String l : issue.labels()) {
      first = Math.min(first, byLabel.getOrDefault(l, Integer.MAX_VALUE));
    }
    return first == Integer.MAX_VALUE ? Optional.empty() : Optional.of(teams.get(first).name());
  }

  public Optional<String> teamOfOutside(IssueKey key) {
    Integer first = byProject.get(key.project());
    return first == null ? Optional.empty() : Optional.of(teams.get(first).name());
  }
}
