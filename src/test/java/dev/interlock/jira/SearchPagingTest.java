package dev.interlock.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.contract.JiraWireMock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SearchPagingTest {
  @RegisterExtension static JiraWireMock wm = JiraWireMock.create();

  private static final String CLOUD = "/rest/api/2/search/jql";
  private static final String DC = "/rest/api/2/search";
  private static final List<String> FIELDS = List.of("summary", "status");

  static String issue(String key) {
    return "{\"id\":\"1" + key.substring(key.indexOf('-') + 1) + "\",\"key\":\"" + key + "\"}";
  }

  private List<String> keysOf(IssueSearch search, String filter) throws JiraException {
    List<String> keys = new ArrayList<>();
    search.run(filter, FIELDS, true, (raw, page) -> page.issues().forEach(i -> keys.add(i.key())));
    return keys;
  }

  private static String cloudBody(String token) {
    return "{\"jql\":\"(project in (\\\"PAY\\\")) ORDER BY key ASC\","
        + "\"fields\":[\"summary\",\"status\"],\"maxResults\":2,\"expand\":\"changelog\""
        + (token == null ? "" : ",\"nextPageToken\":\"" + token + "\"")
        + "}";
  }

  @Test
  void cloudSearchFollowsNextPageTokenUntilTheLastPage() throws JiraException {
    wm.stubFor(
        post(CLOUD)
            .withRequestBody(equalToJson(cloudBody(null)))
            .willReturn(
                okJson(
                    "{\"issues\":["
                        + issue("PAY-1")
                        + ","
                        + issue("PAY-2")
                        + "],\"nextPageToken\":\"t2\",\"isLast\":false}")));
    wm.stubFor(
        post(CLOUD)
            .withRequestBody(equalToJson(cloudBody("t2")))
            .willReturn(okJson("{\"issues\":[" + issue("PAY-3") + "],\"isLast\":true}")));
    FakeSite site = new FakeSite(wm);
    List<String> keys = keysOf(new CloudSearch(site.http, 2), "(project in (\"PAY\"))");
    assertThat(keys).containsExactly("PAY-1", "PAY-2", "PAY-3");
    wm.verify(2, postRequestedFor(urlEqualTo(CLOUD)));
  }

  @Test
  void cloudSearchStopsWhenThePageHasNoToken() throws JiraException {
    wm.stubFor(post(CLOUD).willReturn(okJson("{\"issues\":[" + issue("PAY-1") + "]}")));
    FakeSite site = new FakeSite(wm);
    assertThat(keysOf(new CloudSearch(site.http, 2), "(project in (\"PAY\"))"))
        .containsExactly("PAY-1");
    wm.verify(1, postRequestedFor(urlEqualTo(CLOUD)));
  }

  @Test
  void cloudSearchStopsOnAnEmptyPageEvenWithAToken() throws JiraException {
    wm.stubFor(post(CLOUD).willReturn(okJson("{\"issues\":[],\"nextPageToken\":\"t2\"}")));
    FakeSite site = new FakeSite(wm);
    assertThat(keysOf(new CloudSearch(site.http, 2), "(project in (\"PAY\"))")).isEmpty();
    wm.verify(1, postRequestedFor(urlEqualTo(CLOUD)));
  }

  @Test
  void cloudSearchRefusesToFollowATokenItHasSeenBefore() throws JiraException {
    wm.stubFor(
        post(CLOUD)
            .willReturn(
                okJson(
                    "{\"issues\":["
                        + issue("PAY-1")
                        + "],\"nextPageToken\":\"same\",\"isLast\":false}")));
    FakeSite site = new FakeSite(wm);
    assertThat(keysOf(new CloudSearch(site.http, 2), "(project in (\"PAY\"))"))
        .containsExactly("PAY-1", "PAY-1");
    wm.verify(2, postRequestedFor(urlEqualTo(CLOUD)));
  }

  @Test
  void dataCenterSearchPagesByStartAtWithTheMaxResultsTheServerAllows() throws JiraException {
    wm.stubFor(
        post(DC)
            .withRequestBody(matchingJsonPath("$.startAt", equalToJson("0")))
            .willReturn(
                okJson(
                    "{\"startAt\":0,\"maxResults\":2,\"total\":3,\"issues\":["
                        + issue("PAY-1")
                        + ","
                        + issue("PAY-2")
                        + "]}")));
    wm.stubFor(
        post(DC)
            .withRequestBody(matchingJsonPath("$.startAt", equalToJson("2")))
            .willReturn(
                okJson(
                    "{\"startAt\":2,\"maxResults\":2,\"total\":3,\"issues\":["
                        + issue("PAY-3")
                        + "]}")));
    FakeSite site = new FakeSite(wm);
    assertThat(keysOf(new DataCenterSearch(site.http, 50, 10_000), "(project in (\"PAY\"))"))
        .containsExactly("PAY-1", "PAY-2", "PAY-3");
    wm.verify(
        postRequestedFor(urlEqualTo(DC))
            .withRequestBody(
                equalToJson(
                    "{\"jql\":\"(project in (\\\"PAY\\\")) ORDER BY key ASC\",\"startAt\":0,"
                        + "\"maxResults\":50,\"fields\":[\"summary\",\"status\"],"
                        + "\"expand\":[\"changelog\"]}")));
    wm.verify(2, postRequestedFor(urlEqualTo(DC)));
  }

  @Test
  void dataCenterSearchStartsANewWindowAfterTheLastKeyInsteadOfPagingDeep() throws JiraException {
    wm.stubFor(
        post(DC)
            .withRequestBody(matchingJsonPath("$.jql", equalTo("(project = X) ORDER BY key ASC")))
            .willReturn(
                okJson(
                    "{\"startAt\":0,\"maxResults\":2,\"total\":3,\"issues\":["
                        + issue("X-1")
                        + ","
                        + issue("X-2")
                        + "]}")));
    wm.stubFor(
        post(DC)
            .withRequestBody(
                matchingJsonPath(
                    "$.jql", equalTo("(project = X) AND key > \"X-2\" ORDER BY key ASC")))
            .willReturn(
                okJson(
                    "{\"startAt\":0,\"maxResults\":2,\"total\":1,\"issues\":["
                        + issue("X-3")
                        + "]}")));
    FakeSite site = new FakeSite(wm);
    assertThat(keysOf(new DataCenterSearch(site.http, 2, 3), "(project = X)"))
        .containsExactly("X-1", "X-2", "X-3");
    wm.verify(2, postRequestedFor(urlEqualTo(DC)));
  }
}
