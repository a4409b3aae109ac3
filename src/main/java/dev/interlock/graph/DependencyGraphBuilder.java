package dev.interlock.graph;

import dev.interlock.graph.LinkResolution.Origin;
import dev.interlock.model.Dependency;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkType;
import dev.interlock.model.Skip;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;
import org.jspecify.annotations.Nullable;

/**
 * Turns a snapshot's links into dependencies, blocker to blocked. Each Jira link is read once (it
 * appears on both of its issues with one id). Link types are resolved by {@link LinkSemantics};
 * inferred types become warnings, unknown ones are skipped and counted, configured "ignore" types
 * are left out silently because the user asked for it.
 */
public final class DependencyGraphBuilder {
  static final String SKIP_UNKNOWN_TYPE = "link of a type that is not configured and not inferable";
  static final String SKIP_SELF_LINK = "link from an issue to itself";

  private final TeamIndex teams;
  private final LinkSemantics semantics;

  public DependencyGraphBuilder(TeamIndex teams, LinkSemantics semantics) {
    this.teams = teams;
    this.semantics = semantics;
  }

  /** Who owns what: the team of each node of the graphs built here. */
  public TeamIndex teams() {
    return teams;
  }

  public DependencyGraph build(Snapshot snapshot) {
    Graph<IssueKey, Dependency> graph = new DirectedMultigraph<>(null, null, false);
    Map<IssueKey, GraphNode> nodes = new HashMap<>();
    for (Issue issue : snapshot.issues()) {
      nodes.put(
          issue.key(), new GraphNode(issue.key(), issue, null, teams.teamOf(issue).orElse(null)));
      graph.addVertex(issue.key());
    }
    List<Skip> skipped = new ArrayList<>();
    Map<String, LinkResolution> resolved = new TreeMap<>();
    Map<String, LinkType> types = new TreeMap<>();
    Set<String> seenLinks = new HashSet<>();
    Set<IssueKey> outside = new TreeSet<>();
    for (Issue issue : snapshot.issues()) {
      for (IssueLink link : issue.links()) {
        if (!seenLinks.add(link.id())) {
          continue;
        }
        types.putIfAbsent(link.type().name(), link.type());
        LinkResolution r =
            resolved.computeIfAbsent(link.type().name(), n -> semantics.resolve(link.type()));
        Dependency d = toDependency(issue.key(), link, r, skipped);
        if (d == null) {
          continue;
        }
        IssueKey other = link.other().key();
        if (!nodes.containsKey(other)) {
          outside.add(other);
          nodes.put(
              other,
              new GraphNode(other, null, link.other(), teams.teamOfOutside(other).orElse(null)));
          graph.addVertex(other);
        }
        graph.addEdge(d.blocker(), d.blocked(), d);
      }
    }
    List<String> warnings = warnings(resolved, types, outside);
    return new DependencyGraph(graph, nodes, skipped, warnings);
  }

  private static @Nullable Dependency toDependency(
      IssueKey holder, IssueLink link, LinkResolution r, List<Skip> skipped) {
    String subject = holder + " " + link.verb() + " " + link.other().key();
    if (!r.isDependency()) {
      if (r.origin() == Origin.UNKNOWN) {
        skipped.add(new Skip(SKIP_UNKNOWN_TYPE + " (" + link.type().name() + ")", subject));
      }
      return null;
    }
    if (link.other().key().equals(holder)) {
      skipped.add(new Skip(SKIP_SELF_LINK, subject));
      return null;
    }
    boolean holderBlocks =
        (r.meaning() == LinkMeaning.OUTWARD_BLOCKS) == (link.direction() == LinkDirection.OUTWARD);
    IssueKey blocker = holderBlocks ? holder : link.other().key();
    IssueKey blocked = holderBlocks ? link.other().key() : holder;
    return new Dependency(
        blocker,
        blocked,
        link.type().name(),
        link.id(),
        r.strength(),
        r.origin() == Origin.INFERRED);
  }

  private static List<String> warnings(
      Map<String, LinkResolution> resolved, Map<String, LinkType> types, Set<IssueKey> outside) {
    List<String> warnings = new ArrayList<>();
    resolved.forEach(
        (name, r) -> {
          LinkType t = types.get(name);
          String verbs = "(outward \"" + t.outward() + "\", inward \"" + t.inward() + "\")";
          if (r.origin() == Origin.INFERRED) {
            warnings.add(
                "link type \""
                    + name
                    + "\" is not configured; read as "
                    + r.meaning().configName()
                    + " from its verbs "
                    + verbs
                    + ". Add it under linkTypes to confirm.");
          } else if (r.origin() == Origin.UNKNOWN) {
            warnings.add(
                "link type \""
                    + name
                    + "\" is not configured and its verbs "
                    + verbs
                    + " do not say who blocks whom; its links are ignored. Map it under linkTypes"
                    + " (outward-blocks, outward-depends or ignore).");
          }
        });
    if (!outside.isEmpty()) {
      warnings.add(
          Words.count(outside.size(), "linked issue")
              + (outside.size() == 1 ? " is" : " are")
              + " outside the snapshot (e.g. "
              + outside.iterator().next()
              + "); their team is taken from the project key and"
              + " their status from the link.");
    }
    return warnings;
  }
}
