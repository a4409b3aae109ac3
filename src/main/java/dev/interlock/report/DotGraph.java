package dev.interlock.report;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.CycleItem;
import dev.interlock.agenda.EdgeRef;
import dev.interlock.agenda.IssueRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code graph.dot}: the open cross-team work in Graphviz DOT. Only cross-team dependencies whose
 * two ends are both open are drawn (an end outside the snapshot counts as open), and only the
 * issues at their ends: done work and dependencies inside one team are left out. One cluster per
 * team (sorted by name, issues without a team last, in a cluster labelled {@value
 * Phrases#NO_TEAM}); nodes sorted by key and filled by status category; issues outside the snapshot
 * dashed; edges from blocker to blocked, soft ones dashed; issues and edges of a cycle red; a last
 * cluster is the legend of these marks. Every id and label is quoted.
 */
final class DotGraph {
  static final String PROGRESS_FILL = "#fff3bf";
  static final String TODO_FILL = "#e9ecef";
  static final String CYCLE_RED = "#c92a2a";

  /** Summaries longer than this many characters are cut and end with an ellipsis. */
  static final int LABEL_LENGTH = 40;

  private static final Comparator<EdgeRef> EDGE_ORDER =
      Comparator.comparing(EdgeRef::blocker, IssueKeyOrder.INSTANCE)
          .thenComparing(EdgeRef::blocked, IssueKeyOrder.INSTANCE)
          .thenComparing(EdgeRef::linkType)
          .thenComparing(EdgeRef::hard);

  private final Agenda agenda;
  private final List<EdgeRef> edges;
  private final List<IssueRef> issues;
  private final List<Set<String>> cycles = new ArrayList<>();
  private final StringBuilder out = new StringBuilder();

  private DotGraph(Agenda agenda) {
    this.agenda = agenda;
    Map<String, IssueRef> byKey = new HashMap<>();
    agenda.crossTeamIssues().forEach(issue -> byKey.put(issue.key(), issue));
    this.edges =
        agenda.crossTeamEdges().stream()
            .filter(e -> isOpen(byKey.get(e.blocker())) && isOpen(byKey.get(e.blocked())))
            .sorted(EDGE_ORDER)
            .toList();
    Set<String> ends = new HashSet<>();
    edges.forEach(
        e -> {
          ends.add(e.blocker());
          ends.add(e.blocked());
        });
    this.issues = agenda.crossTeamIssues().stream().filter(i -> ends.contains(i.key())).toList();
    for (CycleItem cycle : agenda.cycles()) {
      Set<String> keys = new HashSet<>(cycle.path());
      cycle.issues().forEach(issue -> keys.add(issue.key()));
      cycles.add(keys);
    }
  }

  static String render(Agenda agenda) {
    return new DotGraph(agenda).draw();
  }

  private String draw() {
    out.append("digraph interlock {\n");
    drawDefaults();
    drawClusters();
    drawUnknownEndpoints();
    drawEdges();
    drawLegend();
    out.append("}\n");
    return out.toString();
  }

  private void drawDefaults() {
    String title =
        "Open cross-team dependencies: "
            + agenda.meeting().name()
            + ", as of "
            + Phrases.instant(agenda.meeting().asOf());
    out.append("  graph [label=").append(quote(title));
    out.append(", labelloc=t, rankdir=LR, fontname=\"Helvetica\"];\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", ");
    out.append("fontsize=10];\n");
    out.append("  edge [color=\"#495057\"];\n");
  }

  private void drawClusters() {
    Map<String, List<IssueRef>> byTeam = new TreeMap<>();
    List<IssueRef> noTeam = new ArrayList<>();
    for (IssueRef issue : issues) {
      String team = issue.team();
      (team == null ? noTeam : byTeam.computeIfAbsent(team, t -> new ArrayList<>())).add(issue);
    }
    int index = 0;
    for (Map.Entry<String, List<IssueRef>> team : byTeam.entrySet()) {
      drawCluster(++index, team.getKey(), team.getValue());
    }
    if (!noTeam.isEmpty()) {
      drawCluster(++index, Phrases.NO_TEAM, noTeam);
    }
  }

  private void drawCluster(int index, String label, List<IssueRef> issues) {
    out.append("\n  subgraph cluster_").append(index).append(" {\n");
    out.append("    label=").append(quote(label)).append(";\n");
    out.append("    style=rounded;\n    color=\"#adb5bd\";\n");
    issues.stream()
        .sorted(Comparator.comparing(IssueRef::key, IssueKeyOrder.INSTANCE))
        .forEach(this::drawNode);
    out.append("  }\n");
  }

  private void drawNode(IssueRef issue) {
    out.append("    ").append(quote(issue.key()));
    out.append(" [label=").append(quote(issue.key() + "\n" + shorten(issue.summary())));
    out.append(", fillcolor=\"").append(fill(issue.statusCategory())).append('"');
    if (!issue.visible()) {
      out.append(", style=\"rounded,filled,dashed\"");
    }
    if (inCycle(issue.key())) {
      out.append(", color=\"").append(CYCLE_RED).append("\", penwidth=2");
    }
    out.append("];\n");
  }

  /** Edge ends missing from {@code crossTeamIssues}: drawn dashed, outside every cluster. */
  private void drawUnknownEndpoints() {
    Set<String> known = new HashSet<>();
    issues.forEach(issue -> known.add(issue.key()));
    Set<String> unknown = new TreeSet<>(IssueKeyOrder.INSTANCE);
    for (EdgeRef edge : edges) {
      unknown.add(edge.blocker());
      unknown.add(edge.blocked());
    }
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      out.append('\n');
    }
    for (String key : unknown) {
      out.append("  ").append(quote(key)).append(" [style=\"rounded,dashed\"];\n");
    }
  }

  private void drawEdges() {
    if (!edges.isEmpty()) {
      out.append('\n');
    }
    for (EdgeRef edge : edges) {
      out.append("  ").append(quote(edge.blocker())).append(" -> ").append(quote(edge.blocked()));
      out.append(" [tooltip=").append(quote(edge.linkType()));
      if (!edge.hard()) {
        out.append(", style=dashed");
      }
      if (sameCycle(edge.blocker(), edge.blocked())) {
        out.append(", color=\"").append(CYCLE_RED).append("\", penwidth=2");
      }
      out.append("];\n");
    }
  }

  /**
   * What the marks mean, as a cluster of sample nodes and edges (ids start with {@code legend_}, so
   * they cannot meet an issue key).
   */
  private void drawLegend() {
    out.append("\n  subgraph cluster_legend {\n");
    out.append("    label=\"Legend\";\n    style=rounded;\n    color=\"#adb5bd\";\n");
    out.append("    node [fontsize=9];\n    edge [fontsize=9];\n");
    legendNode("legend_todo", "not started", "fillcolor=\"" + TODO_FILL + "\"");
    legendNode("legend_progress", "in progress", "fillcolor=\"" + PROGRESS_FILL + "\"");
    legendNode(
        "legend_outside",
        "outside the snapshot",
        "fillcolor=\"" + TODO_FILL + "\", style=\"rounded,filled,dashed\"");
    legendNode(
        "legend_cycle",
        "in a cycle",
        "fillcolor=\"" + TODO_FILL + "\", color=\"" + CYCLE_RED + "\", penwidth=2");
    legendEdge("legend_todo", "legend_progress", "hard dependency", "");
    legendEdge("legend_progress", "legend_outside", "soft dependency", ", style=dashed");
    legendEdge(
        "legend_outside",
        "legend_cycle",
        "cycle: nobody can finish first",
        ", color=\"" + CYCLE_RED + "\", penwidth=2");
    out.append("  }\n");
  }

  private void legendNode(String id, String label, String attributes) {
    out.append("    ").append(id).append(" [label=").append(quote(label));
    out.append(", ").append(attributes).append("];\n");
  }

  private void legendEdge(String from, String to, String label, String attributes) {
    out.append("    ").append(from).append(" -> ").append(to);
    out.append(" [label=").append(quote(label)).append(attributes).append("];\n");
  }

  /** Not done; an issue the agenda does not describe (outside the snapshot) counts as open. */
  private static boolean isOpen(@Nullable IssueRef issue) {
    return issue == null || !"done".equals(Phrases.statusKind(issue.statusCategory()));
  }

  private boolean inCycle(String key) {
    return cycles.stream().anyMatch(cycle -> cycle.contains(key));
  }

  private boolean sameCycle(String a, String b) {
    return cycles.stream().anyMatch(cycle -> cycle.contains(a) && cycle.contains(b));
  }

  private static String fill(String statusCategory) {
    return switch (Phrases.statusKind(statusCategory)) {
      case "progress" -> PROGRESS_FILL;
      default -> TODO_FILL;
    };
  }

  /** At most {@link #LABEL_LENGTH} characters (code points) on one line. */
  static String shorten(String summary) {
    String line = summary.replaceAll("\\s+", " ").strip();
    if (line.codePointCount(0, line.length()) <= LABEL_LENGTH) {
      return line;
    }
    int end = line.offsetByCodePoints(0, LABEL_LENGTH - 1);
    return line.substring(0, end).stripTrailing() + "…";
  }

  /**
   * A DOT double-quoted string: backslash and quote are escaped, a line break becomes DOT's
   * centred-line escape {@code \n}, a carriage return is dropped.
   */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> quoted.append("\\\\");
        case '"' -> quoted.append("\\\"");
        case '\n' -> quoted.append("\\n");
        case '\r' -> {}
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
