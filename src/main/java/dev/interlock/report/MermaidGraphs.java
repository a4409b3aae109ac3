package dev.interlock.report;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.ChainItem;
import dev.interlock.agenda.TeamLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code mermaid.md}: Mermaid diagrams in Markdown fences, which GitHub renders and Confluence's
 * Mermaid macro accepts block by block. First the team graph of open waits (edge from blocker team
 * to waiting team, labelled with the count), then the cross-team chains with the least slack, late
 * or not ({@code chains} of {@link AnalysisView}), blocker first. Node ids are generated ({@code
 * t0}, {@code PAY_5}); labels are quoted with {@code "} written as {@code #quot;}.
 */
final class MermaidGraphs {
  private MermaidGraphs() {}

  static String render(Agenda agenda) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(agenda.meeting().name()).append(" — dependency diagrams\n\n");
    out.append("## Teams (an arrow points from the blocker team to the team that waits)\n\n");
    fence(out, teamGraph(agenda));
    AnalysisView view =
        AnalysisView.of(agenda.analysis(), MeetingView.of(agenda).inCycles(), Set.of());
    for (ChainItem chain : view.chains().shown()) {
      out.append("\n## Chain behind ")
          .append(chain.item().key())
          .append(" (slack ")
          .append(chain.slackDays())
          .append(" days)\n\n");
      fence(out, chain(chain));
    }
    return out.toString();
  }

  private static List<String> teamGraph(Agenda agenda) {
    List<String> teams = new ArrayList<>(agenda.teams());
    agenda.teamLinks().stream()
        .flatMap(l -> java.util.stream.Stream.of(l.blocker(), l.blocked()))
        .filter(t -> !teams.contains(t))
        .sorted()
        .distinct()
        .forEach(teams::add);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < teams.size(); i++) {
      lines.add("t" + i + "[\"" + label(teams.get(i)) + "\"]");
    }
    for (TeamLink l : agenda.teamLinks()) {
      lines.add(
          "t"
              + teams.indexOf(l.blocker())
              + " -->|"
              + l.count()
              + "| t"
              + teams.indexOf(l.blocked()));
    }
    return lines;
  }

  private static List<String> chain(ChainItem chain) {
    List<String> lines = new ArrayList<>();
    List<String> path = chain.path();
    for (String key : path) {
      lines.add(id(key) + "[\"" + label(key) + "\"]");
    }
    for (int i = 1; i < path.size(); i++) {
      lines.add(id(path.get(i - 1)) + " --> " + id(path.get(i)));
    }
    return lines;
  }

  private static void fence(StringBuilder out, List<String> lines) {
    out.append("```mermaid\nflowchart LR\n");
    lines.forEach(l -> out.append("  ").append(l).append('\n'));
    out.append("```\n");
  }

  private static String id(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_");
  }

  private static String label(String text) {
    return text.replace("\"", "#quot;");
  }
}
