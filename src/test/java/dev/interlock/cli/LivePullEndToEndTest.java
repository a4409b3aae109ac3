package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlock.contract.JiraWireMock;
import dev.interlock.fakejira.FakeJira;
import dev.interlock.fakejira.Fault;
import dev.interlock.fakejira.SiteData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fake Jira serving the Acme sample, with 429s, a 503, a slow page and truncated changelogs:
 * {@code sync} then {@code agenda --source} gives byte for byte the agenda of the offline run.
 */
class LivePullEndToEndTest {
  private static final String AS_OF = "2026-11-16T08:00:00Z";
  private static final Map<Integer, Fault> FAULTS =
      Map.of(
          2, Fault.TOO_MANY_REQUESTS,
          4, Fault.UNAVAILABLE,
          6, Fault.SLOW,
          9, Fault.TOO_MANY_RESET);
  private static SiteData acme;

  @TempDir Path tmp;
  @RegisterExtension final JiraWireMock server = JiraWireMock.create();
  private FakeJira fake;

  @BeforeAll
  static void readSample() throws IOException {
    acme = SiteData.read(Path.of("sample-data/acme"));
  }

  private String start(FakeJira.Options options) {
    fake = new FakeJira(acme, options);
    return server.serve(fake);
  }

  private void assertSameAgendaAsOffline(String flavor) throws IOException {
    Path config = LiveRuns.config(tmp, server.baseUrl(), flavor, "  pageSize: 50\n");
    Path snapshot = tmp.resolve("pulled/acme");
    CommandRun sync =
        LiveRuns.run("sync", "--config", config.toString(), "--out", snapshot.toString());
    assertThat(sync.err())
        .isEqualTo(
            "warning: 3 linked issues outside the teams could not be read (missing, or the"
                + " account may not browse them): LEGACY-17, LEGACY-112, SECOPS-9\n");
    assertThat(sync.exitCode()).isEqualTo(0);
    assertThat(sync.out())
        .startsWith("pulled " + server.baseUrl() + " as Interlock Bot (")
        .contains(" into " + snapshot + " (584 issues in the snapshot)\n")
        .containsPattern(
            "issues 579 \\(\\+5 outside the teams, 3 not visible\\), changelogs completed \\d+,"
                + " requests \\d+, retries 3, time \\d+\\.\\d s\n");
    CommandRun live =
        LiveRuns.run(
            "agenda",
            "--config",
            config.toString(),
            "--source",
            snapshot.toString(),
            "--out",
            tmp.resolve("live").toString(),
            "--as-of",
            AS_OF);
    CommandRun offline =
        LiveRuns.run(
            "agenda",
            "--config",
            "config/sample.yaml",
            "--source",
            teamsView().toString(),
            "--out",
            tmp.resolve("offline").toString(),
            "--as-of",
            AS_OF);
    assertThat(live.exitCode()).isEqualTo(0);
    assertThat(offline.exitCode()).isEqualTo(0);
    // The synced folder's pull.json adds where and when it was pulled to the source line and the
    // header (and to agenda.json's meeting.data); the rest of every file is the offline agenda's,
    // byte for byte, except that issue keys link to the configured Jira (the fake) where the
    // offline agenda links to the site its issues' self addresses name.
    String when = "pulled \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC";
    String source =
        ", " + when + java.util.regex.Pattern.quote(" from " + server.baseUrl() + " (full)");
    String header = " · data " + when + java.util.regex.Pattern.quote(" (full)");
    String json = "\"data\": \"" + when + " \\(full\\)\"";
    String html = java.nio.file.Files.readString(tmp.resolve("live").resolve("agenda.html"));
    assertThat(html)
        .containsPattern(source)
        .containsPattern(header)
        .contains("<a class=\"key\" href=\"" + server.baseUrl() + "/browse/PLAT-59\">");
    for (String file : List.of("agenda.md", "agenda.html", "agenda.json", "graph.dot")) {
      String written = java.nio.file.Files.readString(tmp.resolve("live").resolve(file));
      assertThat(
              written
                  .replaceAll(json, "\"data\": null")
                  .replaceAll(source, "")
                  .replaceAll(header, "")
                  .replace(server.baseUrl() + "/browse/", "https://acme.atlassian.net/browse/")
                  .replace(
                      "\"jiraUrl\": \"" + server.baseUrl() + "\"",
                      "\"jiraUrl\": \"https://acme.atlassian.net\""))
          .as(file)
          .isEqualTo(java.nio.file.Files.readString(tmp.resolve("offline").resolve(file)));
    }
    assertThat(secretsIn(snapshot)).isEmpty();
  }

