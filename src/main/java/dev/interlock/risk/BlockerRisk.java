package dev.interlock.risk;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Blocker risk carried along the graph: for every open issue, the highest own risk among the open
 * issues it waits on, directly or through chains of open issues. Computed once per component in
 * topological order of the condensation (strongly connected components collapsed), so each edge is
 * read once; the members of a cycle wait on each other and all share the group's maximum, their own
 * risks included. An issue that waits on nothing open has blocker risk 0.
 */
final class BlockerRisk {
  private BlockerRisk() {}

  /**
   * @param openEdges dependencies whose two ends are both open
   * @param own each open issue's own risk; issues without one count as 0
   * @return the blocker risk of every issue that waits on something open
   */
  static Map<IssueKey, Double> propagate(
      Collection<Dependency> openEdges, Map<IssueKey, Double> own) {
    Graph<IssueKey, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (Dependency d : openEdges) {
      g.addVertex(d.blocker());
      g.addVertex(d.blocked());
      g.addEdge(d.blocker(), d.blocked());
    }
    Map<IssueKey, Double> up = new HashMap<>();
    for (Set<IssueKey> members : topologicalComponents(g)) {
      double max = 0;
      for (IssueKey v : members) {
        for (DefaultEdge e : g.incomingEdgesOf(v)) {
          IssueKey b = g.getEdgeSource(e);
          if (!members.contains(b)) {
            max = Math.max(max, Math.max(own.getOrDefault(b, 0.0), up.getOrDefault(b, 0.0)));
          }
        }
      }
      if (members.size() > 1) {
        for (IssueKey v : members) {
          max = Math.max(max, own.getOrDefault(v, 0.0));
        }
      }
      for (IssueKey v : members) {
        if (members.size() > 1 || !g.incomingEdgesOf(v).isEmpty()) {
          up.put(v, max);
        }
      }
    }
    return up;
  }

  /**
   * The strongly connected components, blockers' components first (Kahn's algorithm on the
   * condensation). Linear in the graph; JGraphT's own condensation builds one subgraph per
   * component, which is quadratic on 100,000 issues.
   */
  private static List<Set<IssueKey>> topologicalComponents(Graph<IssueKey, DefaultEdge> g) {
    List<Set<IssueKey>> sets = new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets();
    Map<IssueKey, Integer> component = new HashMap<>();
    for (int c = 0; c < sets.size(); c++) {
      for (IssueKey v : sets.get(c)) {
        component.put(v, c);
      }
    }
    List<List<Integer>> next = new ArrayList<>();
    int[] indegree = new int[sets.size()];
    for (int c = 0; c < sets.size(); c++) {
      next.add(new ArrayList<>());
    }
    for (DefaultEdge e : g.edgeSet()) {
      int from = component.get(g.getEdgeSource(e));
      int to = component.get(g.getEdgeTarget(e));
      if (from != to) {
        next.get(from).add(to);
        indegree[to]++;
      }
    }
    Deque<Integer> ready = new ArrayDeque<>();
    for (int c = 0; c < sets.size(); c++) {
      if (indegree[c] == 0) {
        ready.add(c);
      }
    }
    List<Set<IssueKey>> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      int c = ready.poll();
      order.add(sets.get(c));
      for (int d : next.get(c)) {
        if (--indegree[d] == 0) {
          ready.add(d);
        }
      }
    }
    return order;
  }
}
