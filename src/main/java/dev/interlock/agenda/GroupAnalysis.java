package dev.interlock.agenda;

import dev.interlock.graph.MeetingGroup;
import dev.interlock.graph.MeetingSplit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The cross-team {@link Analysis} cut to one meeting group, or to what crosses groups. */
final class GroupAnalysis {
  private GroupAnalysis() {}

  /**
   * Findings and chains whose teams are all in {@code group}, impact of and relays through its
   * issues, its bottlenecks, lead times and matrix rows and columns; the split is the group alone.
   */
  static Analysis forGroup(Analysis a, MeetingGroup group) {
    Set<String> teams = new HashSet<>(group.teams());
    List<FindingItem> findings =
        a.findings().stream().filter(f -> teams.containsAll(f.teams())).toList();
    Map<String, Integer> leadTimes = new TreeMap<>(a.leadTimeDays());
    leadTimes.keySet().retainAll(teams);
    return new Analysis(
        counts(findings),
        findings,
        a.chains().stream().filter(c -> c.item().ownedBy(teams)).toList(),
        a.impact().stream().filter(i -> i.blocker().ownedBy(teams)).toList(),
        a.teamBottlenecks().stream().filter(b -> teams.contains(b.team())).toList(),
        a.relays().stream().filter(r -> r.issue().ownedBy(teams)).toList(),
        dsmOf(a.dsm(), teams),
        new MeetingSplit(false, a.grouping().maxTeams(), List.of(group), List.of()),
        leadTimes,
        a.defaultLeadTimeDays(),
        a.impactHorizonDays());
  }

  /**
   * Findings and chains whose teams span groups, impact reaching another group, bottlenecks and
   * relays as they are (they are about passing waits between teams), the matrix with the cells
   * inside a group emptied, and the whole split.
   */
  static Analysis aboveGroups(Analysis a, Map<String, Integer> groupOf) {
    List<FindingItem> findings =
        a.findings().stream().filter(f -> AgendaGroups.spans(groupOf, f.teams())).toList();
    return new Analysis(
        counts(findings),
        findings,
        a.chains().stream().filter(c -> AgendaGroups.spans(groupOf, c.teams())).toList(),
        a.impact().stream()
            .filter(
                i ->
                    i.otherTeams().stream()
                        .anyMatch(t -> AgendaGroups.crosses(groupOf, i.blocker().team(), t)))
            .toList(),
        a.teamBottlenecks(),
        a.relays(),
        betweenGroups(a.dsm(), groupOf),
        a.grouping(),
        a.leadTimeDays(),
        a.defaultLeadTimeDays(),
        a.impactHorizonDays());
  }

  private static Map<String, Integer> counts(List<FindingItem> findings) {
    Map<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
    return counts;
  }

  /** The rows and columns of {@code teams}, in the matrix's order. */
  private static Dsm dsmOf(Dsm dsm, Set<String> teams) {
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < dsm.teams().size(); c++) {
      if (teams.contains(dsm.teams().get(c))) {
        columns.add(c);
      }
    }
    List<Dsm.Row> rows = new ArrayList<>();
    for (Dsm.Row row : dsm.rows()) {
      if (teams.contains(row.waiting())) {
        rows.add(new Dsm.Row(row.waiting(), columns.stream().map(row.cells()::get).toList()));
      }
    }
    return new Dsm(columns.stream().map(dsm.teams()::get).toList(), rows);
  }

  /** Every row and column; a cell of two teams in the same group is empty. */
  private static Dsm betweenGroups(Dsm dsm, Map<String, Integer> groupOf) {
    List<Dsm.Row> rows = new ArrayList<>();
    for (Dsm.Row row : dsm.rows()) {
      List<Dsm.Cell> cells = new ArrayList<>();
      for (int c = 0; c < row.cells().size(); c++) {
        boolean crosses = AgendaGroups.crosses(groupOf, row.waiting(), dsm.teams().get(c));
        cells.add(crosses ? row.cells().get(c) : new Dsm.Cell(0, null));
      }
      rows.add(new Dsm.Row(row.waiting(), cells));
    }
    return new Dsm(dsm.teams(), rows);
  }
}
