package dev.interlock.agenda;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.GraphNode;
import dev.interlock.model.Commitment;
import dev.interlock.model.CommitmentKind;
import dev.interlock.model.IssueKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Makes {@link IssueRef}s from graph nodes. */
final class IssueRefs {
  private final DependencyGraph graph;

  IssueRefs(DependencyGraph graph) {
    this.graph = graph;
  }

  IssueRef of(IssueKey key) {
    GraphNode node = graph.requireNode(key);
    Optional<Commitment> c = commitment(key);
    return new IssueRef(
        key.toString(),
        node.summary(),
        node.team(),
        node.status().name(),
        node.status().category().jiraKey(),
        c.map(Commitment::date).orElse(null),
        c.filter(x -> x.kind() != CommitmentKind.DUE_DATE).map(Commitment::label).orElse(null),
        node.visible());
  }

  List<IssueRef> of(Collection<IssueKey> keys) {
    return keys.stream().sorted().map(this::of).toList();
  }

  Optional<Commitment> commitment(IssueKey key) {
    return graph.requireNode(key).commitment();
  }

  /** "CHK-9 (Checkout)", "LEGACY-4 (not visible)", "OPS-2 (no team)". */
  String named(IssueKey key) {
    return key + " (" + who(key) + ")";
  }

  /** "CHK-9 (Checkout, In Progress)". */
  String namedWithStatus(IssueKey key) {
    return key + " (" + who(key) + ", " + graph.requireNode(key).status().name() + ")";
  }

  private String who(IssueKey key) {
    GraphNode node = graph.requireNode(key);
    if (!node.visible()) {
      return "not visible";
    }
    return node.team() == null ? "no team" : node.team();
  }
}
