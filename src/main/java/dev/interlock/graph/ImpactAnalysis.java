package dev.interlock.graph;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * For every open issue that an open issue waits on: how much waits on it, through {@link
 * DependencyGraph#openDownstream}. One walk per blocker: linear in what each blocker reaches, which
 * on real boards is a handful of issues (the worst case, everything reaching everything, is
 * quadratic). Sorted by waiting issues, then other teams, then soon commitments (most first), then
 * key.
 */
public final class ImpactAnalysis {
  /** Commitments this many days ahead count as soon, by default. */
  public static final int DEFAULT_HORIZON_DAYS = 14;

  private static final Comparator<BlockerImpact> ORDER =
      Comparator.comparingInt(BlockerImpact::waitingIssues)
          .thenComparingInt(i -> i.otherTeams().size())
          .thenComparingInt(BlockerImpact::committedSoon)
          .reversed()
          .thenComparing(BlockerImpact::blocker);

  private final DependencyGraph graph;
  private final LocalDate horizon;
  private final Map<IssueKey, LocalDate> commitments = new HashMap<>();
  private @Nullable List<BlockerImpact> impacts;

  public ImpactAnalysis(DependencyGraph graph, Instant asOf, int horizonDays) {
    if (horizonDays < 0) {
      throw new IllegalArgumentException("horizonDays < 0: " + horizonDays);
    }
    this.graph = graph;
    this.horizon = LocalDate.ofInstant(asOf, ZoneOffset.UTC).plusDays(horizonDays);
  }

  /** Computed once. */
  public List<BlockerImpact> impacts() {
    if (impacts == null) {
      List<BlockerImpact> found = new ArrayList<>();
      for (GraphNode node : graph.nodes()) {
        if (node.isOpen() && hasOpenDependent(node.key())) {
          found.add(impact(node));
        }
      }
      found.sort(ORDER);
      impacts = List.copyOf(found);
    }
    return impacts;
  }

  private boolean hasOpenDependent(IssueKey key) {
    for (Dependency d : graph.jgraph().outgoingEdgesOf(key)) {
      if (graph.requireNode(d.blocked()).isOpen()) {
        return true;
      }
    }
    return false;
  }

  private BlockerImpact impact(GraphNode node) {
    Set<IssueKey> waiting = graph.openDownstream(node.key());
    int soon = 0;
    for (IssueKey k : waiting) {
      LocalDate date = commitmentOf(k);
      soon += date != null && !date.isAfter(horizon) ? 1 : 0;
    }
    List<String> others =
        Teams.owning(graph, waiting).stream().filter(t -> !Objects.equals(t, node.team())).toList();
    return new BlockerImpact(node.key(), node.team(), waiting.size(), others, soon);
  }

  private @Nullable LocalDate commitmentOf(IssueKey key) {
    if (!commitments.containsKey(key)) {
      LocalDate date = graph.requireNode(key).commitment().map(c -> c.date()).orElse(null);
      commitments.put(key, date);
    }
    return commitments.get(key);
  }
}
