package dev.interlock.graph;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Skip;
import dev.interlock.model.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Findings about the data itself, each naming the issues to fix in Jira: open issues in a "blocked"
 * status whose blockers are all done; links to issues nobody can see; linked issues no team owns;
 * open cross-team links with no commitment on either side; link types read from their verbs or
 * ignored; self-links; the same dependency linked twice. All low, except a link to an invisible
 * issue that an open issue waits on and a stale "blocked" status (medium). One pass over the graph.
 */
public final class DataLint {
  private final DependencyGraph graph;

  public DataLint(DependencyGraph graph) {
    this.graph = graph;
  }

  /** Sorted by {@link Finding#ORDER}. */
  public List<Finding> findings() {
    List<Finding> found = new ArrayList<>();
    for (GraphNode node : graph.nodes()) {
      nodeFinding(node, found);
    }
    linkFindings(found);
    skipFindings(found);
    found.sort(Finding.ORDER);
    return List.copyOf(found);
  }

  private void nodeFinding(GraphNode node, List<Finding> found) {
    List<Dependency> blockers = graph.blockersOf(node.key());
    List<Dependency> dependents = graph.dependentsOf(node.key());
    if (blockers.isEmpty() && dependents.isEmpty()) {
      return;
    }
    if (!node.visible()) {
      found.add(invisible(node, blockers, dependents));
    } else if (node.team() == null) {
      found.add(
          finding(
              FindingKind.UNOWNED_ISSUE,
              Severity.LOW,
              List.of(node.key()),
              node.key()
                  + " has dependencies but no team owns it; add project "
                  + node.key().project()
                  + " to a team's projects, components or labels."));
    }
    if (node.isOpen()
        && node.status().name().toLowerCase(Locale.ROOT).contains("block")
        && !blockers.isEmpty()
        && blockers.stream().allMatch(d -> !graph.requireNode(d.blocker()).isOpen())) {
      List<IssueKey> keys = new ArrayList<>(List.of(node.key()));
      blockers.forEach(d -> keys.add(d.blocker()));
      found.add(
          finding(
              FindingKind.BLOCKED_BY_DONE,
              Severity.MEDIUM,
              keys,
              node.key()
                  + " is still \""
                  + node.status().name()
                  + "\" but every issue blocking it is done; unblock it or link what really"
                  + " blocks it."));
    }
  }

  private Finding invisible(
      GraphNode node, List<Dependency> blockers, List<Dependency> dependents) {
    Set<IssueKey> partners = new TreeSet<>();
    blockers.forEach(d -> partners.add(d.blocker()));
    dependents.forEach(d -> partners.add(d.blocked()));
    boolean waitedOn = dependents.stream().anyMatch(d -> graph.requireNode(d.blocked()).isOpen());
    List<IssueKey> keys = new ArrayList<>(partners);
    keys.add(node.key());
    String names = String.join(", ", partners.stream().map(k -> Teams.named(graph, k)).toList());
    return finding(
        FindingKind.INVISIBLE_ISSUE,
        waitedOn ? Severity.MEDIUM : Severity.LOW,
        keys,
        node.key()
            + " is linked from "
            + names
            + " but is not in the snapshot (another project, or no permission); its status comes"
            + " only from the link.");
  }

  private void linkFindings(List<Finding> found) {
    Map<String, Set<IssueKey>> inferred = new TreeMap<>();
    Map<List<IssueKey>, List<Dependency>> pairs = new HashMap<>();
    for (Dependency d : graph.jgraph().edgeSet()) {
      if (d.inferred()) {
        Set<IssueKey> keys = inferred.computeIfAbsent(d.linkType(), t -> new TreeSet<>());
        keys.add(d.blocker());
        keys.add(d.blocked());
      }
      List<Dependency> same =
          pairs.computeIfAbsent(List.of(d.blocker(), d.blocked()), p -> new ArrayList<>());
      same.add(d);
      if (same.size() == 1 && graph.isCrossTeam(d) && noCommitment(d)) {
        found.add(
            finding(
                FindingKind.NO_COMMITMENT,
                Severity.LOW,
                List.of(d.blocker(), d.blocked()),
                Teams.named(graph, d.blocked())
                    + " waits on "
                    + Teams.named(graph, d.blocker())
                    + " and neither has a due date, release or sprint: nobody has promised a"
                    + " date."));
      }
    }
    inferred.forEach(
        (type, keys) ->
            found.add(
                finding(
                    FindingKind.INFERRED_LINK_TYPE,
                    Severity.LOW,
                    List.copyOf(keys),
                    "link type \""
                        + type
                        + "\" is not configured and was read from its verbs ("
                        + keys.size()
                        + " issues); confirm it under linkTypes.")));
    pairs.forEach(
        (pair, deps) -> {
          if (deps.size() > 1) {
            List<String> types = deps.stream().map(Dependency::linkType).sorted().toList();
            found.add(
                finding(
                    FindingKind.DUPLICATE_LINK,
                    Severity.LOW,
                    pair,
                    pair.get(0)
                        + " blocks "
                        + pair.get(1)
                        + " through "
                        + deps.size()
                        + " links ("
                        + String.join(", ", types)
                        + "); keep one."));
          }
        });
  }

  private boolean noCommitment(Dependency d) {
    GraphNode a = graph.requireNode(d.blocker());
    GraphNode b = graph.requireNode(d.blocked());
    return a.visible()
        && b.visible()
        && a.isOpen()
        && b.isOpen()
        && a.issue().commitments().isEmpty()
        && b.issue().commitments().isEmpty();
  }

  private static String selfLinkWords(Set<IssueKey> keys) {
    List<String> names = keys.stream().map(IssueKey::toString).toList();
    return keys.size() == 1
        ? names.get(0) + " links to itself; remove the link."
        : String.join(", ", names) + " link to themselves; remove the links.";
  }

  private void skipFindings(List<Finding> found) {
    Map<String, Set<IssueKey>> byReason = new TreeMap<>();
    for (Skip s : graph.skipped()) {
      Set<IssueKey> keys = byReason.computeIfAbsent(s.reason(), r -> new TreeSet<>());
      for (String word : s.subject().split("\\s+")) {
        if (IssueKey.isKey(word)) {
          keys.add(IssueKey.parse(word));
        }
      }
    }
    byReason.forEach(
        (reason, keys) -> {
          if (keys.isEmpty()) {
            return;
          }
          boolean self = reason.equals(DependencyGraphBuilder.SKIP_SELF_LINK);
          String words =
              self
                  ? selfLinkWords(keys)
                  : reason
                      + ": "
                      + Words.count(keys.size(), "issue")
                      + "; map the type under linkTypes.";
          found.add(
              finding(
                  self ? FindingKind.SELF_LINK : FindingKind.IGNORED_LINK_TYPE,
                  Severity.LOW,
                  List.copyOf(keys),
                  words));
        });
  }

  private Finding finding(FindingKind kind, Severity severity, List<IssueKey> keys, String reason) {
    return new Finding(kind, severity, keys, Teams.owning(graph, keys), reason);
  }
}
