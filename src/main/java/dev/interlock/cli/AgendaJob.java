package dev.interlock.cli;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.AgendaBuilder;
import dev.interlock.agenda.AgendaSettings;
import dev.interlock.agenda.RiskBasis;
import dev.interlock.config.AnalysisSettings;
import dev.interlock.config.InterlockConfig;
import dev.interlock.config.MeetingSettings;
import dev.interlock.graph.AnalysisOptions;
import dev.interlock.graph.CycleDetector;
import dev.interlock.graph.CycleFinding;
import dev.interlock.graph.DependencyAnalyses;
import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.LinkSemantics;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Team;
import dev.interlock.model.Words;
import dev.interlock.risk.KnownOutcomes;
import dev.interlock.risk.LearnedRiskScorer;
import dev.interlock.risk.RiskRanking;
import dev.interlock.risk.SnapshotReplay;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The main job after the source: snapshot to graph, cycles, risk, cross-team analyses and agenda. A
 * pure function of the snapshot, the configuration and {@code asOf}.
 */
final class AgendaJob {
  /** An as-of this long after the newest change in the snapshot earns a warning. */
  static final Duration STALE_AFTER = Duration.ofDays(7);

  private final InterlockConfig config;

  AgendaJob(InterlockConfig config) {
    this.config = config;
  }

  /** The agenda without memory of earlier meetings (publishing needs none). */
  Agenda run(Snapshot taken, Instant asOf) {
    return build(taken, asOf, List.of()).agenda();
  }

  /**
   * The agenda remembering the meetings {@code earlier} knows (see {@link MeetingMemories}); with
   * {@link EarlierMeetings#NONE} the action items are still listed.
   */
  Agenda run(Snapshot taken, Instant asOf, List<String> sourceWarnings, EarlierMeetings earlier) {
    Built built = build(taken, asOf, sourceWarnings);
    return new MeetingMemories(config, this).remember(built, taken, asOf, earlier);
  }

  /** An agenda with what it was built from, for remembering it. */
  record Built(
      Agenda agenda,
      DependencyGraph graph,
      java.util.Map<dev.interlock.model.IssueKey, Double> scores) {}

  /** The agenda as of {@code asOf}, without memory of earlier meetings. */
  Built build(Snapshot taken, Instant asOf, List<String> sourceWarnings) {
    List<String> warnings = new ArrayList<>(sourceWarnings);
    boolean history = taken.hasChangeHistory();
    long withoutChangelog = taken.withoutChangeHistory();
    if (!history) {
      warnings.add(Snapshot.NO_CHANGE_HISTORY + ".");
    } else if (withoutChangelog > 0) {
      warnings.add(
          Words.count(withoutChangelog, "issue", "issues")
              + " of "
              + taken.issues().size()
              + " came without a changelog (fetched without expand=changelog): their past states"
              + " cannot be rebuilt; pull them again with `interlock sync`.");
    }
    refusePastWithoutHistory(taken, asOf);
    warnings.addAll(staleness(taken, asOf));
    Snapshot snapshot =
        history && changedAfter(taken, asOf) ? new SnapshotReplay(taken).asOf(asOf) : taken;
    List<String> teamNames = config.teams().stream().map(Team::name).toList();
    DependencyGraphBuilder builder =
        new DependencyGraphBuilder(
            new TeamIndex(config.teams()), new LinkSemantics(config.linkTypes()));
    DependencyGraph graph = builder.build(snapshot);
    List<CycleFinding> cycles = new CycleDetector(graph).findings();
    RiskRanking risk = new RiskRanking(snapshot, graph, cycles, builder, asOf);
    var ranked = risk.ranked();
    warnings.addAll(risk.warnings());
    MeetingSettings m = config.meeting();
    dev.interlock.config.MeetingSchedule schedule = m.schedule();
    AgendaSettings settings =
        new AgendaSettings(
            m.name(),
            m.timeboxMinutes(),
            m.maxItems(),
            m.sinceDays(),
            AgendaSettings.DEFAULT_PER_QUESTION,
            AgendaSettings.DEFAULT_SOON_DAYS,
            schedule == null ? null : schedule.previous(asOf).toInstant(),
            schedule == null ? null : schedule.next(asOf));
    AnalysisOptions options = analysisOptions(config.analysis());
    var analysis = new DependencyAnalyses(graph, teamNames, cycles, asOf, options).result();
    java.util.Map<dev.interlock.model.IssueKey, Double> scores = new java.util.TreeMap<>();
    ranked.forEach(r -> scores.put(r.key(), r.score()));
    Agenda agenda =
        new AgendaBuilder(settings, asOf)
            .build(
                snapshot,
                teamNames,
                graph,
                cycles,
                ranked,
                riskBasis(risk),
                warnings,
                AgendaBuilder.analysis(graph, analysis, options, ranked));
    // The configured site wins over the one the issues' addresses name.
    Agenda linked =
        config.jira() == null ? agenda : agenda.withJiraUrl(config.jira().url().toString());
    return new Built(linked, graph, scores);
  }

  private static RiskBasis riskBasis(RiskRanking risk) {
    KnownOutcomes known = risk.knownOutcomes();
    return new RiskBasis(
        risk.how().isPresent(),
        known.dueBefore(),
        known.count(),
        known.slipped(),
        known.items(),
        risk.how().orElse(null),
        LearnedRiskScorer.MIN_ROWS,
        LearnedRiskScorer.MIN_PER_CLASS,
        risk.history());
  }

  private static AnalysisOptions analysisOptions(AnalysisSettings a) {
    return new AnalysisOptions(
        a.defaultLeadTimeDays(), a.impactHorizonDays(), a.maxTeamsPerMeeting());
  }

  /**
   * An as-of moment before some of the snapshot's changes needs the changelogs to undo them; a
   * snapshot without any cannot show that past, so the agenda stops (exit code 3) rather than show
   * today's issues under a past date, whichever command asks (agenda, nightly, publish).
   */
  private static void refusePastWithoutHistory(Snapshot snapshot, Instant at) {
    if (snapshot.hasChangeHistory()) {
      return;
    }
    snapshot.issues().stream()
        .map(dev.interlock.model.Issue::updated)
        .max(java.util.Comparator.naturalOrder())
        .filter(newest -> newest.isAfter(at))
        .ifPresent(
            newest -> {
              throw new UserError(
                  ExitCodes.INVALID_CONFIG,
                  "cannot show "
                      + snapshot.source()
                      + " as of "
                      + at
                      + ": the snapshot has changes up to "
                      + newest
                      + " but no change history (issues were fetched without expand=changelog),"
                      + " so the issues cannot be rebuilt as they were then. Pass an --as-of at or"
                      + " after "
                      + newest
                      + ", or pull the site again with `interlock sync`, which fetches"
                      + " changelogs.",
                  null);
            });
  }

  private static boolean changedAfter(Snapshot snapshot, Instant asOf) {
    return snapshot.issues().stream().anyMatch(i -> i.updated().isAfter(asOf));
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
                        + "); issues are rebuilt as they were then from their changelogs.");
              }
            });
    snapshot.issues().stream()
        .map(Issue::created)
        .filter(java.util.Objects::nonNull)
        .min(Comparator.naturalOrder())
        .filter(first -> first.isAfter(asOf))
        .ifPresent(
            first ->
                warnings.add(
                    "the agenda is as of "
                        + asOf
                        + ", before the first issue of the snapshot was created ("
                        + first
                        + "): nothing existed yet; pass a later --as-of."));
    return warnings;
  }
}
