package dev.interlock.graph;

import dev.interlock.model.IssueKey;
import java.util.List;

/**
 * Open issues that wait on each other in a circle. {@code members} is the whole strongly connected
 * group, sorted; {@code path} is one shortest cycle through its smallest key, in dependency order
 * (each issue blocks the next; the last blocks the first); {@code teams} sorted, with "(no team)"
 * for unowned issues.
 */
public record CycleFinding(List<IssueKey> members, List<IssueKey> path, List<String> teams) {
  public CycleFinding {
    members = List.copyOf(members);
    path = List.copyOf(path);
    teams = List.copyOf(teams);
  }

  /** True when the cycle spans more than one team. */
  public boolean crossTeam() {
    return teams.size() > 1;
  }
}
