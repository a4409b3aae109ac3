package dev.interlock.report;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.TeamLink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who waits on whom, as a square table: one row per waiting team, one column per blocker team, in
 * the agenda's team order (teams that appear only in links follow, sorted). A cell is the number of
 * open dependencies, 0 when there are none.
 */
record TeamMatrix(List<String> teams, List<Row> rows) {
  TeamMatrix {
    teams = List.copyOf(teams);
    rows = List.copyOf(rows);
  }

  /** One waiting team and, per blocker team in {@link #teams} order, how often it waits. */
  record Row(String waiting, List<Integer> counts) {
    Row {
      counts = List.copyOf(counts);
    }
  }

  static TeamMatrix of(Agenda agenda) {
    Set<String> teams = new LinkedHashSet<>(agenda.teams());
    Set<String> others = new TreeSet<>();
    for (TeamLink link : agenda.teamLinks()) {
      others.add(link.blocker());
      others.add(link.blocked());
    }
    teams.addAll(others);
    List<Row> rows = new ArrayList<>();
    for (String waiting : teams) {
      List<Integer> counts = new ArrayList<>();
      for (String blocker : teams) {
        counts.add(count(agenda.teamLinks(), blocker, waiting));
      }
      rows.add(new Row(waiting, counts));
    }
    return new TeamMatrix(List.copyOf(teams), rows);
  }

  private static int count(List<TeamLink> links, String blocker, String waiting) {
    return links.stream()
        .filter(link -> link.blocker().equals(blocker) && link.blocked().equals(waiting))
        .mapToInt(TeamLink::count)
        .sum();
  }
}
