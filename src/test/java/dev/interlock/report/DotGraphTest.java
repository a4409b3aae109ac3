package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.EdgeRef;
import dev.interlock.agenda.IssueRef;
import dev.interlock.agenda.MeetingInfo;
import dev.interlock.agenda.Summary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotGraphTest {
  @Test
  void smallAgendaDrawsExactlyAsTheReviewedGoldenFile() {
    assertThat(DotGraph.render(Agendas.small())).isEqualTo(Golden.read("small-graph.dot"));
  }

  @Test
  void quoteEscapesBackslashQuoteAndLineBreaks() {
    assertThat(DotGraph.quote("a \"b\" \\ c\r\nd")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\"");
  }

  @Test
  void shortenKeepsFortyCharactersAndCountsNonAsciiAsOne() {
    assertThat(DotGraph.shorten("x".repeat(40))).isEqualTo("x".repeat(40));
    assertThat(DotGraph.shorten("対".repeat(41))).isEqualTo("対".repeat(39) + "…");
    assertThat(DotGraph.shorten("two\nlines")).isEqualTo("two lines");
  }

  @Test
  void eachTeamIsOneClusterAndIssuesWithoutTeamGoLast() {
    String dot = DotGraph.render(Agendas.small());

    assertThat(dot)
        .containsSubsequence(
            "subgraph cluster_1 {\n    label=\"Catalog\";",
            "subgraph cluster_2 {\n    label=\"Checkout\";",
            "subgraph cluster_3 {\n    label=\"Payments\";",
            "subgraph cluster_4 {\n    label=\"no team\";",
            "\"OPS-1\" [label=");
  }

  @Test
  void edgesPointFromBlockerToBlockedAndSoftOnesAreDashed() {
    Agenda agenda =
        graphOnly(
            List.of(issue("PAY-1"), issue("PAY-2")),
            List.of(
                new EdgeRef("OPS-1", "PAY-1", "Blocks", true),
                new EdgeRef("OPS-2", "PAY-2", "Relates", false)));

    assertThat(DotGraph.render(agenda))
        .contains("  \"OPS-1\" -> \"PAY-1\" [tooltip=\"Blocks\"];\n")
        .contains("  \"OPS-2\" -> \"PAY-2\" [tooltip=\"Relates\", style=dashed];\n");
  }

  @Test
  void doneIssuesAndTheirDependenciesAreLeftOut() {
    String dot = DotGraph.render(Agendas.small());

    assertThat(dot)
        .startsWith("digraph interlock {\n  graph [label=\"Open cross-team dependencies: ")
        .doesNotContain("CAT-7")
        .contains("  \"CAT-2\" -> \"PAY-5\" [")
        .contains("  \"OPS-1\" -> \"CHK-9\" [");
  }

  @Test
  void anIssueWhoseOnlyCrossTeamWaitIsOnDoneWorkIsNotDrawn() {
    IssueRef done = new IssueRef("CAT-1", "s", "Catalog", "Done", "done", null, null, true);
    Agenda agenda =
        graphOnly(
            List.of(done, issue("PAY-1"), issue("PAY-2")),
            List.of(
                new EdgeRef("CAT-1", "PAY-1", "Blocks", true),
                new EdgeRef("LEGACY-1", "PAY-2", "Blocks", true)));

    assertThat(DotGraph.render(agenda))
        .doesNotContain("CAT-1")
        .doesNotContain("\"PAY-1\"")
        .contains("\"LEGACY-1\" -> \"PAY-2\"");
  }

  @Test
  void theLegendExplainsFillsDashesAndTheCycleRed() {
    String dot = DotGraph.render(Agendas.empty());

    assertThat(dot)
        .endsWith(
            """
              subgraph cluster_legend {
                label="Legend";
                style=rounded;
                color="#adb5bd";
                node [fontsize=9];
                edge [fontsize=9];
                legend_todo [label="not started", fillcolor="#e9ecef"];
                legend_progress [label="in progress", fillcolor="#fff3bf"];
                legend_outside [label="outside the snapshot", fillcolor="#e9ecef", \
            style="rounded,filled,dashed"];
                legend_cycle [label="in a cycle", fillcolor="#e9ecef", color="#c92a2a", \
            penwidth=2];
                legend_todo -> legend_progress [label="hard dependency"];
                legend_progress -> legend_outside [label="soft dependency", style=dashed];
                legend_outside -> legend_cycle [label="cycle: nobody can finish first", \
            color="#c92a2a", penwidth=2];
              }
            }
            """);
  }

  @Test
  void nodesSortByKeyNumberAndEdgesToUnknownIssuesGetADashedNode() {
    Agenda agenda =
        graphOnly(
            List.of(issue("PAY-10"), issue("PAY-9")),
            List.of(
                new EdgeRef("PAY-10", "PAY-9", "Blocks", true),
                new EdgeRef("LEGACY-1", "PAY-9", "Blocks", true)));

    assertThat(DotGraph.render(agenda))
        .containsSubsequence("\"PAY-9\" [label=", "\"PAY-10\" [label=")
        .contains("  \"LEGACY-1\" [style=\"rounded,dashed\"];\n")
        .containsSubsequence("\"LEGACY-1\" -> \"PAY-9\"", "\"PAY-10\" -> \"PAY-9\"");
  }

  private static IssueRef issue(String key) {
    return new IssueRef(key, "s", "Payments", "Open", "new", null, null, true);
  }

  private static Agenda graphOnly(List<IssueRef> issues, List<EdgeRef> edges) {
    return new Agenda(
        new MeetingInfo(
            "m",
            Instant.parse("2026-11-16T08:00:00Z"),
            15,
            5,
            7,
            "offline",
            null,
            null,
            "the last 7 days"),
        List.of("Payments"),
        new Summary(0, 0, 0, 0, 0, 0, Map.of()),
        List.of(),
        List.of(),
        List.of(),
        Agendas.THIN,
        List.of(),
        edges,
        issues,
        List.of(),
        dev.interlock.agenda.Analysis.empty(List.of("Payments")));
  }
}
