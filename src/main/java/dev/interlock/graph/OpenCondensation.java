package dev.interlock.graph;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;

/**
 * The open issues with each strongly connected group collapsed to one component: a DAG, so longest
 * chains are well defined even through cycles. Components are numbered by their smallest key; each
 * lists its members sorted and its distinct blocker components. Built in time linear in the open
 * issues and dependencies. (JGraphT's {@code getCondensation()} makes a subgraph object per
 * component, which costs far more on 100,000 issues than these int arrays.)
 */
final class OpenCondensation {
  private final List<List<IssueKey>> members = new ArrayList<>();
  private final Map<IssueKey, Integer> componentOf = new HashMap<>();
  private final List<int[]> blockers = new ArrayList<>();
  private final int[] topologicalOrder;

  OpenCondensation(DependencyGraph graph) {
    Set<IssueKey> open = new TreeSet<>();
    graph.nodes().stream().filter(GraphNode::isOpen).forEach(n -> open.add(n.key()));
    Graph<IssueKey, Dependency> openGraph = new AsSubgraph<>(graph.jgraph(), open);
    List<TreeSet<IssueKey>> groups = new ArrayList<>();
    new KosarajuStrongConnectivityInspector<>(openGraph)
        .stronglyConnectedSets()
        .forEach(s -> groups.add(new TreeSet<>(s)));
    groups.sort((a, b) -> a.first().compareTo(b.first()));
    for (TreeSet<IssueKey> group : groups) {
      group.forEach(k -> componentOf.put(k, members.size()));
      members.add(List.copyOf(group));
    }
    for (List<IssueKey> group : members) {
      blockers.add(blockersOf(openGraph, group));
    }
    topologicalOrder = sortTopologically();
  }

  int size() {
    return members.size();
  }

  int componentOf(IssueKey key) {
    Integer c = componentOf.get(key);
    if (c == null) {
      throw new IllegalArgumentException("not an open issue: " + key);
    }
    return c;
  }

  List<IssueKey> members(int component) {
    return members.get(component);
  }

  /** The distinct components whose members block a member of {@code component}. */
  int[] blockers(int component) {
    return blockers.get(component);
  }

  /** Every component after all of its blockers. */
  int[] topologicalOrder() {
    return topologicalOrder.clone();
  }

  /** Kahn's algorithm on the components. */
  private int[] sortTopologically() {
    int n = members.size();
    int[] waitingOn = new int[n];
    List<List<Integer>> dependents = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      dependents.add(new ArrayList<>());
    }
    for (int c = 0; c < n; c++) {
      waitingOn[c] = blockers.get(c).length;
      for (int b : blockers.get(c)) {
        dependents.get(b).add(c);
      }
    }
    Deque<Integer> ready = new ArrayDeque<>();
    for (int c = 0; c < n; c++) {
      if (waitingOn[c] == 0) {
        ready.add(c);
      }
    }
    int[] order = new int[n];
    for (int i = 0; !ready.isEmpty(); i++) {
      int c = ready.removeFirst();
      order[i] = c;
      for (int d : dependents.get(c)) {
        if (--waitingOn[d] == 0) {
          ready.add(d);
        }
      }
    }
    return order;
  }

  private int[] blockersOf(Graph<IssueKey, Dependency> openGraph, List<IssueKey> group) {
    int self = componentOf.get(group.get(0));
    Set<Integer> found = new LinkedHashSet<>();
    for (IssueKey k : group) {
      for (Dependency d : openGraph.incomingEdgesOf(k)) {
        int c = componentOf.get(d.blocker());
        if (c != self) {
          found.add(c);
        }
      }
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }
}
