package dev.interlock.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.interlock.config.PullSettings;
import dev.interlock.fakejira.FakeJira;
import dev.interlock.fakejira.SiteData;
import dev.interlock.jira.Deployment;
import dev.interlock.jira.HttpOptions;
import dev.interlock.jira.JiraAuth;
import dev.interlock.jira.JiraHttp;
import dev.interlock.jira.Pacing;
import dev.interlock.jira.PullProgress;
import dev.interlock.jira.RequestLog;
import dev.interlock.jira.SitePull;
import dev.interlock.jira.TeamFilter;
import dev.interlock.sample.SampleGenerator;
import dev.interlock.sample.SampleOptions;
import dev.interlock.sync.SnapshotSync;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requests and wall time of the nights of {@code interlock nightly} on a generated site of N issues
 * with CHANGED of them edited between the nights, served by the fake Jira with a fixed latency: the
 * first (full) night, an incremental night, an incremental night with the key sweep, and a full
 * pull of the changed site beside them.
 *
 * <pre>java -Xmx6g -cp target/classes:target/test-classes:$(cat target/bench.cp) \
 *   dev.interlock.bench.IncrementalPullBenchmark 10000 50 50</pre>
 *
 * Arguments: N, changed issues, server latency in ms. Prints Markdown table rows.
 */
public final class IncrementalPullBenchmark {
  private static final int TEAMS = 10;
  private static final List<String> FIRST_KEYS =
      List.of("PAY", "CHK", "CAT", "IDN", "MOB", "PLAT", "DATA");
  private static final Instant NIGHT_1 = Instant.parse("2026-11-17T02:00:00Z");
  private static final Instant CHANGED = Instant.parse("2026-11-17T12:00:00Z");
  private static final Instant NIGHT_2 = Instant.parse("2026-11-18T02:00:00Z");
  private static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private IncrementalPullBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int changed = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int latency = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    Path dir = Files.createTempDirectory("interlock-bench-");
    SampleOptions options =
        new SampleOptions(20261116L, TEAMS, n / TEAMS, Instant.parse("2026-11-16T08:00:00Z"), 6);
    new SampleGenerator(options).writeTo(dir.resolve("site"));
    SiteData site = SiteData.read(dir.resolve("site"));
    FakeJira fake = new FakeJira(site, FakeJira.Options.ofCloud().withLatency(latency));
    WireMockServer server =
        new WireMockServer(wireMockConfig().dynamicPort().containerThreads(32).extensions(fake));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse()));
    try {
      System.out.println(
          "| night | mode | issues fetched | kept | removed | requests | wall time |");
      System.out.println("|---|---|---|---|---|---|---|");
      Path snapshot = dir.resolve("state/snapshot");
      night("first night", server, NIGHT_1, snapshot, false, Duration.ofDays(7));
      Path second = dir.resolve("second/snapshot");
      copyTree(snapshot, second);
      fake.setSite(change(site, changed));
      night("next night", server, NIGHT_2, snapshot, false, Duration.ofDays(7));
      night("next night, sweep due", server, NIGHT_2, second, false, Duration.ofHours(1));
      night(
          "full pull of the changed site",
          server,
          NIGHT_2,
          dir.resolve("full"),
          true,
          Duration.ofDays(7));
      System.out.println("latency " + latency + " ms; " + changed + " issues changed of " + n);
    } finally {
      server.stop();
      deleteTree(dir);
    }
  }

  /** Every {@code n / changed}-th issue of the teams' projects gets a new summary and updated. */
  private static SiteData change(SiteData site, int changed) {
    List<ObjectNode> owned =
        site.issues().stream()
            .filter(i -> !i.path("fields").path("project").path("key").asText().equals("OPS"))
            .toList();
    int step = Math.max(1, owned.size() / changed);
    List<ObjectNode> issues = new ArrayList<>();
    int edited = 0;
    for (ObjectNode issue : site.issues()) {
      int index = owned.indexOf(issue);
      if (index >= 0 && index % step == 0 && edited < changed) {
        ObjectNode copy = issue.deepCopy();
        ObjectNode fields = (ObjectNode) copy.path("fields");
        fields.put("summary", fields.path("summary").asText() + " (edited)");
        fields.put("updated", JIRA_TIME.format(CHANGED));
        issues.add(copy);
        edited++;
      } else {
        issues.add(issue);
      }
    }
    return new SiteData(issues, site.fields(), site.linkTypes());
  }

  private static void night(
      String name, WireMockServer server, Instant at, Path target, boolean full, Duration every)
      throws Exception {
    PullSettings settings = PullSettings.DEFAULT;
    JiraHttp http =
        new JiraHttp(
            URI.create(server.baseUrl()),
            JiraAuth.basic("bench@acme.example", "token"),
            HttpOptions.DEFAULT.withMaxConcurrency(settings.maxConcurrency()),
            Pacing.REAL,
            RequestLog.NONE);
    SitePull pull =
        new SitePull(
            http,
            Deployment.CLOUD,
            settings.pageSize(),
            settings.maxConcurrency(),
            PullProgress.NONE);
    long started = System.nanoTime();
    SnapshotSync.Result result =
        new SnapshotSync(pull, teams(), server.baseUrl(), "cloud", Clock.fixed(at, ZoneOffset.UTC))
            .run(target, full, Duration.ofMinutes(10), every);
    double seconds = (System.nanoTime() - started) / 1e9;
    http.shutdown();
    var r = result.record();
    System.out.printf(
        Locale.ROOT,
        "| %s | %s%s | %,d | %,d | %,d | %,d | %.1f s |%n",
        name,
        r.mode(),
        r.swept() && r.mode().equals("incremental") ? ", swept" : "",
        r.counts().fetched(),
        r.counts().kept(),
        r.counts().removed(),
        r.requests(),
        seconds);
  }

  private static List<TeamFilter> teams() {
    List<TeamFilter> teams = new ArrayList<>();
    for (int i = 1; i <= TEAMS; i++) {
      String key = i <= FIRST_KEYS.size() ? FIRST_KEYS.get(i - 1) : String.format("T%03d", i);
      teams.add(new TeamFilter("team " + i, "(project in (\"" + key + "\"))"));
    }
    return teams;
  }

  private static void copyTree(Path from, Path to) throws java.io.IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path p : files.toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
