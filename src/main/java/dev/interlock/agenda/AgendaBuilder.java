package dev.interlock.agenda;

import dev.interlock.graph.AnalysisOptions;
import dev.interlock.graph.AnalysisResult;
import dev.interlock.graph.CycleFinding;
import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.GraphNode;
import dev.interlock.graph.TeamGraph;
import dev.interlock.model.Dependency;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Skip;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Strength;
import dev.interlock.model.Words;
import dev.interlock.risk.RiskScore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Assembles the {@link Agenda} from the snapshot, the graph, the cycles and the ranked risk scores.
 * A pure function of its inputs: it never reads a clock; {@code asOf} comes in.
 */
public final class AgendaBuilder {
  private final AgendaSettings settings;
  private final Instant asOf;

  public AgendaBuilder(AgendaSettings settings, Instant asOf) {
    this.settings = settings;
    this.asOf = asOf;
  }

  /**
   * The agenda, carrying the cross-team {@code analysis} (see {@link #analysis}) and {@code
   * riskBasis}, where the {@code ranked} scores come from.
   */
  public Agenda build(
      Snapshot snapshot,
      List<String> teams,
      DependencyGraph graph,
      List<CycleFinding> cycles,
      List<RiskScore> ranked,
      RiskBasis riskBasis,
      List<String> extraWarnings,
      Analysis analysis) {
    IssueRefs refs = new IssueRefs(graph);
    FourQuestions questions = new FourQuestions(graph, settings, asOf);
    List<TeamSection> sections = teams.stream().map(questions::answer).toList();
    List<RiskItem> riskiest = riskiest(snapshot, graph, refs, ranked);
    List<Dependency> cross = graph.crossTeamDependencies();
    Summary summary =
        new Summary(
            snapshot.issues().size(),
            teams.size(),
            graph.dependencies().size(),
            cross.size(),
            cycles.size(),
            riskiest.size(),
            skipCounts(snapshot, graph));
    List<CycleItem> cycleItems = cycles.stream().map(c -> cycleItem(c, refs)).toList();
    // The minute plan makes room for action items and escalations when memory is added.
    return new Agenda(
            new MeetingInfo(
                settings.meetingName(),
                asOf,
                settings.timeboxMinutes(),
                settings.maxItems(),
                settings.sinceDays(),
                snapshot.source(),
                null,
                meetingFor(settings),
                window(settings, asOf)),
            teams,
            summary,
            sections,
            cycleItems,
            riskiest,
            riskBasis,
            teamLinks(graph, teams),
            cross.stream()
                .map(
                    d ->
                        new EdgeRef(
                            d.blocker().toString(),
                            d.blocked().toString(),
                            d.linkType(),
                            d.strength() == Strength.HARD))
                .toList(),
            refs.of(crossTeamKeys(cross)),
            warnings(snapshot, graph, teams, extraWarnings),
            analysis)
        .withJiraUrl(snapshot.siteUrl());
  }

  /**
   * The agenda's form of the analyses' {@code result}; risk scores fill the matrix's worst risk.
   */
  public static Analysis analysis(
      DependencyGraph graph,
      AnalysisResult result,
      AnalysisOptions options,
      List<RiskScore> ranked) {
    return new AnalysisItems(new IssueRefs(graph), ranked).of(result, options);
  }

  private List<RiskItem> riskiest(
      Snapshot snapshot, DependencyGraph graph, IssueRefs refs, List<RiskScore> ranked) {
    Map<IssueKey, Issue> issues = snapshot.byKey();
    List<RiskItem> items = new ArrayList<>();
    for (RiskScore s : ranked.subList(0, Math.min(ranked.size(), settings.maxItems()))) {
      Set<IssueKey> blockers = new TreeSet<>();
      graph.blockersOf(s.key()).stream()
          .filter(d -> graph.requireNode(d.blocker()).isOpen())
          .forEach(d -> blockers.add(d.blocker()));
      Set<IssueKey> waiting = graph.openDependents(s.key());
      items.add(
          new RiskItem(
              items.size() + 1,
              refs.of(s.key()),
              s.score(),
              withFlag(issues.get(s.key()), s.reasons()),
              refs.of(blockers),
              refs.of(waiting),
              s.noProbability()));
    }
    return items;
  }

  /** An issue flagged as an impediment says so first, with since when if the history tells. */
  static List<String> withFlag(@Nullable Issue issue, List<String> reasons) {
    if (issue == null || !issue.flagged()) {
      return reasons;
    }
    List<String> all = new ArrayList<>();
    all.add(
        issue
            .flaggedSince()
            .map(t -> "flagged as impediment since " + LocalDate.ofInstant(t, ZoneOffset.UTC))
            .orElse("flagged as impediment"));
    all.addAll(reasons);
    return all;
  }

