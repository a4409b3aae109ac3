package dev.interlock.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.interlock.SharedFiles;
import dev.interlock.fakejira.FakeJira;
import dev.interlock.fakejira.SiteData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.TestAbortedException;

/**
 * The contract check fails the test that sent a request breaking Jira's OpenAPI spec, even when the
 * client coped with the answer; without the spec no request is sent. Each case runs a small test
 * class (nested, so surefire does not run it on its own) through the JUnit engine.
 */
class JiraWireMockTest {
  static final String SEARCH = "/rest/api/2/search/jql";
  static final String START_AT_BODY = "{\"jql\":\"project = PAY\",\"startAt\":50}";
  static final String TOKEN_BODY =
      "{\"jql\":\"project = PAY\",\"maxResults\":50,\"nextPageToken\":\"CAEaAggC\"}";
  static final String PAY_FROM_OFFSET_50 =
      "{\"jql\":\"(project in (\\\"PAY\\\")) ORDER BY key ASC\",\"startAt\":50}";
  static final Path NO_SHARED_FOLDER = Path.of("target/no-shared-folder").toAbsolutePath();
  static final Path MISSING_SPEC = NO_SHARED_FOLDER.resolve(JiraContract.SPEC);
  static final AtomicInteger sent = new AtomicInteger();

  static int send(String baseUrl, String body) throws IOException, InterruptedException {
    sent.incrementAndGet();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + SEARCH))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class OneBadRequestThenAGoodOne {
    @RegisterExtension static JiraWireMock jira = JiraWireMock.create();

    @Test
    void a_sendsStartAtToTheEnhancedSearchAndCopesWithThe500() throws Exception {
      jira.stubFor(post(SEARCH).willReturn(aResponse().withStatus(500)));
      assertThat(send(jira.baseUrl(), START_AT_BODY)).isEqualTo(500);
    }

    @Test
    void b_sendsAPageToken() throws Exception {
      jira.stubFor(post(SEARCH).willReturn(okJson("{\"issues\":[],\"isLast\":true}")));
      assertThat(send(jira.baseUrl(), TOKEN_BODY)).isEqualTo(200);
    }
  }

  @Test
  void aRequestBreakingTheSpecFailsTheTestThatSentItWithTheViolation() {
    JiraContract.requireSpec();
    EngineExecutionResults results = run(OneBadRequestThenAGoodOne.class);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("a_sendsStartAtToTheEnhancedSearchAndCopesWithThe500"),
                finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(
                        m ->
                            m.startsWith(
                                    "requests of this test broke the Jira OpenAPI contract:\n"
                                        + "POST /rest/api/2/search/jql:"
                                        + " validation.request.body.schema.additionalProperties:")
                                && m.contains("startAt")))))
        .haveExactly(1, event(test("b_sendsAPageToken"), finishedSuccessfully()));
  }

  static class ServesTheFakeJira {
    @RegisterExtension final JiraWireMock jira = JiraWireMock.create();

    @Test
    void asksTheFakeWithAStartAtBody() throws Exception {
      SiteData acme = SiteData.read(Path.of("sample-data/acme"));
      String url = jira.serve(new FakeJira(acme, FakeJira.Options.ofCloud()));
      send(url, PAY_FROM_OFFSET_50);
    }
  }

  @Test
  void aRequestToTheFakeJiraIsCheckedToo() {
    JiraContract.requireSpec();
    run(ServesTheFakeJira.class)
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("asksTheFakeWithAStartAtBody"),
                finishedWithFailure(
                    message(m -> m.contains("POST /rest/api/2/search/jql: validation.request")))));
  }

  static class FeedsTheFakeJiraWhatItCannotRead {
    @RegisterExtension final JiraWireMock jira = JiraWireMock.create();

    @Test
    void copesWithThe500() throws Exception {
      SiteData acme = SiteData.read(Path.of("sample-data/acme"));
      String url = jira.serve(new FakeJira(acme, FakeJira.Options.ofCloud()));
      assertThat(send(url, TOKEN_BODY.replace("project = PAY", "project ~ PAY"))).isEqualTo(500);
    }
  }

  @Test
  void aFakeJiraThatCannotAnswerFailsTheTest() {
    JiraContract.requireSpec();
    run(FeedsTheFakeJiraWhatItCannotRead.class)
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("copesWithThe500"),
                finishedWithFailure(
                    message(
                        m ->
                            m.startsWith(
                                "the fake Jira could not answer requests of this test:\n"
                                    + "POST /rest/api/2/search/jql: ")))));
  }

  static class SendsWhatTheCheckCannotRead {
    @RegisterExtension static JiraWireMock jira = JiraWireMock.create();

    @Test
    void propfindTwiceOnOneConnection() throws Exception {
      jira.stubFor(any(anyUrl()).willReturn(okJson("{}")));
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest propfind =
          HttpRequest.newBuilder(URI.create(jira.baseUrl() + "/rest/api/2/myself"))
              .method("PROPFIND", HttpRequest.BodyPublishers.noBody())
              .build();
      for (int i = 0; i < 2; i++) {
        assertThat(client.send(propfind, HttpResponse.BodyHandlers.ofString()).statusCode())
            .isEqualTo(200);
      }
    }
  }

  @Test
  void aCheckThatCannotRunFailsTheTestAndLeavesTheConnectionWhole() {
    JiraContract.requireSpec();
    run(SendsWhatTheCheckCannotRead.class)
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("propfindTwiceOnOneConnection"),
                finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(
                        m ->
                            m.startsWith(
                                    "requests of this test broke the Jira OpenAPI contract:\n"
                                        + "PROPFIND /rest/api/2/myself: the contract check could"
                                        + " not run: ")
                                && m.lines().count() == 3))));
  }

  static class WithoutTheSpec {
    @RegisterExtension
    static JiraWireMock jira = JiraWireMock.withShared(new SharedFiles(NO_SHARED_FOLDER, false));

    @Test
    void wouldSendARequest() throws Exception {
      send(jira.baseUrl(), TOKEN_BODY);
    }
  }

  @Test
  void withoutTheSpecEachTestIsSkippedNamingThePathBeforeAnyRequest() {
    sent.set(0);
    EngineExecutionResults results = run(WithoutTheSpec.class);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("wouldSendARequest"),
                abortedWithReason(
                    instanceOf(TestAbortedException.class),
                    message(
                        "skipped: needs "
                            + MISSING_SPEC
                            + " (the shared folder beside the project)"))));
    assertThat(sent).hasValue(0);
  }

  static class RequiresTheMissingSpec {
    @RegisterExtension
    static JiraWireMock jira = JiraWireMock.withShared(new SharedFiles(NO_SHARED_FOLDER, true));

    @Test
    void wouldSendARequest() throws Exception {
      send(jira.baseUrl(), TOKEN_BODY);
    }
  }

  @Test
  void whenTheSharedFilesAreRequiredAMissingSpecFailsTheClassBeforeAnyRequest() {
    sent.set(0);
    EngineExecutionResults results = run(RequiresTheMissingSpec.class);

    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(RequiresTheMissingSpec.class),
                finishedWithFailure(
                    message(m -> m.startsWith("missing shared file " + MISSING_SPEC + " (")))));
    assertThat(results.testEvents().started().count()).isZero();
    assertThat(sent).hasValue(0);
  }

  private static EngineExecutionResults run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }
}
