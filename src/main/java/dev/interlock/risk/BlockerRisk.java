package dev.interlock.risk;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

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
    Graph<Graph<IssueKey, DefaultEdge>, DefaultEdge> condensation =
        new KosarajuStrongConnectivityInspector<>(g).getCondensation();
    var order = new TopologicalOrderIterator<>(condensation);
    while (order.hasNext()) {
      Set<IssueKey> members = order.next().vertexSet();
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
}
