package dev.interlock.graph;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jspecify.annotations.Nullable;

/**
 * Finds open issues that wait on each other in a circle: the strongly connected groups (two or more
 * issues) of the graph restricted to open issues. A cycle is a finding for the agenda, never an
 * error. Findings are sorted by their smallest key.
 */
public final class CycleDetector {
  static final String NO_TEAM = "(no team)";

  private final DependencyGraph graph;
  private @Nullable List<CycleFinding> findings;

  public CycleDetector(DependencyGraph graph) {
    this.graph = graph;
  }

  /** The cycles among open issues; computed once. */
  public List<CycleFinding> findings() {
    if (findings == null) {
      findings = compute();
    }
    return findings;
  }

  private List<CycleFinding> compute() {
    Set<IssueKey> open = new TreeSet<>();
    graph.nodes().stream().filter(GraphNode::isOpen).forEach(n -> open.add(n.key()));
    Graph<IssueKey, Dependency> openGraph = new AsSubgraph<>(graph.jgraph(), open);
    List<CycleFinding> result = new ArrayList<>();
    for (Set<IssueKey> group :
        new KosarajuStrongConnectivityInspector<>(openGraph).stronglyConnectedSets()) {
      if (group.size() > 1) {
        result.add(finding(openGraph, new TreeSet<>(group)));
      }
    }
    result.sort(Comparator.comparing(f -> f.members().get(0)));
    return List.copyOf(result);
  }

  private CycleFinding finding(Graph<IssueKey, Dependency> openGraph, TreeSet<IssueKey> members) {
    Set<String> teams = new TreeSet<>();
    for (IssueKey k : members) {
      String team = graph.teamOf(k);
      teams.add(team == null ? NO_TEAM : team);
    }
    return new CycleFinding(
        List.copyOf(members), shortestCycle(openGraph, members), List.copyOf(teams));
  }

  /** Breadth-first from the smallest key back to itself, inside the group, smallest keys first. */
  private static List<IssueKey> shortestCycle(
      Graph<IssueKey, Dependency> g, TreeSet<IssueKey> members) {
    IssueKey start = members.first();
    Map<IssueKey, IssueKey> cameFrom = new HashMap<>();
    Deque<IssueKey> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      IssueKey at = queue.removeFirst();
      for (IssueKey next : successors(g, at, members)) {
        if (next.equals(start)) {
          return pathBack(cameFrom, at, start);
        }
        if (!cameFrom.containsKey(next)) {
          cameFrom.put(next, at);
          queue.addLast(next);
        }
      }
    }
    throw new IllegalStateException("strongly connected group without a cycle: " + members);
  }

  private static List<IssueKey> successors(
      Graph<IssueKey, Dependency> g, IssueKey at, Set<IssueKey> members) {
    Set<IssueKey> next = new TreeSet<>();
    g.outgoingEdgesOf(at).stream()
        .map(Dependency::blocked)
        .filter(members::contains)
        .forEach(next::add);
    return List.copyOf(next);
  }

  private static List<IssueKey> pathBack(
      Map<IssueKey, IssueKey> cameFrom, IssueKey last, IssueKey start) {
    Deque<IssueKey> path = new ArrayDeque<>();
    for (IssueKey k = last; !k.equals(start); k = cameFrom.get(k)) {
      path.addFirst(k);
    }
    path.addFirst(start);
    return List.copyOf(path);
  }
}
