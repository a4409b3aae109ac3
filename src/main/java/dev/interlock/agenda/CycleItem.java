package dev.interlock.agenda;

import java.util.List;

/**
 * Issues that wait on each other in a circle: {@code path} walks one cycle (first key repeated at
 * the end is implied), {@code issues} lists every issue of the strongly connected group.
 */
public record CycleItem(
    List<IssueRef> issues, List<String> path, List<String> teams, String reason) {
  public CycleItem {
    issues = List.copyOf(issues);
    path = List.copyOf(path);
    teams = List.copyOf(teams);
  }
}
