package dev.interlock.graph;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jspecify.annotations.Nullable;

/**
 * Where cross-team waits pile up. Teams: betweenness on the graph of open team-to-team waits (a
 * hundred vertices at most, so the quadratic algorithm is cheap); issues: relays, found in one pass
 * over the dependencies (betweenness on 100,000 issues would take hours). Teams sorted by
 * betweenness, then teams waited on, most first, then name; relays by paths, most first, then key.
 */
public final class Bottlenecks {
  private final DependencyGraph graph;
  private final List<String> teams;
  private final List<TeamEdge> edges;
  private @Nullable List<TeamBottleneck> teamScores;
  private @Nullable List<IssueRelay> relays;

  public Bottlenecks(DependencyGraph graph, TeamGraph teamGraph, List<String> teams) {
    this.graph = graph;
    this.teams = List.copyOf(teams);
    this.edges = teamGraph.edges().stream().filter(e -> e.open() > 0).toList();
  }

  /** Every configured team (and any other team on an open wait); computed once. */
  public List<TeamBottleneck> teams() {
    if (teamScores == null) {
      Graph<String, DefaultEdge> waits = new DefaultDirectedGraph<>(DefaultEdge.class);
      teams.forEach(waits::addVertex);
      for (TeamEdge e : edges) {
        waits.addVertex(e.blocker());
        waits.addVertex(e.blocked());
        waits.addEdge(e.blocker(), e.blocked());
      }
      Map<String, Double> scores = new BetweennessCentrality<>(waits, false).getScores();
      List<TeamBottleneck> list = new ArrayList<>();
      for (String team : waits.vertexSet()) {
        list.add(
            new TeamBottleneck(
                team, scores.get(team), waits.inDegreeOf(team), waits.outDegreeOf(team)));
      }
      list.sort(
          Comparator.comparingDouble(TeamBottleneck::betweenness)
              .thenComparingInt(TeamBottleneck::waitedOnBy)
              .reversed()
              .thenComparing(TeamBottleneck::team));
      teamScores = List.copyOf(list);
    }
    return teamScores;
  }

  /** Open issues with open cross-team waits on both sides; computed once. */
  public List<IssueRelay> relays() {
    if (relays == null) {
      List<IssueRelay> list = new ArrayList<>();
      for (GraphNode node : graph.nodes()) {
        if (node.isOpen()) {
          int in = openCrossTeam(graph.jgraph().incomingEdgesOf(node.key()), true);
          int out = openCrossTeam(graph.jgraph().outgoingEdgesOf(node.key()), false);
          if (in > 0 && out > 0) {
            list.add(new IssueRelay(node.key(), node.team(), in, out));
          }
        }
      }
      list.sort(
          Comparator.comparingInt(IssueRelay::paths).reversed().thenComparing(IssueRelay::key));
      relays = List.copyOf(list);
    }
    return relays;
  }

  private int openCrossTeam(Iterable<Dependency> deps, boolean blockerSide) {
    int n = 0;
    for (Dependency d : deps) {
      IssueKey other = blockerSide ? d.blocker() : d.blocked();
      n += graph.isCrossTeam(d) && graph.requireNode(other).isOpen() ? 1 : 0;
    }
    return n;
  }
}
