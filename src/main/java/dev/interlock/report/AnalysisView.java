package dev.interlock.report;

import dev.interlock.agenda.Analysis;
import dev.interlock.agenda.ChainItem;
import dev.interlock.agenda.Dsm;
import dev.interlock.agenda.FindingItem;
import dev.interlock.agenda.ImpactItem;
import dev.interlock.agenda.RelayItem;
import dev.interlock.graph.TeamBottleneck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analysis as the timeboxed agenda shows it: the worst {@link #SHOWN} of each kind with how
 * many more there are (the full lists stay in {@code agenda.json}), and the matrix cells as text.
 * {@code chains} are the cross-team chains through no cycle, least slack first (the Mermaid file
 * draws them); the Markdown and HTML list the late ones among the findings and {@code
 * chainsWithTimeToSpare} (slack of 0 days or more) in their own section, so no chain is listed
 * twice.
 */
record AnalysisView(
    List<String> counts,
    List<Group> groups,
    Part<ChainItem> chains,
    Part<ChainItem> chainsWithTimeToSpare,
    Part<ImpactItem> impact,
    Part<TeamBottleneck> bottlenecks,
    Part<RelayItem> relays,
    List<String> teams,
    List<Row> dsm) {
  /** Items of each kind shown before "+N more". */
  static final int SHOWN = 5;

  /** The first {@link #SHOWN} items, the {@code rest} and how many that is. */
  record Part<T>(List<T> shown, List<T> rest, int more) {
    static <T> Part<T> of(List<T> all) {
      int n = Math.min(SHOWN, all.size());
      return new Part<>(
          List.copyOf(all.subList(0, n)), List.copyOf(all.subList(n, all.size())), all.size() - n);
    }
  }

  /** Findings of one category, headed by {@code title}. */
  record Group(String title, Part<FindingItem> findings) {}

  /** A matrix row: the waiting team and, per blocker team, "3 · 58%" or "" for none. */
  record Row(String waiting, List<String> cells) {}

  /** Finding categories whose findings the parking lot can take over. */
  private static final java.util.Set<String> PARKABLE = java.util.Set.of("SCHEDULE", "CHAINS");

  private static final List<List<String>> CATEGORIES =
      List.of(
          List.of("CYCLES", "Teams waiting on each other (cycles are in the parking lot)"),
          List.of("SCHEDULE", "Schedule conflicts"),
          List.of("CHAINS", "Chains that cannot make their date"),
          List.of("LINT", "Data to fix in Jira"));

  /**
   * The view, leaving out what the cycles and the parking lot already say: the cycle findings,
   * every chain and late-chain finding through an issue of {@code inCycles} (a cycle has no slack
   * to speak of), and every schedule conflict and late chain whose issues are all {@code parked}.
   */
  static AnalysisView of(Analysis a, java.util.Set<String> inCycles, java.util.Set<String> parked) {
    List<String> counts = new ArrayList<>();
    a.counts().forEach((kind, n) -> counts.add(words(kind) + ": " + n));
    List<Group> groups = new ArrayList<>();
    for (List<String> c : CATEGORIES) {
      List<FindingItem> found =
          a.findings().stream()
              .filter(f -> f.category().equals(c.get(0)))
              .filter(f -> !f.kind().equals("CYCLE"))
              .filter(
                  f ->
                      !f.category().equals("CHAINS")
                          || f.issues().stream().noneMatch(inCycles::contains))
              .filter(f -> !PARKABLE.contains(f.category()) || !parked.containsAll(f.issues()))
              .toList();
      groups.add(new Group(c.get(1), Part.of(found)));
    }
    return new AnalysisView(
        counts,
        groups,
        Part.of(
            a.chains().stream()
                .filter(ch -> ch.teams().size() > 1)
                .filter(ch -> ch.path().stream().noneMatch(inCycles::contains))
                .toList()),
        Part.of(
            a.chains().stream()
                .filter(ch -> ch.teams().size() > 1 && ch.slackDays() >= 0)
                .filter(ch -> ch.path().stream().noneMatch(inCycles::contains))
                .toList()),
        Part.of(a.impact()),
        Part.of(a.teamBottlenecks().stream().filter(b -> b.betweenness() > 0).toList()),
        Part.of(a.relays()),
        a.dsm().teams(),
        a.dsm().rows().stream().map(AnalysisView::row).toList());
  }

  /** "SCHEDULE_CONFLICT" as "schedule conflict". */
  static String words(String kind) {
    return kind.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static Row row(Dsm.Row r) {
    List<String> cells = new ArrayList<>();
    for (Dsm.Cell c : r.cells()) {
      Double risk = c.worstRisk();
      cells.add(
          c.open() == 0
              ? ""
              : risk == null ? c.open() + " · –" : c.open() + " · " + Phrases.percent(risk));
    }
    return new Row(r.waiting(), cells);
  }
}
