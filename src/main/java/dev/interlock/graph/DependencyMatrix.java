package dev.interlock.graph;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The team-to-team dependency structure matrix (DSM): rows wait on columns. Counts open
 * dependencies (both ends open) between two different teams; issues without a team are left out, as
 * in {@link TeamGraph}. Cells come sorted by row, then column, in the order of {@code teams} (teams
 * not in it follow, by name).
 */
public final class DependencyMatrix {
  private final List<String> teams;
  private final List<MatrixCell> cells;

  public DependencyMatrix(DependencyGraph graph, List<String> teamOrder) {
    Map<List<String>, Set<IssueKey>> waiting = new TreeMap<>(pairOrder());
    Map<List<String>, Integer> counts = new TreeMap<>(pairOrder());
    Set<String> seen = new TreeSet<>();
    for (Dependency d : graph.crossTeamDependencies()) {
      String blocker = graph.teamOf(d.blocker());
      String blocked = graph.teamOf(d.blocked());
      boolean open =
          graph.requireNode(d.blocker()).isOpen() && graph.requireNode(d.blocked()).isOpen();
      if (blocker != null && blocked != null && open) {
        List<String> pair = List.of(blocked, blocker);
        counts.merge(pair, 1, Integer::sum);
        waiting.computeIfAbsent(pair, p -> new TreeSet<>()).add(d.blocked());
        seen.add(blocker);
        seen.add(blocked);
      }
    }
    List<String> order = new ArrayList<>(teamOrder);
    seen.stream().filter(t -> !order.contains(t)).forEach(order::add);
    this.teams = List.copyOf(order);
    List<MatrixCell> list = new ArrayList<>();
    counts.forEach(
        (pair, n) ->
            list.add(new MatrixCell(pair.get(0), pair.get(1), n, List.copyOf(waiting.get(pair)))));
    list.sort(
        Comparator.comparingInt((MatrixCell c) -> order.indexOf(c.waiting()))
            .thenComparingInt(c -> order.indexOf(c.blocker())));
    this.cells = List.copyOf(list);
  }

  /** Row and column order. */
  public List<String> teams() {
    return teams;
  }

  /** The non-empty cells. */
  public List<MatrixCell> cells() {
    return cells;
  }

  private static Comparator<List<String>> pairOrder() {
    return Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1));
  }
}
