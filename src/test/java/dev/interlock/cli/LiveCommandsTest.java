package dev.interlock.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.contract.JiraWireMock;
import dev.interlock.fakejira.FakeJira;
import dev.interlock.fakejira.SiteData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** sync, doctor and a live agenda: exit codes and what they say. */
class LiveCommandsTest {
  private static SiteData acme;

  @TempDir Path tmp;
  @RegisterExtension final JiraWireMock server = JiraWireMock.create();

  @BeforeAll
  static void readSample() throws IOException {
    acme = SiteData.read(Path.of("sample-data/acme"));
  }

  private String fake(FakeJira.Options options) {
    return server.serve(new FakeJira(acme, options));
  }

  private String stubbed() {
    return server.baseUrl();
  }

  @Test
  void syncEndsWithFourAndSaysTheTokenWasRefusedOn401() throws IOException {
    String url = stubbed();
    server.stubFor(get("/rest/api/2/myself").willReturn(aResponse().withStatus(401)));
    Path config = LiveRuns.config(tmp, url, "cloud", "");
    CommandRun run =
        LiveRuns.run("sync", "--config", config.toString(), "--out", tmp.resolve("s").toString());
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .isEqualTo(
            "interlock: Jira answered 401 for GET /rest/api/2/myself: the credentials were refused;"
                + " the API token may be wrong or expired (check jira.auth) (the snapshot in "
                + tmp.resolve("s")
                + " is left as it was)\n");
  }

