package dev.interlock.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.interlock.contract.JiraWireMock;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraHttpTest {
  @RegisterExtension static JiraWireMock wm = JiraWireMock.create();

  private static final String MYSELF = "/rest/api/2/myself";

  private void answers(int... statuses) {
    String state = Scenario.STARTED;
    for (int i = 0; i < statuses.length; i++) {
      String next = "attempt " + (i + 1);
      wm.stubFor(
          get(MYSELF)
              .inScenario("retries")
              .whenScenarioStateIs(state)
              .willReturn(aResponse().withStatus(statuses[i]).withBody("{}"))
              .willSetStateTo(next));
      state = next;
    }
    wm.stubFor(
        get(MYSELF)
            .inScenario("retries")
            .whenScenarioStateIs(state)
            .willReturn(okJson("{\"accountId\":\"5b10\",\"displayName\":\"Bot\"}")));
  }

  @Test
  void cloudRequestsCarryBasicAuthOfEmailAndToken() throws JiraException {
    wm.stubFor(get(MYSELF).willReturn(okJson("{\"accountId\":\"5b10\"}")));
    JsonNode me = new FakeSite(wm).http.get(MYSELF);
    assertThat(me.path("accountId").asText()).isEqualTo("5b10");
    wm.verify(
        getRequestedFor(urlEqualTo(MYSELF))
            .withHeader("Authorization", equalTo("Basic Ym90QGFjbWUuZXhhbXBsZTpzM2NyM3QtdG9rZW4="))
            .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void dataCenterRequestsCarryTheTokenAsBearer() throws JiraException {
    wm.stubFor(get(MYSELF).willReturn(okJson("{\"name\":\"bot\"}")));
    new FakeSite(wm, JiraAuth.bearer("pat-123")).http.get(MYSELF);
    wm.verify(
        getRequestedFor(urlEqualTo(MYSELF)).withHeader("Authorization", equalTo("Bearer pat-123")));
  }

  @Test
  void aTooManyRequestsAnswerIsRetriedAfterTheSecondsInRetryAfter() throws JiraException {
    wm.stubFor(
        get(MYSELF)
            .inScenario("429")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
            .willSetStateTo("again"));
    wm.stubFor(get(MYSELF).inScenario("429").whenScenarioStateIs("again").willReturn(okJson("{}")));
    FakeSite site = new FakeSite(wm);
    site.http.get(MYSELF);
    assertThat(site.sleeper.waits).containsExactly(Duration.ofSeconds(7));
    assertThat(site.http.requests()).isEqualTo(2);
    assertThat(site.http.retries()).isEqualTo(1);
    wm.verify(2, getRequestedFor(urlEqualTo(MYSELF)));
  }

  @Test
  void withoutRetryAfterTheWaitDoublesFromTheBaseDelay() throws JiraException {
    answers(503, 503, 503);
    FakeSite site = new FakeSite(wm);
    site.http.get(MYSELF);
    assertThat(site.sleeper.waits)
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
  }

  @Test
  void aRateLimitResetTimeStandsInForAMissingRetryAfter() throws JiraException {
    wm.stubFor(
        get(MYSELF)
            .inScenario("reset")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "2026-11-20T06:01Z"))
            .willSetStateTo("again"));
    wm.stubFor(
        get(MYSELF).inScenario("reset").whenScenarioStateIs("again").willReturn(okJson("{}")));
    FakeSite site = new FakeSite(wm);
    site.http.get(MYSELF);
    assertThat(site.sleeper.waits).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void theBackoffWinsWhenItIsLongerThanRetryAfter() throws JiraException {
    wm.stubFor(get(MYSELF).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
    FakeSite site = new FakeSite(wm);
    JiraException e = catchThrowableOfType(() -> site.http.get(MYSELF), JiraException.class);
    assertThat(site.sleeper.waits)
        .containsExactly(
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(16));
    assertThat(e.getMessage())
        .isEqualTo(
            "Jira answered 429 for GET /rest/api/2/myself: still rate limited after 4 retries;"
                + " run again later or lower jira.maxConcurrency");
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.url()).isEqualTo(wm.baseUrl() + MYSELF);
    wm.verify(5, getRequestedFor(urlEqualTo(MYSELF)));
  }

  @Test
  void unauthorizedIsNotRetriedAndSaysTheTokenWasRefused() {
    wm.stubFor(
        get(MYSELF)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"errorMessages\":[\"Client must be authenticated\"]}")));
    FakeSite site = new FakeSite(wm);
    JiraException e = catchThrowableOfType(() -> site.http.get(MYSELF), JiraException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "Jira answered 401 for GET /rest/api/2/myself: the credentials were refused; the API"
                + " token may be wrong or expired (check jira.auth) (Jira says: Client must be"
                + " authenticated)");
    assertThat(e.isFatal()).isTrue();
    wm.verify(1, getRequestedFor(urlEqualTo(MYSELF)));
  }

  @Test
  void forbiddenNamesTheMissingPermission() {
    wm.stubFor(get(MYSELF).willReturn(aResponse().withStatus(403)));
    JiraException e =
        catchThrowableOfType(() -> new FakeSite(wm).http.get(MYSELF), JiraException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "Jira answered 403 for GET /rest/api/2/myself: access denied; the account lacks a"
                + " permission for this (for example Browse projects), or Jira wants a CAPTCHA"
                + " after failed sign-ins");
  }

  @Test
  void notFoundPointsAtTheAddress() {
    wm.stubFor(get(MYSELF).willReturn(aResponse().withStatus(404)));
    JiraException e =
        catchThrowableOfType(() -> new FakeSite(wm).http.get(MYSELF), JiraException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "Jira answered 404 for GET /rest/api/2/myself: not found; check jira.url (and its"
                + " context path), or the account may not see it");
  }

  @Test
  void goneSaysTheEndpointWasRemoved() {
    wm.stubFor(
        get(MYSELF)
            .willReturn(
                aResponse()
                    .withStatus(410)
                    .withBody("{\"errorMessages\":[\"The requested API has been removed.\"]}")));
    JiraException e =
        catchThrowableOfType(() -> new FakeSite(wm).http.get(MYSELF), JiraException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "Jira answered 410 for GET /rest/api/2/myself: this endpoint has been removed from"
                + " this Jira; check jira.flavor (Jira Cloud removed /rest/api/2/search in 2025)"
                + " (Jira says: The requested API has been removed.)");
  }

  @Test
  void badRequestQuotesWhatJiraSaid() {
    wm.stubFor(
        get(MYSELF)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"errorMessages\":[\"Field 'x' does not exist.\"],"
                            + "\"errors\":{\"jql\":\"bad\"}}")));
    JiraException e =
        catchThrowableOfType(() -> new FakeSite(wm).http.get(MYSELF), JiraException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "Jira answered 400 for GET /rest/api/2/myself: Jira refused the request (Jira says:"
                + " Field 'x' does not exist.; jql: bad)");
    assertThat(e.jiraMessages()).containsExactly("Field 'x' does not exist.", "jql: bad");
  }

  @Test
  void anUnreachableSiteIsRetriedThenNamedWithTheCause() {
    JiraHttp http =
        new JiraHttp(
            URI.create("http://127.0.0.1:1"),
            FakeSite.AUTH,
            HttpOptions.DEFAULT.withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO)),
            new Pacing(new RecordingSleeper(), Jitter.NONE, java.time.Clock.systemUTC()),
            RequestLog.NONE);
    JiraException e = catchThrowableOfType(() -> http.get(MYSELF), JiraException.class);
    assertThat(e.status()).isEqualTo(JiraException.NO_ANSWER);
    assertThat(e.getMessage())
        .startsWith(
            "no answer from http://127.0.0.1:1 for GET /rest/api/2/myself after 2 attempts"
                + " (ConnectException: ")
        .endsWith("); check jira.url and the network");
    assertThat(http.requests()).isEqualTo(2);
  }

  @Test
  void aReadTimeoutIsRetriedLikeALostConnection() throws JiraException {
    wm.stubFor(
        get(MYSELF)
            .inScenario("slow")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("{}").withFixedDelay(1500))
            .willSetStateTo("fast"));
    wm.stubFor(
        get(MYSELF)
            .inScenario("slow")
            .whenScenarioStateIs("fast")
            .willReturn(okJson("{\"accountId\":\"5b10\"}")));
    RecordingSleeper sleeper = new RecordingSleeper();
    JiraHttp http =
        new JiraHttp(
            URI.create(wm.baseUrl()),
            FakeSite.AUTH,
            HttpOptions.DEFAULT
                .withRetry(FakeSite.RETRY)
                .withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(5)),
            new Pacing(sleeper, Jitter.NONE, java.time.Clock.systemUTC()),
            RequestLog.NONE);
    assertThat(http.get(MYSELF).path("accountId").asText()).isEqualTo("5b10");
    assertThat(http.retries()).isEqualTo(1);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void logLinesNeverShowTheAuthorizationHeader() throws JiraException {
    answers(429);
    FakeSite site = new FakeSite(wm);
    site.http.get(MYSELF);
    assertThat(site.log.lines).hasSize(3);
    assertThat(site.log.lines.get(0))
        .startsWith(
            "GET "
                + wm.baseUrl()
                + MYSELF
                + " [Accept: application/json, Authorization: <redacted>] -> 429 in ");
    assertThat(site.log.lines.get(1))
        .isEqualTo("retry 1 of 4 for GET " + wm.baseUrl() + MYSELF + " after 429: waiting 2000 ms");
    assertThat(String.join("\n", site.log.lines))
        .doesNotContain("s3cr3t-token")
        .doesNotContain("Ym90QGFjbWUuZXhhbXBsZTpzM2NyM3QtdG9rZW4=");
    assertThat(FakeSite.AUTH.toString()).isEqualTo("JiraAuth[Basic <redacted>]");
  }
}
