package dev.interlock.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

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
import dev.interlock.jira.PullReport;
import dev.interlock.jira.RequestLog;
import dev.interlock.jira.SitePull;
import dev.interlock.jira.TeamFilter;
import dev.interlock.sample.SampleGenerator;
import dev.interlock.sample.SampleOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Requests, wall time and memory of a full Cloud pull of N issues from the scaled generator, served
 * by the fake Jira with a fixed latency. One N per JVM, so peak memory is this run's:
 *
 * <pre>java -Xmx6g -cp target/classes:target/test-classes:$(cat target/bench.cp) \
 *   dev.interlock.bench.PullBenchmark 10000 50 40</pre>
 *
 * Arguments: N, server latency in ms (default 50), the inline changelog cap of the fake's Cloud
 * search (default 40, as Cloud; a lower cap forces more changelog completions).
 *
 * <p>Prints one Markdown table row. Ten teams of N/10 issues each (plus the unowned OPS project).
 */
public final class PullBenchmark {
  private static final int TEAMS = 10;
  private static final List<String> FIRST_KEYS =
      List.of("PAY", "CHK", "CAT", "IDN", "MOB", "PLAT", "DATA");

  private PullBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int latency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int cap = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    Path dir = Files.createTempDirectory("interlock-bench-");
    SampleOptions options =
        new SampleOptions(20261116L, TEAMS, n / TEAMS, Instant.parse("2026-11-16T08:00:00Z"), 6);
    new SampleGenerator(options).writeTo(dir.resolve("site"));
    SiteData site = SiteData.read(dir.resolve("site"));
    FakeJira fake =
        new FakeJira(site, FakeJira.Options.ofCloud().withCap(cap).withLatency(latency));
    WireMockServer server =
        new WireMockServer(wireMockConfig().dynamicPort().containerThreads(32).extensions(fake));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse()));
    try {
      run(n, latency, server, fake, dir.resolve("pull"));
    } finally {
      server.stop();
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void run(int n, int latency, WireMockServer server, FakeJira fake, Path out)
      throws Exception {
    PullSettings settings = PullSettings.DEFAULT;
    JiraHttp http =
        new JiraHttp(
            URI.create(server.baseUrl()),
            JiraAuth.basic("bench@acme.example", "token"),
            HttpOptions.DEFAULT.withMaxConcurrency(settings.maxConcurrency()),
            Pacing.REAL,
            RequestLog.NONE);
    long baseline = settleHeap();
    PullReport report =
        new SitePull(
                http,
                Deployment.CLOUD,
                settings.pageSize(),
                settings.maxConcurrency(),
                PullProgress.NONE)
            .pull(teams(), out);
    long peak = peakHeap();
    http.shutdown();
    Map<String, Integer> byPath = fake.requests();
    int searches = byPath.getOrDefault("/rest/api/2/search/jql", 0);
    int bulk = byPath.getOrDefault("/rest/api/2/changelog/bulkfetch", 0);
    int outsideBatches = (report.outside() + report.invisible().size() + 99) / 100;
    long floor =
        ceil(report.issues(), settings.pageSize())
            + ceil(report.issues(), 1000)
            + outsideBatches
            + 3;
    System.out.printf(
        Locale.ROOT,
        "| %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %.1f s | %d MB |%n",
        n,
        report.issues(),
        report.requests(),
        searches,
        bulk,
        report.changelogsCompleted(),
        outsideBatches,
        floor,
        report.issues() + 3,
        report.elapsed().toMillis() / 1000.0,
        (peak - baseline) >> 20);
    System.out.println("latency " + latency + " ms; requests by path " + byPath);
  }

  private static List<TeamFilter> teams() {
    List<TeamFilter> teams = new ArrayList<>();
    for (int i = 1; i <= TEAMS; i++) {
      String key = i <= FIRST_KEYS.size() ? FIRST_KEYS.get(i - 1) : String.format("T%03d", i);
      teams.add(new TeamFilter("team " + i, "(project in (\"" + key + "\"))"));
    }
    return teams;
  }

  private static long ceil(long a, long b) {
    return (a + b - 1) / b;
  }

  private static long settleHeap() {
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