  private static CycleItem cycleItem(CycleFinding c, IssueRefs refs) {
    List<String> path = c.path().stream().map(IssueKey::toString).toList();
    StringBuilder reason = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      reason
          .append(i == 0 ? "" : ", ")
          .append(path.get(i))
          .append(" blocks ")
          .append(path.get((i + 1) % path.size()));
    }
    reason.append(": nobody can finish first. ");
    reason.append(
        c.crossTeam()
            ? "Teams "
                + String.join(", ", c.teams())
                + " decide after the meeting which link is wrong or which part ships first."
            : "The team decides which link is wrong or which part ships first.");
    if (c.members().size() > path.size()) {
      reason.append(" ").append(c.members().size()).append(" issues are entangled in all.");
    }
    return new CycleItem(refs.of(c.members()), path, c.teams(), reason.toString());
  }

  /** Open team-to-team waits, most first, then by blocker and waiting team. */
  private static List<TeamLink> teamLinks(DependencyGraph graph, List<String> teams) {
    return new TeamGraph(graph, teams)
        .edges().stream()
            .filter(e -> e.open() > 0)
            .map(e -> new TeamLink(e.blocker(), e.blocked(), e.open()))
            .sorted(
                Comparator.comparingInt(TeamLink::count)
                    .reversed()
                    .thenComparing(TeamLink::blocker)
                    .thenComparing(TeamLink::blocked))
            .toList();
  }

  private static Set<IssueKey> crossTeamKeys(List<Dependency> cross) {
    Set<IssueKey> keys = new TreeSet<>();
    cross.forEach(
        d -> {
          keys.add(d.blocker());
          keys.add(d.blocked());
        });
    return keys;
  }

  private static Map<String, Long> skipCounts(Snapshot snapshot, DependencyGraph graph) {
    Map<String, Long> counts = new TreeMap<>(snapshot.skipCounts());
    graph.skipped().stream()
        .collect(Collectors.groupingBy(Skip::reason, Collectors.counting()))
        .forEach((reason, n) -> counts.merge(reason, n, Long::sum));
    return counts;
  }

  private static List<String> warnings(
      Snapshot snapshot, DependencyGraph graph, List<String> teams, List<String> extra) {
    List<String> warnings = new ArrayList<>(extra);
    warnings.addAll(graph.warnings());
    Set<String> matched = new TreeSet<>();
    graph.nodes().stream()
        .filter(n -> n.visible() && n.team() != null)
        .forEach(n -> matched.add(n.team()));
    teams.stream()
        .filter(t -> !matched.contains(t))
        .forEach(
            t ->
                warnings.add(
                    "team \""
                        + t
                        + "\" is configured but matches no issue in the snapshot; check its"
                        + " projects, components, labels or jql."));
    List<IssueKey> unowned =
        graph.nodes().stream()
            .filter(n -> n.visible() && n.team() == null)
            .map(GraphNode::key)
            .toList();
    if (!unowned.isEmpty()) {
      Set<String> projects = new TreeSet<>();
      unowned.forEach(k -> projects.add(k.project()));
      warnings.add(
          Words.count(unowned.size(), "issue")
              + (unowned.size() == 1 ? " in the snapshot belongs" : " in the snapshot belong")
              + " to no configured team (projects: "
              + String.join(", ", projects)
              + "); add them to a team's projects, components or labels to see them under the four questions.");
    }
    return warnings;
  }

  private static final java.time.format.DateTimeFormatter MEETING =
      java.time.format.DateTimeFormatter.ofPattern(
          "EEEE yyyy-MM-dd HH:mm", java.util.Locale.ENGLISH);

  /** {@code "Thursday 2026-11-19 09:30 Europe/Berlin"}, or null without a schedule. */
  static @org.jspecify.annotations.Nullable String meetingFor(AgendaSettings settings) {
    java.time.ZonedDateTime m = settings.meeting();
    return m == null ? null : MEETING.format(m) + " " + m.getZone().getId();
  }

  /** What "since we last met" covers, in words. */
  static String window(AgendaSettings settings, Instant asOf) {
    if (settings.since() != null && settings.meeting() != null) {
      java.time.ZonedDateTime last = settings.since().atZone(settings.meeting().getZone());
      return "the time since the last meeting, " + MEETING.format(last);
    }
    return "the last "
        + settings.sinceDays()
        + (settings.sinceDays() == 1 ? " day" : " days")
        + ", since "
        + settings.windowStart(asOf);
  }
}
