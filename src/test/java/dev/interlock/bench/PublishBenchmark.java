package dev.interlock.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.interlock.fakejira.FakeJira;
import dev.interlock.fakejira.SiteData;
import dev.interlock.jira.Deployment;
import dev.interlock.jira.HttpOptions;
import dev.interlock.jira.JiraAuth;
import dev.interlock.jira.JiraComments;
import dev.interlock.jira.JiraHttp;
import dev.interlock.jira.Pacing;
import dev.interlock.jira.RequestLog;
import dev.interlock.publish.PublishPlan;
import dev.interlock.publish.Publisher;
import dev.interlock.sample.SampleGenerator;
import dev.interlock.sample.SampleOptions;
import dev.interlock.state.Digests;
import dev.interlock.state.StateStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requests and wall time of publishing N comments (one per issue) to the fake Jira with a fixed
 * latency: the first run (look for our comment, then create), the rerun with nothing changed, and a
 * rerun with the state database lost (look, find, keep).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/bench.cp) \
 *   dev.interlock.bench.PublishBenchmark 1000 50</pre>
 */
public final class PublishBenchmark {
  private PublishBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int latency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path dir = Files.createTempDirectory("interlock-bench-");
    new SampleGenerator(
            new SampleOptions(20261116L, 10, n / 10 + 20, Instant.parse("2026-11-16T08:00:00Z"), 6))
        .writeTo(dir.resolve("site"));
    SiteData site = SiteData.read(dir.resolve("site"));
    FakeJira fake = new FakeJira(site, FakeJira.Options.ofCloud().withLatency(latency));
    WireMockServer server =
        new WireMockServer(wireMockConfig().dynamicPort().containerThreads(32).extensions(fake));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse()));
    try {
      List<PublishPlan.Entry> entries = new ArrayList<>();
      for (ObjectNode issue : site.issues().subList(0, n)) {
        String key = issue.path("key").asText();
        String body =
            "*Scrum of Scrums: what the meeting will hear about " + key + "*\n* Risk: 42%";
        entries.add(
            new PublishPlan.Entry(
                PublishPlan.CREATE,
                key,
                issue.path("id").asText(),
                null,
                body,
                Digests.sha256(body)));
      }
      System.out.println("| run | writes | requests | wall time |");
      System.out.println("|---|---|---|---|");
      Path db = dir.resolve("state/interlock.db");
      try (StateStore store = StateStore.open(db)) {
        run("first run (look, create)", server, store, new PublishPlan(entries, 0));
        List<PublishPlan.Entry> same = new ArrayList<>();
        var known = store.publishedComments();
        for (PublishPlan.Entry e : entries) {
          same.add(
              new PublishPlan.Entry(
                  known.get(e.issueId()).digest().equals(e.digest())
                      ? PublishPlan.UNCHANGED
                      : PublishPlan.UPDATE,
                  e.issueKey(),
                  e.issueId(),
                  known.get(e.issueId()).commentId(),
                  e.body(),
                  e.digest()));
        }
        run("rerun, nothing changed", server, store, new PublishPlan(same, 0));
      }
      for (String f : List.of("interlock.db", "interlock.db-wal", "interlock.db-shm")) {
        Files.deleteIfExists(db.resolveSibling(f));
      }
      try (StateStore lost = StateStore.open(db)) {
        run(
            "rerun with the state database lost (look, find, keep)",
            server,
            lost,
            new PublishPlan(entries, 0));
      }
      System.out.println("latency " + latency + " ms; " + fake.writes().size() + " writes in all");
    } finally {
      server.stop();
    }
  }

  private static void run(String name, WireMockServer server, StateStore store, PublishPlan plan)
      throws Exception {
    JiraHttp http =
        new JiraHttp(
            URI.create(server.baseUrl()),
            JiraAuth.basic("bench@acme.example", "token"),
            HttpOptions.DEFAULT,
            Pacing.REAL,
            RequestLog.NONE);
    JiraComments comments = new JiraComments(http, Deployment.CLOUD);
    long started = System.nanoTime();
    Publisher.Outcome o =
        new Publisher(comments, store, comments.myself(), "bench", null, Instant.now())
            .apply(plan, null, "keep");
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %,d | %.1f s |%n",
        name,
        o.created() + o.updated() + o.deleted(),
        http.requests(),
        seconds);
    http.shutdown();
  }
}
