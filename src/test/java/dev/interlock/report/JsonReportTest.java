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
            "riskBasis",
            "teamLinks",
            "crossTeamEdges",
            "crossTeamIssues",
            "warnings",
            "analysis",
            "plan",
            "parkingLot",
            "radar",
            "jiraUrl",
            "memory");
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
  void riskBasisSaysTheScoresAreLearnedFromHowManyOutcomesAndHow() throws Exception {
    JsonNode basis = JsonReport.mapper().readTree(json).get("riskBasis");

    assertThat(fieldNames(basis))
        .containsExactly(
            "learned",
            "dueBefore",
            "outcomes",
            "slipped",
            "items",
            "how",
            "minOutcomes",
            "minOfEachKind",
            "history");
    assertThat(basis.get("learned").asBoolean()).isTrue();
    assertThat(basis.get("history").asBoolean()).isTrue();
    assertThat(basis.get("dueBefore").asText()).isEqualTo("2026-11-16");
    assertThat(basis.get("outcomes").asInt()).isEqualTo(412);
    assertThat(basis.get("slipped").asInt()).isEqualTo(97);
    assertThat(basis.get("items").asInt()).isEqualTo(180);
    assertThat(basis.get("how").asText()).startsWith("compact features, λ = 3.0, chosen by");
    assertThat(basis.get("minOutcomes").asInt()).isEqualTo(40);
    assertThat(basis.get("minOfEachKind").asInt()).isEqualTo(8);
  }

  @Test
  void withoutEnoughHistoryRiskBasisIsNotLearnedAndHowIsNull() throws Exception {
    String thin = new ReportWriter().render(ReportFormat.JSON, Agendas.small(Agendas.THIN));

    assertThat(thin)
        .contains(
            String.join(
                "\n    ",
                "  \"riskBasis\": {",
                "\"learned\": false,",
                "\"dueBefore\": \"2026-11-16\",",
                "\"outcomes\": 12,",
                "\"slipped\": 3,",
                "\"items\": 7,",
                "\"how\": null,",
                "\"minOutcomes\": 40,",
                "\"minOfEachKind\": 8,",
                "\"history\": true\n  },\n"));
    assertThat(JsonReport.mapper().readValue(thin, dev.interlock.agenda.Agenda.class))
        .isEqualTo(Agendas.small(Agendas.THIN));
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
        .contains("\n  \"jiraUrl\": null,\n")
        .endsWith("\n  }\n}\n")
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
