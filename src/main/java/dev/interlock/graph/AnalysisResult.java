package dev.interlock.graph;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything {@link DependencyAnalyses} found, each list sorted as its analysis documents: all
 * findings ({@link Finding#ORDER}), blocking chains, impact of blockers, team bottlenecks, issue
 * relays, the team matrix, the suggested meeting split, and the lead times learned per team.
 */
public record AnalysisResult(
    List<Finding> findings,
    List<BlockingChain> chains,
    List<BlockerImpact> impact,
    List<TeamBottleneck> teamBottlenecks,
    List<IssueRelay> relays,
    DependencyMatrix matrix,
    MeetingSplit split,
    Map<String, Integer> leadTimes) {
  public AnalysisResult {
    findings = List.copyOf(findings);
    chains = List.copyOf(chains);
    impact = List.copyOf(impact);
    teamBottlenecks = List.copyOf(teamBottlenecks);
    relays = List.copyOf(relays);
    leadTimes = Collections.unmodifiableMap(new TreeMap<>(leadTimes));
  }
}
