package dev.interlock.agenda;

import dev.interlock.graph.MeetingGroups;
import dev.interlock.graph.MeetingSplit;
import dev.interlock.graph.TeamBottleneck;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cross-team analyses as the agenda carries them, in full (renderers show the worst few):
 * finding counts by kind (sorted by kind name), every finding (severity, kind, first issue),
 * blocking chains (least slack first), impact of blockers (most waiting first), team bottlenecks,
 * issue relays, the team matrix, the suggested meeting split, and the lead times used (learned per
 * team, and the default for the rest).
 */
public record Analysis(
    Map<String, Integer> counts,
    List<FindingItem> findings,
    List<ChainItem> chains,
    List<ImpactItem> impact,
    List<TeamBottleneck> teamBottlenecks,
    List<RelayItem> relays,
    Dsm dsm,
    MeetingSplit grouping,
    Map<String, Integer> leadTimeDays,
    int defaultLeadTimeDays,
    int impactHorizonDays) {
  public Analysis {
    counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    findings = List.copyOf(findings);
    chains = List.copyOf(chains);
    impact = List.copyOf(impact);
    teamBottlenecks = List.copyOf(teamBottlenecks);
    relays = List.copyOf(relays);
    leadTimeDays = Collections.unmodifiableMap(new TreeMap<>(leadTimeDays));
  }

  /** An analysis that found nothing, for agendas built without one. */
  public static Analysis empty(List<String> teams) {
    return new Analysis(
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        new Dsm(teams, List.of()),
        new MeetingSplit(false, MeetingGroups.DEFAULT_MAX_TEAMS, List.of(), List.of()),
        Map.of(),
        1,
        0);
  }
}
