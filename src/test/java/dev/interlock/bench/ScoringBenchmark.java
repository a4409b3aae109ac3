package dev.interlock.bench;

import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.LinkSemantics;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkRule;
import dev.interlock.model.LinkType;
import dev.interlock.model.LinkedIssue;
import dev.interlock.model.Person;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import dev.interlock.model.Strength;
import dev.interlock.model.Team;
import dev.interlock.risk.LearnedRiskScorer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Scores {@code open} open committed items end to end with {@link LearnedRiskScorer} (replay to T,
 * training at past moments on {@code done} resolved items, blocker risk, scoring), built in memory
 * across 40 teams, every fifth item blocked by an item of the next team. Prints wall time and peak
 * heap. Run: {@code ./mvnw -B -q test-compile && java -Xmx4g -cp
 * target/classes:target/test-classes:$(cat target/cp.txt) dev.interlock.bench.ScoringBenchmark
 * 100000 20000}.
 */
public final class ScoringBenchmark {
  private static final Instant T = Instant.parse("2026-11-16T00:00:00Z");
  private static final LinkType BLOCKS = new LinkType("1", "Blocks", "is blocked by", "blocks");
  private static final Status OPEN = new Status("Open", StatusCategory.TO_DO);
  private static final Status DONE = new Status("Done", StatusCategory.DONE);
  private static final int TEAMS = 40;

  private ScoringBenchmark() {}

  public static void main(String[] args) {
    int open = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int done = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Random r = new Random(42);
    List<Issue> issues = new ArrayList<>();
    List<Team> teams = new ArrayList<>();
    for (int t = 0; t < TEAMS; t++) {
      teams.add(new Team("Team" + t, List.of("T" + t), List.of(), List.of(), null));
    }
    for (int i = 0; i < open + done; i++) {
      issues.add(issue(i, i >= open, r));
    }
    Snapshot s = new Snapshot("bench", T, issues, List.of(BLOCKS), List.of());
    DependencyGraphBuilder builder =
        new DependencyGraphBuilder(
            new TeamIndex(teams),
            new LinkSemantics(
                Map.of("Blocks", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.HARD))));
    long start = System.nanoTime();
    LearnedRiskScorer scorer = new LearnedRiskScorer(s, builder, T, Duration.ofDays(90));
    long scored = 0;
    for (int i = 0; i < open; i++) {
      scored += scorer.probability(key(i)).isPresent() ? 1 : 0;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "scored %d open committed items (%d resolved in history) in %.1f s; peak heap %d MB;"
            + " model: %s%n",
        scored,
        done,
        seconds,
        peakHeapMb(),
        scorer.how().orElse("none: " + scorer.warnings()));
  }

  private static IssueKey key(int i) {
    return IssueKey.parse("T" + (i % TEAMS) + "-" + (i / TEAMS + 1));
  }

  private static Issue issue(int i, boolean resolved, Random r) {
    Instant created = T.minus(Duration.ofDays(30 + r.nextInt(700)));
    LocalDate due =
        LocalDate.parse("2026-11-16").plusDays(resolved ? -r.nextInt(600) : 1 + r.nextInt(60));
    if (resolved && due.isBefore(LocalDate.ofInstant(created, java.time.ZoneOffset.UTC))) {
      due = LocalDate.ofInstant(created, java.time.ZoneOffset.UTC).plusDays(20);
    }
    Instant done =
        resolved
            ? due.atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant()
                .plus(Duration.ofDays(r.nextInt(20) - 10))
            : null;
    if (done != null && !done.isAfter(created)) {
      done = created.plus(Duration.ofDays(1));
    }
    List<IssueLink> links = new ArrayList<>();
    if (!resolved && i % 5 == 0 && i + 1 < Integer.MAX_VALUE) {
      links.add(
          new IssueLink(
              "l" + i, BLOCKS, LinkDirection.INWARD, new LinkedIssue(key(i + 1), null, null)));
    }
    return new Issue(
        key(i),
        Integer.toString(i),
        "Item " + i,
        i % 4 == 0 ? "Bug" : "Story",
        false,
        resolved ? DONE : OPEN,
        "Medium",
        new Person("p" + r.nextInt(2000), "Person"),
        created,
        created,
        done,
        resolved ? "Fixed" : null,
        due,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        links,
        done == null
            ? List.of()
            : List.of(
                new HistoryEvent(done, "bench", "status", null, "1", "Open", "3", "Done"),
                new HistoryEvent(done, "bench", "resolution", null, null, null, "1", "Fixed")),
        List.of(),
        false,
        true);
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
