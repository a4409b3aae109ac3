package dev.interlock.graph;

import dev.interlock.model.Commitment;
import dev.interlock.model.IssueKey;
import java.util.List;

/**
 * The longest chain of open blockers behind one committed open item. {@code path} runs in
 * dependency order: the issue to finish first comes first, {@code item} last; the members of a
 * cycle on the way are all listed, sorted. {@code teams} are the owners along the path in order of
 * first appearance ({@value CycleDetector#NO_TEAM} for issues without a team). {@code daysNeeded}
 * adds one lead time per issue on the path; {@code slackDays} is the days from the as-of date to
 * the commitment minus {@code daysNeeded} (negative: the chain cannot make it).
 */
public record BlockingChain(
    IssueKey item,
    Commitment commitment,
    List<IssueKey> path,
    List<String> teams,
    int daysNeeded,
    long slackDays) {
  public BlockingChain {
    path = List.copyOf(path);
    teams = List.copyOf(teams);
    if (path.size() < 2 || !path.get(path.size() - 1).equals(item)) {
      throw new IllegalArgumentException("a chain ends with its item after a blocker: " + path);
    }
  }

  public boolean crossTeam() {
    return teams.size() > 1;
  }
}
