package dev.interlock.graph;

import java.util.List;

/**
 * A suggested split of the teams into meetings of at most {@code maxTeams}: {@code needed} is false
 * (and there is one group) when all teams fit in one meeting. {@code betweenGroups} are the open
 * team-to-team waits that cross groups: the agenda of the meeting above them.
 */
public record MeetingSplit(
    boolean needed, int maxTeams, List<MeetingGroup> groups, List<TeamEdge> betweenGroups) {
  public MeetingSplit {
    groups = List.copyOf(groups);
    betweenGroups = List.copyOf(betweenGroups);
  }

  /** Open dependencies inside groups. */
  public int insideWeight() {
    return groups.stream().mapToInt(MeetingGroup::insideWeight).sum();
  }

  /** Open dependencies between groups. */
  public int betweenWeight() {
    return betweenGroups.stream().mapToInt(TeamEdge::open).sum();
  }
}