  @Test
  void verboseSyncLogsEveryRequestWithTheCredentialsRedacted() throws IOException {
    Path config = LiveRuns.config(tmp, fake(FakeJira.Options.ofCloud()), "cloud", "");
    CommandRun run =
        LiveRuns.run(
            "sync", "-v", "--config", config.toString(), "--out", tmp.resolve("s").toString());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err())
        .contains(
            "GET "
                + server.baseUrl()
                + "/rest/api/2/myself [Accept: application/json,"
                + " Authorization: <redacted>] -> 200 in ")
        .doesNotContain("s3cr3t-token")
        .doesNotContain("Basic Ym90");
  }

  @Test
  void aRefusedTokenLeavesThePreviousSnapshotInPlace() throws IOException {
    String url = stubbed();
    server.stubFor(get("/rest/api/2/myself").willReturn(aResponse().withStatus(401)));
    Path out = Files.createDirectories(tmp.resolve("s"));
    Files.writeString(out.resolve("search-001-0001.json"), "{\"issues\":[]}");
    LiveRuns.run(
        "sync",
        "--config",
        LiveRuns.config(tmp, url, "cloud", "").toString(),
        "--out",
        out.toString());
    assertThat(out.resolve("search-001-0001.json")).exists();
  }

  @Test
  void aTeamThatCannotBePulledEndsSyncWithFiveAndTheOthersAreSaved() throws IOException {
    Path config =
        LiveRuns.config(
            tmp, fake(FakeJira.Options.ofCloud().failing("PAY")), "cloud", "  maxRetries: 1\n");
    Path out = tmp.resolve("s");
    CommandRun run = LiveRuns.run("sync", "--config", config.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(run.err())
        .startsWith(
            "warning: Payments: pull failed after 0 issues, so its work is incomplete: Jira"
                + " answered 500 for POST /rest/api/2/search/jql: Jira failed with a server error"
                + " (Jira says: Internal server error)\n");
    assertThat(out.resolve("search-002-0001.json")).exists();
    assertThat(out.resolve("search-001-0001.json")).doesNotExist();
  }

  @Test
  void anAgendaWithoutOfflineSourcePullsLiveAndTheAgendaSaysWhatIsMissing() throws IOException {
    Path config =
        LiveRuns.config(
            tmp,
            fake(FakeJira.Options.ofDataCenter().failing("CHK")),
            "datacenter",
            "  maxRetries: 0\n");
    CommandRun run =
        LiveRuns.run(
            "agenda",
            "--config",
            config.toString(),
            "--out",
            tmp.resolve("a").toString(),
            "--as-of",
            "2026-11-16");
    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(run.out())
        .startsWith(
            "Acme Scrum of Scrums as of 2026-11-16T00:00:00Z from Jira " + server.baseUrl() + "\n");
    assertThat(Files.readString(tmp.resolve("a/agenda.md")))
        .contains(
            "Checkout: pull failed after 0 issues, so its work is incomplete: Jira answered 500");
    assertThat(run.err()).contains("warning: Checkout: pull failed after 0 issues");
  }

  @Test
  void anAgendaThatCannotReachJiraEndsWithFour() throws IOException {
    Path config = LiveRuns.config(tmp, "http://127.0.0.1:1", "datacenter", "  maxRetries: 0\n");
    CommandRun run =
        LiveRuns.run("agenda", "--config", config.toString(), "--out", tmp.resolve("a").toString());
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .startsWith(
            "interlock: no answer from http://127.0.0.1:1 for GET /rest/api/2/myself after 1 attempt (ConnectException: ");
  }

  @Test
  void anUnsetTokenVariableIsAConfigurationErrorNamingTheVariable() throws IOException {
    Path config = LiveRuns.config(tmp, "http://127.0.0.1:1", "datacenter", "");
    Files.writeString(config, Files.readString(config).replace("JIRA_API_TOKEN", "UNSET_TOKEN"));
    CommandRun run =
        LiveRuns.run("sync", "--config", config.toString(), "--out", tmp.resolve("s").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "interlock: environment variable UNSET_TOKEN is not set; export it before a live run,"
                + " or set source.offline to run without Jira\n");
  }

  @Test
  void doctorOnAHealthySiteSaysWhatItFoundAndWhatIsNotConfigured() throws IOException {
    Path config = LiveRuns.config(tmp, fake(FakeJira.Options.ofCloud()), "cloud", "");
    CommandRun run = LiveRuns.run("doctor", "--config", config.toString());
    assertThat(run.out())
        .startsWith(
            "ok    Jira answers at "
                + server.baseUrl()
                + ": Cloud 1001.0.0-SNAPSHOT\n"
                + "ok    signed in as Interlock Bot (5b10ac8d82e05b22cc7d4ef5)\n"
                + "ok    Payments: project PAY (Project PAY) is visible\n"
                + "ok    Payments: its query finds issues: (project in (\"PAY\"))\n")
        .contains(
            "ok    custom fields: sprint customfield_10020, epic link customfield_10014, story"
                + " points customfield_10016, team customfield_10001\n",
            "ok    link type Gates is not configured: Interlock infers it from its verbs with a"
                + " warning, or ignores it\n")
        .endsWith("all checks passed\n");
    assertThat(server.checked())
        .contains("GET /rest/api/2/serverInfo", "GET /rest/api/2/project/PAY");
    assertThat(run.exitCode()).isEqualTo(0);
  }

  @Test
  void doctorEndsWithThreeWhenTheConfigurationDoesNotMatchTheSite() throws IOException {
    Path config = LiveRuns.config(tmp, fake(FakeJira.Options.ofDataCenter()), "cloud", "");
    Files.writeString(
        config,
        Files.readString(config)
            .replace("{name: Data,     projects: [DATA]}", "{name: Data, projects: [DATA, DWH]}")
            .replace("  Blocks: outward-blocks", "  Blocks: outward-blocks\n  Blockers: ignore"));
    CommandRun run = LiveRuns.run("doctor", "--config", config.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .contains(
            "FAIL  the site says it is Server but jira.flavor is cloud; set flavor: datacenter\n",
            "FAIL  Data: project DWH is not visible to this account: Jira answered 404 for GET"
                + " /rest/api/2/project/DWH: not found; check jira.url (and its context path), or"
                + " the account may not see it (Jira says: No project could be found with key"
                + " 'DWH'.)\n",
            "FAIL  linkTypes.Blockers is configured but the site has no link type of that name"
                + " (names are case-sensitive)\n")
        .endsWith(" problems found; see the FAIL lines above\n");
  }

  @Test
  void doctorEndsWithFourWhenNoJiraAnswers() throws IOException {
    Path config = LiveRuns.config(tmp, "http://127.0.0.1:1", "datacenter", "  maxRetries: 0\n");
    CommandRun run = LiveRuns.run("doctor", "--config", config.toString());
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.out())
        .startsWith(
            "FAIL  no answer from http://127.0.0.1:1 for GET /rest/api/2/serverInfo after 1 attempt");
  }
}
