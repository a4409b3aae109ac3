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
    String dot = DotGraph.render(Agendas.small());

    assertThat(dot)
        .contains("  \"OPS-1\" -> \"CHK-9\" [tooltip=\"Blocks\"];\n")
        .contains("  \"CAT-7\" -> \"PAY-5\" [tooltip=\"Relates\", style=dashed];\n");
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