  @Test
  void aCloudSyncReplaysToTheOfflineAgendaDespiteRateLimitsAndCutChangelogs() throws IOException {
    start(FakeJira.Options.ofCloud().withCap(5).withFaults(FAULTS));
    assertSameAgendaAsOffline("cloud");
    assertThat(fake.requests()).containsKey("/rest/api/2/changelog/bulkfetch");
    assertThat(server.checked())
        .contains(
            "GET /rest/api/2/myself",
            "GET /rest/api/2/field",
            "GET /rest/api/2/issueLinkType",
            "POST /rest/api/2/search/jql",
            "POST /rest/api/2/changelog/bulkfetch");
    assertThat(server.exempt()).isEmpty();
  }

  @Test
  void aDataCenterSyncReplaysToTheOfflineAgenda() throws IOException {
    start(FakeJira.Options.ofDataCenter().withFaults(FAULTS));
    assertSameAgendaAsOffline("datacenter");
    assertThat(fake.requests()).doesNotContainKey("/rest/api/2/changelog/bulkfetch");
    assertThat(server.exempt()).containsOnly("POST /rest/api/2/search");
  }

  /**
   * The offline sample as a live pull sees it: the teams' projects in full, and the issues their
   * links point to outside the teams with only the fields an out-of-scope batch asks for and no
   * changelog. The unlinked rest of OPS, which no team owns, is not asked for. (Listed here, apart
   * from the client's own list, so the test checks the client rather than repeating it.)
   */
  private Path teamsView() throws IOException {
    Path view = tmp.resolve("view/acme");
    Files.createDirectories(view);
    Path sample = Path.of("sample-data/acme");
    Files.copy(sample.resolve("field.json"), view.resolve("field.json"));
    Files.copy(sample.resolve("issueLinkType.json"), view.resolve("issueLinkType.json"));
    Set<String> teams = Set.of("PAY", "CHK", "CAT", "IDN", "MOB", "PLAT", "DATA");
    Set<String> keep = new TreeSet<>();
    for (ObjectNode issue : acme.issues()) {
      if (teams.contains(issue.path("fields").path("project").path("key").asText())) {
        keep.add(issue.path("key").asText());
        for (JsonNode link : issue.path("fields").path("issuelinks")) {
          keep.add(link.path("inwardIssue").path("key").asText());
          keep.add(link.path("outwardIssue").path("key").asText());
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode page = json.createObjectNode();
    ArrayNode issues = page.putArray("issues");
    for (ObjectNode issue : acme.issues()) {
      if (keep.contains(issue.path("key").asText())) {
        boolean own = teams.contains(issue.path("fields").path("project").path("key").asText());
        issues.add(own ? issue : outOfScope(issue));
      }
    }
    json.writeValue(view.resolve("search-0001.json").toFile(), page);
    return view;
  }

  private static final List<String> OUT_OF_SCOPE_FIELDS =
      List.of(
          "summary",
          "issuetype",
          "project",
          "status",
          "resolution",
          "resolutiondate",
          "created",
          "updated",
          "duedate",
          "priority",
          "components",
          "labels");

  private static ObjectNode outOfScope(ObjectNode issue) {
    ObjectNode trimmed = issue.deepCopy();
    trimmed.remove("changelog");
    ((ObjectNode) trimmed.path("fields")).retain(OUT_OF_SCOPE_FIELDS);
    return trimmed;
  }

  private static List<Path> secretsIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              f -> {
                try {
                  String text = Files.readString(f);
                  return text.contains("s3cr3t-token") || text.contains("Authorization");
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}
