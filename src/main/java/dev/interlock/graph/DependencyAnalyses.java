package dev.interlock.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs every cross-team analysis on one graph as of one moment: cycles, blocking chains, schedule
 * conflicts, impact, bottlenecks, the team matrix, meeting groups and data lint. Never fails on a
 * cycle. Computed once, on the first call of {@link #result()}.
 */
public final class DependencyAnalyses {
  private final DependencyGraph graph;
  private final List<String> teams;
  private final List<CycleFinding> cycles;
  private final Instant asOf;
  private final AnalysisOptions options;
  private @Nullable AnalysisResult result;

  /** {@code teams} in configuration order; {@code cycles} from {@link CycleDetector}. */
  public DependencyAnalyses(
      DependencyGraph graph,
      List<String> teams,
      List<CycleFinding> cycles,
      Instant asOf,
      AnalysisOptions options) {
    this.graph = graph;
    this.teams = List.copyOf(teams);
    this.cycles = List.copyOf(cycles);
    this.asOf = asOf;
    this.options = options;
  }

  public AnalysisResult result() {
    if (result == null) {
      result = compute();
    }
    return result;
  }

  private AnalysisResult compute() {
    TeamGraph teamGraph = new TeamGraph(graph, teams);
    LeadTimes leadTimes = new LeadTimes(graph, asOf, options.defaultLeadTimeDays());
    BlockingChains chains = new BlockingChains(graph, leadTimes, asOf);
    Bottlenecks bottlenecks = new Bottlenecks(graph, teamGraph, teams);
    List<Finding> findings =
        new ArrayList<>(new CycleFindings(graph, cycles, teamGraph).findings());
    findings.addAll(chains.findings());
    findings.addAll(new ScheduleConflicts(graph).findings());
    findings.addAll(new DataLint(graph).findings());
    findings.sort(Finding.ORDER);
    return new AnalysisResult(
        findings,
        chains.chains(),
        new ImpactAnalysis(graph, asOf, options.impactHorizonDays()).impacts(),
        bottlenecks.teams(),
        bottlenecks.relays(),
        new DependencyMatrix(graph, teams),
        new MeetingGroups(teamGraph, teams, options.maxTeamsPerMeeting()).split(),
        leadTimes.learned());
  }
}
