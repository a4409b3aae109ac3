package dev.interlock.graph;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cycles as findings: each issue-level cycle of {@link CycleDetector} (high when it spans teams,
 * else medium), and each pair of teams that wait on each other through open dependencies (medium).
 */
public final class CycleFindings {
  private final DependencyGraph graph;
  private final List<CycleFinding> cycles;
  private final TeamGraph teamGraph;

  public CycleFindings(DependencyGraph graph, List<CycleFinding> cycles, TeamGraph teamGraph) {
    this.graph = graph;
    this.cycles = List.copyOf(cycles);
    this.teamGraph = teamGraph;
  }

  /** Sorted by {@link Finding#ORDER}. */
  public List<Finding> findings() {
    List<Finding> found = new ArrayList<>();
    cycles.forEach(c -> found.add(issueCycle(c)));
    Map<List<String>, TeamEdge> open = new HashMap<>();
    teamGraph.edges().stream()
        .filter(e -> e.open() > 0)
        .forEach(e -> open.put(List.of(e.blocker(), e.blocked()), e));
    Map<List<String>, Set<IssueKey>> ends = openEndsByTeams();
    for (TeamEdge e : open.values()) {
      TeamEdge back = open.get(List.of(e.blocked(), e.blocker()));
      if (back != null && e.blocker().compareTo(e.blocked()) < 0) {
        Set<IssueKey> keys = new TreeSet<>(ends.get(List.of(e.blocker(), e.blocked())));
        keys.addAll(ends.get(List.of(e.blocked(), e.blocker())));
        found.add(mutualWait(e, back, keys));
      }
    }
    found.sort(Finding.ORDER);
    return List.copyOf(found);
  }

  private Finding issueCycle(CycleFinding c) {
    List<String> walk = new ArrayList<>();
    c.path().forEach(k -> walk.add(k.toString()));
    walk.add(c.path().get(0).toString());
    String reason = String.join(" → ", walk) + ": nobody can finish first";
    if (c.members().size() > c.path().size()) {
      reason += "; " + c.members().size() + " issues are entangled in all";
    }
    Severity severity = c.crossTeam() ? Severity.HIGH : Severity.MEDIUM;
    return new Finding(
        FindingKind.CYCLE, severity, c.members(), Teams.owning(graph, c.members()), reason + ".");
  }

  /** The issues at both ends of open dependencies, by (blocker team, blocked team). */
  private Map<List<String>, Set<IssueKey>> openEndsByTeams() {
    Map<List<String>, Set<IssueKey>> ends = new HashMap<>();
    for (Dependency d : graph.crossTeamDependencies()) {
      String from = graph.teamOf(d.blocker());
      String to = graph.teamOf(d.blocked());
      if (from != null
          && to != null
          && graph.requireNode(d.blocker()).isOpen()
          && graph.requireNode(d.blocked()).isOpen()) {
        Set<IssueKey> keys = ends.computeIfAbsent(List.of(from, to), p -> new TreeSet<>());
        keys.add(d.blocker());
        keys.add(d.blocked());
      }
    }
    return ends;
  }

  private Finding mutualWait(TeamEdge there, TeamEdge back, Set<IssueKey> keys) {
    String reason =
        there.blocked()
            + " waits on "
            + there.blocker()
            + " ("
            + there.open()
            + " open) while "
            + back.blocked()
            + " waits on "
            + back.blocker()
            + " ("
            + back.open()
            + " open): "
            + "agree which goes first.";
    return new Finding(
        FindingKind.TEAM_MUTUAL_WAIT,
        Severity.MEDIUM,
        List.copyOf(keys),
        List.of(there.blocker(), there.blocked()),
        reason);
  }
}
