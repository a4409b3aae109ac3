package dev.interlock.bench;

import dev.interlock.graph.AnalysisOptions;
import dev.interlock.graph.AnalysisResult;
import dev.interlock.graph.CycleDetector;
import dev.interlock.graph.CycleFinding;
import dev.interlock.graph.DependencyAnalyses;
import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.LinkSemantics;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkRule;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Strength;
import dev.interlock.model.Team;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times graph building, cycle detection and every cross-team analysis on synthetic snapshots of
 * 10,000 and 100,000 issues (3 links each, 100 teams) and prints the times and the peak heap. Run
 * as BENCHMARKS.md shows; arguments {@code issues teams linksPerIssue} run one size only.
 */
public final class AnalyticsBench {
  private AnalyticsBench() {}

  public static void main(String[] args) {
    if (args.length == 3) {
      run(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      return;
    }
    run(10_000, 100, 3);
    run(100_000, 100, 3);
  }

  private static void run(int issues, int teams, int links) {
    List<Team> teamList = SyntheticSnapshot.teams(teams);
    Snapshot snapshot = SyntheticSnapshot.of(issues, teams, links, 42);
    System.gc();
    resetPeaks();
    long t0 = System.nanoTime();
    DependencyGraph graph =
        new DependencyGraphBuilder(
                new TeamIndex(teamList),
                new LinkSemantics(
                    Map.of("Blocks", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.HARD))))
            .build(snapshot);
    long t1 = System.nanoTime();
    List<CycleFinding> cycles = new CycleDetector(graph).findings();
    long t2 = System.nanoTime();
    AnalysisResult result =
        new DependencyAnalyses(
                graph,
                teamList.stream().map(Team::name).toList(),
                cycles,
                SyntheticSnapshot.AS_OF,
                AnalysisOptions.DEFAULTS)
            .result();
    long t3 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%,d issues, %,d dependencies, %d teams: graph %.2f s, cycles %.2f s, analyses %.2f s,"
            + " total %.2f s; peak heap %,d MiB; %,d findings, %,d chains, %,d blockers%n",
        issues,
        graph.jgraph().edgeSet().size(),
        teams,
        secs(t1 - t0),
        secs(t2 - t1),
        secs(t3 - t2),
        secs(t3 - t0),
        peakHeapMiB(),
        result.findings().size(),
        result.chains().size(),
        result.impact().size());
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMiB() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }
}
