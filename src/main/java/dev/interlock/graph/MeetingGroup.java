package dev.interlock.graph;

import java.util.List;

/**
 * Teams that should meet together; {@code insideWeight} open dependencies run between them. Teams
 * in configuration order.
 */
public record MeetingGroup(List<String> teams, int insideWeight) {
  public MeetingGroup {
    teams = List.copyOf(teams);
    if (teams.isEmpty()) {
      throw new IllegalArgumentException("empty meeting group");
    }
  }
}
