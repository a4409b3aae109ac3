package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample's seven teams with at most two per meeting: four groups, each with its own
 * agenda under {@code groups/}, and the main agenda for the meeting above them.
 */
class GroupAgendasCommandTest {
  private static final Path SAMPLE = Path.of("sample-data/acme").toAbsolutePath();

  /** The split MeetingGroups makes of the sample, as the agenda's "Meeting groups" shows it. */
  private static final Map<String, List<String>> TEAMS =
      new TreeMap<>(
          Map.of(
              "group-1-payments-checkout", List.of("Payments", "Checkout"),
              "group-2-catalog-data", List.of("Catalog", "Data"),
              "group-3-identity-mobile", List.of("Identity", "Mobile"),
              "group-4-platform", List.of("Platform")));

  private static final Set<String> GROUPS = TEAMS.keySet();
  private static final List<String> FILES =
      List.of("agenda.md", "agenda.html", "agenda.json", "graph.dot", "mermaid.md");

  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void moreTeamsThanOneMeetingHoldsGiveOneAgendaPerGroupAndOneAboveThem() throws IOException {
    CommandRun run = runOnSample();

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String folder : GROUPS) {
      for (String file : FILES) {
        assertThat(tmp.resolve("out/groups").resolve(folder).resolve(file)).isRegularFile();
      }
    }
    for (String file : FILES) {
      assertThat(tmp.resolve("out").resolve(file)).isRegularFile();
    }
    assertThat(run.out()).contains("out/groups/group-4-platform/mermaid.md");
  }

  @Test
  void aGroupsAgendaHoldsOnlyItsOwnTeams() throws IOException {
    runOnSample();

    for (Map.Entry<String, List<String>> group : TEAMS.entrySet()) {
      JsonNode agenda = read("groups/" + group.getKey() + "/agenda.json");
      List<String> own = group.getValue();

      assertThat(texts(agenda.get("teams"))).as(group.getKey()).isEqualTo(own);
      for (JsonNode section : agenda.get("teamSections")) {
        assertThat(own).contains(section.get("team").asText());
      }
      for (JsonNode link : agenda.get("teamLinks")) {
        assertThat(own).contains(link.get("blocker").asText(), link.get("blocked").asText());
      }
      for (JsonNode item : agenda.get("riskiest")) {
        assertThat(own).contains(item.get("issue").get("team").asText());
      }
      for (JsonNode cycle : agenda.get("cycles")) {
        assertThat(own).containsAll(texts(cycle.get("teams")));
      }
    }
  }

  @Test
  void theAgendaAboveTheGroupsHoldsOnlyWaitsAndCyclesBetweenGroups() throws IOException {
    runOnSample();
    JsonNode above = read("agenda.json");
    Map<String, Integer> groupOf = groupOf(above);

    assertThat(above.get("teamLinks")).isNotEmpty();
    for (JsonNode link : above.get("teamLinks")) {
      assertThat(groupOf.get(link.get("blocker").asText()))
          .as(link.toString())
          .isNotEqualTo(groupOf.get(link.get("blocked").asText()));
    }
    Map<String, String> teamOf = new HashMap<>();
    above
        .get("crossTeamIssues")
        .forEach(i -> teamOf.put(i.get("key").asText(), i.get("team").asText()));
    assertThat(above.get("crossTeamEdges")).isNotEmpty();
    for (JsonNode edge : above.get("crossTeamEdges")) {
      assertThat(groupOf.get(teamOf.get(edge.get("blocker").asText())))
          .as(edge.toString())
          .isNotNull()
          .isNotEqualTo(groupOf.get(teamOf.get(edge.get("blocked").asText())));
    }
    assertThat(above.get("cycles")).hasSize(1);
    assertThat(texts(above.get("cycles").get(0).get("teams")))
        .containsExactly("Catalog", "Checkout", "Payments");
    JsonNode third = read("groups/group-3-identity-mobile/agenda.json");
    assertThat(third.get("cycles")).hasSize(1);
    assertThat(texts(third.get("cycles").get(0).get("teams")))
        .containsExactly("Identity", "Mobile");
    assertThat(read("groups/group-1-payments-checkout/agenda.json").get("cycles")).isEmpty();
  }

  @Test
  void everyCrossTeamDependencyOfTheWholeAgendaIsOnExactlyOneAgenda() throws IOException {
    runOnSample();
    List<String> edges = new ArrayList<>(edges(read("agenda.json")));
    for (String folder : GROUPS) {
      edges.addAll(edges(read("groups/" + folder + "/agenda.json")));
    }
    run(7, "whole");

    assertThat(edges)
        .hasSize(63)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            edges(json.readTree(tmp.resolve("whole/agenda.json").toFile())));
  }

  private CommandRun runOnSample() throws IOException {
    return run(2, "out");
  }

  private CommandRun run(int maxTeamsPerMeeting, String out) throws IOException {
    Path config = tmp.resolve("split-" + maxTeamsPerMeeting + ".yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "source: {offline: " + SAMPLE + "}",
            "teams:",
            "  - {name: Payments, projects: [PAY]}",
            "  - {name: Checkout, projects: [CHK]}",
            "  - {name: Catalog,  projects: [CAT]}",
            "  - {name: Identity, projects: [IDN]}",
            "  - {name: Mobile,   projects: [MOB]}",
            "  - {name: Platform, projects: [PLAT]}",
            "  - {name: Data,     projects: [DATA]}",
            "linkTypes: {Blocks: outward-blocks, Dependency: outward-depends,"
                + " Dependent: outward-blocks, Relates: ignore, Cloners: ignore, Duplicate: ignore}",
            "meeting: {name: Acme Scrum of Scrums}",
            "output: {dir: " + out + "}",
            "analysis:",
            "  maxTeamsPerMeeting: " + maxTeamsPerMeeting,
            ""));
    return CommandRun.of("agenda", "--config", config.toString(), "--as-of", "2026-11-16");
  }

  private JsonNode read(String file) throws IOException {
    return json.readTree(tmp.resolve("out").resolve(file).toFile());
  }

  /** Each team's group index, from the meeting split the main agenda carries. */
  private static Map<String, Integer> groupOf(JsonNode agenda) {
    Map<String, Integer> groupOf = new HashMap<>();
    JsonNode groups = agenda.get("analysis").get("grouping").get("groups");
    for (int g = 0; g < groups.size(); g++) {
      for (JsonNode team : groups.get(g).get("teams")) {
        groupOf.put(team.asText(), g);
      }
    }
    return groupOf;
  }

  private static List<String> edges(JsonNode agenda) {
    List<String> edges = new ArrayList<>();
    for (JsonNode e : agenda.get("crossTeamEdges")) {
      edges.add(e.get("blocker").asText() + " -> " + e.get("blocked").asText());
    }
    return edges;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
