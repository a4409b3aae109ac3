package dev.interlock.graph;

import dev.interlock.model.Dependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Teams as vertices; an edge from team A to team B weighted by how many dependencies make B wait on
 * A. Only dependencies with a team at both ends take part. Edges are listed heaviest first, then by
 * team names.
 */
public final class TeamGraph {
  private final Graph<String, DefaultWeightedEdge> graph =
      new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
  private final List<TeamEdge> edges;

  public TeamGraph(DependencyGraph dependencies, List<String> teamNames) {
    teamNames.forEach(graph::addVertex);
    Map<List<String>, int[]> counts =
        new TreeMap<>(
            Comparator.comparing((List<String> l) -> l.get(0)).thenComparing(l -> l.get(1)));
    for (Dependency d : dependencies.crossTeamDependencies()) {
      String from = dependencies.teamOf(d.blocker());
      String to = dependencies.teamOf(d.blocked());
      if (from == null || to == null) {
        continue;
      }
      int[] c = counts.computeIfAbsent(List.of(from, to), k -> new int[2]);
      c[0]++;
      boolean open =
          dependencies.requireNode(d.blocker()).isOpen()
              && dependencies.requireNode(d.blocked()).isOpen();
      c[1] += open ? 1 : 0;
    }
    List<TeamEdge> list = new ArrayList<>();
    counts.forEach(
        (pair, c) -> {
          graph.addVertex(pair.get(0));
          graph.addVertex(pair.get(1));
          graph.setEdgeWeight(graph.addEdge(pair.get(0), pair.get(1)), c[0]);
          list.add(new TeamEdge(pair.get(0), pair.get(1), c[0], c[1]));
        });
    list.sort(
        Comparator.comparingInt(TeamEdge::dependencies)
            .reversed()
            .thenComparing(TeamEdge::blocker)
            .thenComparing(TeamEdge::blocked));
    this.edges = List.copyOf(list);
  }

  /** The JGraphT view, for analyses. Do not modify it. */
  public Graph<String, DefaultWeightedEdge> jgraph() {
    return graph;
  }

  public List<TeamEdge> edges() {
    return edges;
  }
}
