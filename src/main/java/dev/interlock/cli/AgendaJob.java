package dev.interlock.cli;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.AgendaBuilder;
import dev.interlock.agenda.AgendaSettings;
import dev.interlock.config.InterlockConfig;
import dev.interlock.config.MeetingSettings;
import dev.interlock.graph.CycleDetector;
import dev.interlock.graph.CycleFinding;
import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.LinkSemantics;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Team;
import dev.interlock.risk.FirstRiskScorer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The main job after the source: snapshot to graph, cycles, risk and agenda. A pure function of the
 * snapshot, the configuration and {@code asOf}.
 */
final class AgendaJob {
  /** An as-of this long after the newest change in the snapshot earns a warning. */
  static final Duration STALE_AFTER = Duration.ofDays(7);

  private final InterlockConfig config;

  AgendaJob(InterlockConfig config) {
    this.config = config;
  }

  Agenda run(Snapshot snapshot, Instant asOf) {
    return run(snapshot, asOf, List.of());
  }

  /** {@code sourceWarnings}: what the source could not deliver, first among the warnings. */
  Agenda run(Snapshot snapshot, Instant asOf, List<String> sourceWarnings) {
    List<String> teamNames = config.teams().stream().map(Team::name).toList();
    DependencyGraph graph =
        new DependencyGraphBuilder(
                new TeamIndex(config.teams()), new LinkSemantics(config.linkTypes()))
            .build(snapshot);
    List<CycleFinding> cycles = new CycleDetector(graph).findings();
    var ranked = new FirstRiskScorer(graph, cycles, asOf).ranked();
    MeetingSettings m = config.meeting();
    AgendaSettings settings =
        new AgendaSettings(
            m.name(),
            m.timeboxMinutes(),
            m.maxItems(),
            AgendaSettings.DEFAULT_SINCE_DAYS,
            AgendaSettings.DEFAULT_PER_QUESTION,
            AgendaSettings.DEFAULT_SOON_DAYS);
    return new AgendaBuilder(settings, asOf)
        .build(
            snapshot, teamNames, graph, cycles, ranked, warnings(sourceWarnings, snapshot, asOf));
  }

  private static List<String> warnings(List<String> first, Snapshot snapshot, Instant asOf) {
    List<String> all = new ArrayList<>(first);
    all.addAll(staleness(snapshot, asOf));
    return all;
  }

  private static List<String> staleness(Snapshot snapshot, Instant asOf) {
    List<String> warnings = new ArrayList<>();
    snapshot.issues().stream()
        .map(Issue::updated)
        .max(Comparator.naturalOrder())
        .ifPresent(
            newest -> {
              if (Duration.between(newest, asOf).compareTo(STALE_AFTER) > 0) {
                warnings.add(
                    "the agenda is as of "
                        + asOf
                        + " but the newest change in the snapshot is "
                        + newest
                        + "; pass --as-of to see it as of when it was taken.");
              }
              if (newest.isAfter(asOf)) {
                warnings.add(
                    "the snapshot has changes after the as-of time "
                        + asOf
                        + " (newest "
                        + newest
                        + "); issues are shown as they are now, not as they were then.");
              }
            });
    return warnings;
  }
}
