package dev.interlock.graph;

import dev.interlock.model.IssueKey;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The teams that own a set of issues, as findings name them. */
final class Teams {
  private Teams() {}

  /** The distinct owning teams of {@code keys}, sorted; issues without a team are left out. */
  static List<String> owning(DependencyGraph graph, Collection<IssueKey> keys) {
    return keys.stream().map(graph::teamOf).filter(Objects::nonNull).distinct().sorted().toList();
  }

  /** "PAY-3 (Payments)", "LEGACY-4 (not visible)", "OPS-2 (no team)". */
  static String named(DependencyGraph graph, IssueKey key) {
    GraphNode node = graph.requireNode(key);
    String who = !node.visible() ? "not visible" : node.team() == null ? "no team" : node.team();
    return key + " (" + who + ")";
  }
}
