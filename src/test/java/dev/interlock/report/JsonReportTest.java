package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private final String json = new ReportWriter().render(ReportFormat.JSON, Agendas.small());

  @Test
  void topLevelKeysFollowTheAgendaRecordInOrder() throws Exception {
    assertThat(fieldNames(JsonReport.mapper().readTree(json)))
        .containsExactly(
            "meeting",
            "teams",
            "summary",
            "teamSections",
            "cycles",
            "riskiest",
            "teamLinks",
            "crossTeamEdges",
            "crossTeamIssues",
            "warnings",
            "analysis");
  }

  @Test
  void summaryHasTheExactKeysAndValues() throws Exception {
    JsonNode summary = JsonReport.mapper().readTree(json).get("summary");

    assertThat(fieldNames(summary))
        .containsExactly(
            "issues",
            "teams",
            "dependencies",
            "crossTeamDependencies",
            "cycles",
            "items",
            "skipped");
    assertThat(summary.get("issues").asInt()).isEqualTo(5);
    assertThat(summary.get("teams").asInt()).isEqualTo(3);
    assertThat(summary.get("dependencies").asInt()).isEqualTo(7);
    assertThat(summary.get("crossTeamDependencies").asInt()).isEqualTo(5);
    assertThat(summary.get("cycles").asInt()).isEqualTo(1);
    assertThat(summary.get("items").asInt()).isEqualTo(7);
    assertThat(summary.get("skipped").toString())
        .isEqualTo("{\"done before the window\":3,\"unmapped link type\":2}");
  }

  @Test
  void theWholeAgendaReadsBackEqualToWhatWasWritten() throws Exception {
    assertThat(JsonReport.mapper().readValue(json, dev.interlock.agenda.Agenda.class))
        .isEqualTo(Agendas.small());
  }

  @Test
  void timesAndDatesAreIsoStringsAndNullsAreWritten() {
    assertThat(json)
        .contains("    \"asOf\": \"2026-11-16T08:00:00Z\",\n")
        .contains("\"commitment\": \"2026-11-20\",\n")
        .contains(
            String.join(
                "\n          ",
                "\"key\": \"OPS-1\",",
                "\"summary\": \"Firewall rule for \\\"payments\\\" \\\\ gateway\",",
                "\"team\": null,",
                "\"status\": \"Open\",",
                "\"statusCategory\": \"new\",",
                "\"commitment\": null,",
                "\"commitmentLabel\": null,",
                "\"visible\": false\n"));
  }

  @Test
  void layoutIsTwoSpaceIndentUnixLineEndsAndAFinalNewline() {
    assertThat(json)
        .startsWith("{\n  \"meeting\": {\n    \"name\": \"Checkout train\",\n")
        .endsWith("  }\n}\n")
        .doesNotContain("\r")
        .doesNotContain("\t");
  }

  @Test
  void emptyListsAndMapsAreWrittenCompactly() {
    String empty = new ReportWriter().render(ReportFormat.JSON, Agendas.empty());

    assertThat(empty).contains("  \"teams\": [],\n").contains("    \"skipped\": {}\n");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
