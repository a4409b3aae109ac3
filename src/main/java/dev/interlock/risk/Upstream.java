package dev.interlock.risk;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.model.Dependency;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What blocker risk needs from one moment, kept small: the dependencies between open issues and the
 * features of the open issues that block something. Scored later by a first-pass model.
 */
final class Upstream {
  private final List<Dependency> openEdges = new ArrayList<>();
  private final Map<IssueKey, FeatureRow> blockerRows = new HashMap<>();

  /** No dependencies at all: blocker risk is 0 everywhere. */
  static final Upstream NONE = new Upstream();

  private Upstream() {}

  Upstream(DependencyGraph graph, FeatureExtractor features) {
    for (Dependency d : graph.jgraph().edgeSet()) {
      if (graph.requireNode(d.blocker()).isOpen() && graph.requireNode(d.blocked()).isOpen()) {
        openEdges.add(d);
        if (!blockerRows.containsKey(d.blocker())) {
          // The graph's node of a snapshot issue holds that issue (none for one outside it).
          Issue blocker = graph.requireNode(d.blocker()).issue();
          if (blocker != null && !blocker.isDone()) {
            blockerRows.put(d.blocker(), features.row(blocker));
          }
        }
      }
    }
  }

  /** The dependencies and blocker rows given, for tests. */
  Upstream(List<Dependency> openEdges, Map<IssueKey, FeatureRow> blockerRows) {
    this.openEdges.addAll(openEdges);
    this.blockerRows.putAll(blockerRows);
  }

  /** The blocker risk of every open issue that waits on something open, by {@code first}. */
  Map<IssueKey, Double> risks(RiskModel first) {
    return risks(key -> first);
  }

  /** The same, each blocker scored by the model {@code firstFor} gives for its key. */
  Map<IssueKey, Double> risks(java.util.function.Function<IssueKey, RiskModel> firstFor) {
    if (openEdges.isEmpty()) {
      return Map.of();
    }
    Map<IssueKey, Double> own = new HashMap<>();
    blockerRows.forEach((k, row) -> own.put(k, firstFor.apply(k).probability(row)));
    return BlockerRisk.propagate(openEdges, own);
  }
}
