package dev.interlock.graph;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Skip;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;

/**
 * The issue-level dependency graph: vertices are issue keys, edges point from blocker to blocked.
 * Built by {@link DependencyGraphBuilder}; immutable once built. Every list it returns is sorted
 * (by key, then link id) so reports are deterministic.
 */
public final class DependencyGraph {
  private static final Comparator<Dependency> EDGE_ORDER =
      Comparator.comparing(Dependency::blocker)
          .thenComparing(Dependency::blocked)
          .thenComparing(Dependency::linkId);

  private final Graph<IssueKey, Dependency> graph;
  private final Map<IssueKey, GraphNode> nodes;
  private final List<GraphNode> sortedNodes;
  private @Nullable List<Dependency> sortedEdges;
  private final List<Skip> skipped;
  private final List<String> warnings;

  DependencyGraph(
      Graph<IssueKey, Dependency> graph,
      Map<IssueKey, GraphNode> nodes,
      List<Skip> skipped,
      List<String> warnings) {
    this.graph = graph;
    this.nodes = new HashMap<>(nodes);
    this.sortedNodes =
        nodes.values().stream().sorted(Comparator.comparing(GraphNode::key)).toList();
    this.skipped = List.copyOf(skipped);
    this.warnings = List.copyOf(warnings);
  }

  /** The JGraphT view, for analyses in this package and in {@code risk}. Do not modify it. */
  public Graph<IssueKey, Dependency> jgraph() {
    return graph;
  }

  /** All vertices in key order, snapshot issues and issues seen only through links. */
  public Collection<GraphNode> nodes() {
    return sortedNodes;
  }

  public Optional<GraphNode> findNode(IssueKey key) {
    return Optional.ofNullable(nodes.get(key));
  }

  public GraphNode requireNode(IssueKey key) {
    return findNode(key)
        .orElseThrow(() -> new IllegalArgumentException("issue not in the graph: " + key));
  }

  /** Every dependency, sorted by blocker, blocked, link id. */
  public List<Dependency> dependencies() {
    if (sortedEdges == null) {
      sortedEdges = graph.edgeSet().stream().sorted(EDGE_ORDER).toList();
    }
    return sortedEdges;
  }

  /** True when both ends have a team and the teams differ, or exactly one end has a team. */
  public boolean isCrossTeam(Dependency d) {
    return !Objects.equals(teamOf(d.blocker()), teamOf(d.blocked()));
  }

  public List<Dependency> crossTeamDependencies() {
    return dependencies().stream().filter(this::isCrossTeam).toList();
  }

  /** The owning team, or null when no team owns the issue or it is not in the graph. */
  public @Nullable String teamOf(IssueKey key) {
    GraphNode node = nodes.get(key);
    return node == null ? null : node.team();
  }

  /** Dependencies whose blocked side is {@code key}: what it waits on. */
  public List<Dependency> blockersOf(IssueKey key) {
    return graph.incomingEdgesOf(key).stream().sorted(EDGE_ORDER).toList();
  }

  /** Dependencies whose blocker side is {@code key}: what waits on it. */
  public List<Dependency> dependentsOf(IssueKey key) {
    return graph.outgoingEdgesOf(key).stream().sorted(EDGE_ORDER).toList();
  }

  /** The open issues that wait on {@code key} directly, each once. Sorted. */
  public Set<IssueKey> openDependents(IssueKey key) {
    Set<IssueKey> open = new TreeSet<>();
    for (Dependency d : graph.outgoingEdgesOf(key)) {
      if (nodes.get(d.blocked()).isOpen()) {
        open.add(d.blocked());
      }
    }
    return open;
  }

  /**
   * Every open issue that waits on {@code key}, directly or through a chain of open issues,
   * excluding {@code key} itself. Sorted.
   */
  public Set<IssueKey> openDownstream(IssueKey key) {
    Set<IssueKey> seen = new TreeSet<>();
    Deque<IssueKey> todo = new ArrayDeque<>(List.of(key));
    while (!todo.isEmpty()) {
      for (Dependency d : graph.outgoingEdgesOf(todo.pop())) {
        IssueKey next = d.blocked();
        if (!next.equals(key) && nodes.get(next).isOpen() && seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return seen;
  }

  /**
   * Of {@code keys}, the one with the earliest commitment (ties by key); empty when none has one.
   */
  public Optional<IssueKey> earliestCommitted(Collection<IssueKey> keys) {
    return keys.stream()
        .filter(k -> requireNode(k).commitment().isPresent())
        .min(
            Comparator.comparing((IssueKey k) -> requireNode(k).commitment().orElseThrow().date())
                .thenComparing(k -> k));
  }

  /** What was left out while building, e.g. links of unknown types, self-links. */
  public List<Skip> skipped() {
    return skipped;
  }

  /** Things the user should know about the data, e.g. link types inferred from their verbs. */
  public List<String> warnings() {
    return warnings;
  }
}
