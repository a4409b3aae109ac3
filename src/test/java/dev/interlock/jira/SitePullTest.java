package dev.interlock.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interlock.contract.JiraWireMock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SitePullTest {
  @RegisterExtension static JiraWireMock wm = JiraWireMock.create();

  private static final String SEARCH = "/rest/api/2/search/jql";
  private static final String BULK = "/rest/api/2/changelog/bulkfetch";
  private static final List<TeamFilter> PAY =
      List.of(new TeamFilter("Payments", "(project in (\"PAY\"))"));

  private static final String NO_HISTORY =
      "{\"startAt\":0,\"maxResults\":0,\"total\":0,\"histories\":[]}";

  @TempDir Path dir;

  static final String FIELDS =
      "[{\"id\":\"customfield_10020\",\"name\":\"Sprint\",\"custom\":true,"
          + "\"schema\":{\"type\":\"array\",\"items\":\"json\","
          + "\"custom\":\"com.pyxis.greenhopper.jira:gh-sprint\",\"customId\":10020}},"
          + "{\"id\":\"summary\",\"name\":\"Summary\",\"custom\":false}]";

  static String issue(String id, String key, String changelog, String links) {
    return "{\"id\":\""
        + id
        + "\",\"key\":\""
        + key
        + "\",\"fields\":{\"summary\":\"s\",\"issuelinks\":["
        + links
        + "]},\"changelog\":"
        + changelog
        + "}";
  }

  static String history(String id, String created) {
    return "{\"id\":\"" + id + "\",\"created\":" + created + ",\"items\":[]}";
  }

  static String link(String side, String key) {
    return "{\"id\":\"1\",\"type\":{\"name\":\"Blocks\",\"inward\":\"is blocked by\","
        + "\"outward\":\"blocks\"},\""
        + side
        + "\":{\"key\":\""
        + key
        + "\"}}";
  }

  @BeforeEach
  void discovery() {
    wm.stubFor(
        get("/rest/api/2/myself")
            .willReturn(okJson("{\"accountId\":\"5b10\",\"displayName\":\"Bot\"}")));
    wm.stubFor(get("/rest/api/2/field").willReturn(okJson(FIELDS)));
    wm.stubFor(
        get("/rest/api/2/issueLinkType")
            .willReturn(okJson("{\"issueLinkTypes\":[{\"id\":\"1\",\"name\":\"Blocks\"}]}")));
  }

  private PullReport pull(Deployment deployment) throws Exception {
    FakeSite site = new FakeSite(wm);
    return new SitePull(site.http, deployment, 50, 2, PullProgress.NONE).pull(PAY, dir);
  }

  @Test
  void discoveryAsksForTheSitesSprintFieldAndSavesFieldsAndLinkTypes() throws Exception {
    wm.stubFor(post(SEARCH).willReturn(okJson("{\"issues\":[],\"isLast\":true}")));
    PullReport report = pull(Deployment.CLOUD);
    assertThat(report.identity()).isEqualTo("Bot (5b10)");
    assertThat(dir.resolve("field.json")).hasContent(FIELDS);
    assertThat(dir.resolve("issueLinkType.json")).exists();
    wm.verify(
        postRequestedFor(urlEqualTo(SEARCH))
            .withRequestBody(
                matchingJsonPath(
                    "$.fields",
                    equalToJson(
                        "[\"summary\",\"issuetype\",\"project\",\"status\",\"resolution\","
                            + "\"resolutiondate\",\"created\",\"updated\",\"duedate\","
                            + "\"fixVersions\",\"priority\",\"assignee\",\"components\","
                            + "\"labels\",\"parent\",\"issuelinks\",\"subtasks\",\"comment\","
                            + "\"customfield_10020\"]"))));
  }

  @Test
  void aTruncatedCloudChangelogIsCompletedByBulkFetchAndSavedInItsPage() throws Exception {
    String cut =
        "{\"startAt\":0,\"maxResults\":1,\"total\":3,\"histories\":["
            + history("3", "\"2026-11-03T10:00:00.000+0000\"")
            + "]}";
    String whole =
        "{\"startAt\":0,\"maxResults\":1,\"total\":1,\"histories\":["
            + history("9", "\"2026-11-03T10:00:00.000+0000\"")
            + "]}";
    wm.stubFor(
        post(SEARCH)
            .willReturn(
                okJson(
                    "{\"issues\":["
                        + issue("101", "PAY-1", cut, "")
                        + ","
                        + issue("102", "PAY-2", whole, "")
                        + "],\"isLast\":true}")));
    wm.stubFor(
        post(BULK)
            .withRequestBody(equalToJson("{\"issueIdsOrKeys\":[\"101\"],\"maxResults\":10000}"))
            .willReturn(
                okJson(
                    "{\"issueChangeLogs\":[{\"issueId\":\"101\",\"changeHistories\":["
                        + history("1", "1790584137824")
                        + ","
                        + history("2", "1790584237824")
                        + "]}],\"nextPageToken\":\"b2\"}")));
    wm.stubFor(
        post(BULK)
            .withRequestBody(
                equalToJson(
                    "{\"issueIdsOrKeys\":[\"101\"],\"maxResults\":10000,\"nextPageToken\":\"b2\"}"))
            .willReturn(
                okJson(
                    "{\"issueChangeLogs\":[{\"issueId\":\"101\",\"changeHistories\":["
                        + history("3", "1790594137824")
                        + "]}]}")));
    PullReport report = pull(Deployment.CLOUD);
    assertThat(report.changelogsCompleted()).isEqualTo(1);
    JsonNode page =
        new FakeSite(wm).http.json().readTree(dir.resolve("search-001-0001.json").toFile());
    JsonNode completed = page.path("issues").get(0).path("changelog");
    assertThat(completed.path("total").asInt()).isEqualTo(3);
    assertThat(completed.path("histories").findValuesAsText("id")).containsExactly("1", "2", "3");
    assertThat(
            page.path("issues")
                .get(1)
                .path("changelog")
                .path("histories")
                .get(0)
                .path("id")
                .asText())
        .isEqualTo("9");
    wm.verify(2, postRequestedFor(urlEqualTo(BULK)));
  }

  @Test
  void truncatedChangelogsAreCompletedAThousandIssuesPerBulkFetch() throws Exception {
    String cut = "{\"startAt\":0,\"maxResults\":0,\"total\":2,\"histories\":[]}";
    StringBuilder issues = new StringBuilder();
    for (int i = 1; i <= 1001; i++) {
      issues
          .append(i > 1 ? "," : "")
          .append(issue(Integer.toString(1000 + i), "PAY-" + i, cut, ""));
    }
    wm.stubFor(post(SEARCH).willReturn(okJson("{\"issues\":[" + issues + "],\"isLast\":true}")));
    wm.stubFor(post(BULK).willReturn(okJson("{\"issueChangeLogs\":[]}")));
    PullReport report = pull(Deployment.CLOUD);
    assertThat(report.changelogsCompleted()).isEqualTo(1001);
    wm.verify(
        postRequestedFor(urlEqualTo(BULK))
            .withRequestBody(matchingJsonPath("$.issueIdsOrKeys.length()", equalTo("1000"))));
    wm.verify(
        postRequestedFor(urlEqualTo(BULK))
            .withRequestBody(equalToJson("{\"issueIdsOrKeys\":[\"2001\"],\"maxResults\":10000}")));
    wm.verify(2, postRequestedFor(urlEqualTo(BULK)));
  }

  @Test
  void aDataCenterPullTakesTheFullInlineChangelogAndNeverCallsBulkFetch() throws Exception {
    String cut = "{\"startAt\":0,\"maxResults\":0,\"total\":2,\"histories\":[]}";
    wm.stubFor(
        post("/rest/api/2/search")
            .willReturn(
                okJson(
                    "{\"startAt\":0,\"maxResults\":50,\"total\":1,\"issues\":["
                        + issue("101", "PAY-1", cut, "")
                        + "]}")));
    PullReport report = pull(Deployment.DATA_CENTER);
    assertThat(report.issues()).isEqualTo(1);
    assertThat(report.changelogsCompleted()).isZero();
    wm.verify(0, postRequestedFor(urlEqualTo(BULK)));
    wm.verify(
        postRequestedFor(urlEqualTo("/rest/api/2/search"))
            .withRequestBody(matchingJsonPath("$.expand[0]", equalTo("changelog"))));
  }

  @Test
  void linkedIssuesOutsideTheTeamsAreFetchedInOneBatchWithFewFields() throws Exception {
    wm.stubFor(
        post(SEARCH)
            .withRequestBody(
                matchingJsonPath("$.jql", equalTo("(project in (\"PAY\")) ORDER BY key ASC")))
            .willReturn(
                okJson(
                    "{\"issues\":["
                        + issue(
                            "101",
                            "PAY-1",
                            NO_HISTORY,
                            link("outwardIssue", "OPS-2") + "," + link("inwardIssue", "PAY-2"))
                        + ","
                        + issue("102", "PAY-2", NO_HISTORY, link("inwardIssue", "OPS-10"))
                        + "],\"isLast\":true}")));
    wm.stubFor(
        post(SEARCH)
            .withRequestBody(
                matchingJsonPath(
                    "$.jql", equalTo("key in (\"OPS-2\", \"OPS-10\") ORDER BY key ASC")))
            .willReturn(
                okJson(
                    "{\"issues\":[{\"id\":\"7\",\"key\":\"OPS-2\",\"fields\":{}},"
                        + "{\"id\":\"8\",\"key\":\"OPS-10\",\"fields\":{}}],\"isLast\":true}")));
    PullReport report = pull(Deployment.CLOUD);
    assertThat(report.issues()).isEqualTo(2);
    assertThat(report.outside()).isEqualTo(2);
    assertThat(report.invisible()).isEmpty();
    assertThat(dir.resolve("search-outside-0001.json")).exists();
    wm.verify(
        postRequestedFor(urlEqualTo(SEARCH))
            .withRequestBody(
                equalToJson(
                    "{\"jql\":\"key in (\\\"OPS-2\\\", \\\"OPS-10\\\") ORDER BY key ASC\","
                        + "\"fields\":[\"summary\",\"issuetype\",\"project\",\"status\","
                        + "\"resolution\",\"resolutiondate\",\"created\",\"updated\",\"duedate\","
                        + "\"priority\",\"components\",\"labels\"],\"maxResults\":50}")));
    assertThat(report.requests()).isEqualTo(5);
  }

  @Test
  void actionItemsAreFoundByOneKeySearchAndThoseNoTeamReturnedAreFetchedWithTheOutside()
      throws Exception {
    wm.stubFor(
        post(SEARCH)
            .withRequestBody(
                matchingJsonPath("$.jql", equalTo("(project in (\"PAY\")) ORDER BY key ASC")))
            .willReturn(
                okJson(
                    "{\"issues\":["
                        + issue("101", "PAY-1", NO_HISTORY, "")
                        + "],\"isLast\":true}")));
    wm.stubFor(
        post(SEARCH)
            .withRequestBody(
                matchingJsonPath("$.jql", equalTo("(labels = sos-action) ORDER BY key ASC")))
            .willReturn(
                okJson(
                    "{\"issues\":[{\"id\":\"101\",\"key\":\"PAY-1\",\"fields\":{}},"
                        + "{\"id\":\"9\",\"key\":\"SOS-4\",\"fields\":{}}],\"isLast\":true}")));
    wm.stubFor(
        post(SEARCH)
            .withRequestBody(
                matchingJsonPath("$.jql", equalTo("key in (\"SOS-4\") ORDER BY key ASC")))
            .willReturn(
                okJson(
                    "{\"issues\":[{\"id\":\"9\",\"key\":\"SOS-4\",\"fields\":{}}],"
                        + "\"isLast\":true}")));
    FakeSite site = new FakeSite(wm);
    PullReport report =
        new SitePull(site.http, Deployment.CLOUD, 50, 2, PullProgress.NONE)
            .withActionItems("labels = sos-action")
            .pull(PAY, dir);

    // One search for the action items' keys, parenthesised, with nothing but the key.
    wm.verify(
        1,
        postRequestedFor(urlEqualTo(SEARCH))
            .withRequestBody(
                equalToJson(
                    "{\"jql\":\"(labels = sos-action) ORDER BY key ASC\",\"fields\":[\"key\"],"
                        + "\"maxResults\":1000}")));
    // PAY-1 came with its team; only SOS-4 is fetched, with the issues outside the teams.
    wm.verify(
        1,
        postRequestedFor(urlEqualTo(SEARCH))
            .withRequestBody(
                matchingJsonPath("$.jql", equalTo("key in (\"SOS-4\") ORDER BY key ASC"))));
    assertThat(report.issues()).isEqualTo(1);
    assertThat(report.outside()).isEqualTo(1);
    assertThat(report.failures()).isEmpty();
    // myself, field, issueLinkType, the team's search, the action items' search, the fetch.
    assertThat(report.requests()).isEqualTo(6);
  }

  @Test
  void aLinkedIssueJiraWillNotShowIsReportedAndTheRestOfItsBatchIsFetched() throws Exception {
    wm.stubFor(
        post(SEARCH)
            .withRequestBody(
                matchingJsonPath("$.jql", equalTo("(project in (\"PAY\")) ORDER BY key ASC")))
            .willReturn(
                okJson(
                    "{\"issues\":["
                        + issue(
                            "101",
                            "PAY-1",
                            NO_HISTORY,
                            link("outwardIssue", "OPS-2") + "," + link("outwardIssue", "SEC-1"))
                        + "],\"isLast\":true}")));
    wm.stubFor(
        post(SEARCH)
            .withRequestBody(
                matchingJsonPath(
                    "$.jql", equalTo("key in (\"OPS-2\", \"SEC-1\") ORDER BY key ASC")))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"errorMessages\":[\"An issue with key 'SEC-1' does not exist for field"
                            + " 'key'.\"],\"errors\":{}}")));
    wm.stubFor(
        post(SEARCH)
            .withRequestBody(
                matchingJsonPath("$.jql", equalTo("key in (\"OPS-2\") ORDER BY key ASC")))
            .willReturn(
                okJson(
                    "{\"issues\":[{\"id\":\"7\",\"key\":\"OPS-2\",\"fields\":{}}],\"isLast\":true}")));
    PullReport report = pull(Deployment.CLOUD);
    assertThat(report.outside()).isEqualTo(1);
    assertThat(report.invisible()).containsExactly("SEC-1");
  }

  @Test
  void aTeamThatFailsIsReportedWhileTheOthersArePulled() throws Exception {
    wm.stubFor(
        post(SEARCH)
            .withRequestBody(
                matchingJsonPath("$.jql", equalTo("(project in (\"PAY\")) ORDER BY key ASC")))
            .willReturn(
                okJson(
                    "{\"issues\":["
                        + issue("101", "PAY-1", NO_HISTORY, "")
                        + "],\"isLast\":true}")));
    wm.stubFor(
        post(SEARCH)
            .withRequestBody(
                matchingJsonPath("$.jql", equalTo("(project in (\"CHK\")) ORDER BY key ASC")))
            .willReturn(aResponse().withStatus(500)));
    FakeSite site = new FakeSite(wm);
    PullReport report =
        new SitePull(site.http, Deployment.CLOUD, 50, 2, PullProgress.NONE)
            .pull(List.of(PAY.get(0), new TeamFilter("Checkout", "(project in (\"CHK\"))")), dir);
    assertThat(report.issues()).isEqualTo(1);
    assertThat(report.failures())
        .extracting(TeamFailure::describe)
        .containsExactly(
            "Checkout: pull failed after 0 issues, so its work is incomplete: Jira answered 500"
                + " for POST /rest/api/2/search/jql: Jira failed with a server error");
  }

  @Test
  void whenEveryTeamFailsThePullFailsWithTheFirstError() {
    wm.stubFor(post(SEARCH).willReturn(aResponse().withStatus(403)));
    JiraException e = catchThrowableOfType(() -> pull(Deployment.CLOUD), JiraException.class);
    assertThat(e.status()).isEqualTo(403);
  }

  @Test
  void aSecondPullReplacesTheFilesOfTheFirst() throws Exception {
    Files.writeString(dir.resolve("search-009-0001.json"), "{}");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    wm.stubFor(post(SEARCH).willReturn(okJson("{\"issues\":[],\"isLast\":true}")));
    pull(Deployment.CLOUD);
    assertThat(names())
        .containsExactly("field.json", "issueLinkType.json", "notes.txt", "search-001-0001.json");
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
