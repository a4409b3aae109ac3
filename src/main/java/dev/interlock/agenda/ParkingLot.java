package dev.interlock.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks the topics for after the meeting, worst first: every cycle; each late chain through three
 * or more teams that runs through no cycle and is not part of a longer one; each high schedule
 * conflict between two teams whose issues no earlier topic already covers. A topic names only the
 * teams it needs.
 */
final class ParkingLot {
  /** A chain through this many teams or more needs its own session. */
  static final int CHAIN_TEAMS = 3;

  private final List<ParkingTopic> topics = new ArrayList<>();
  private final Set<String> covered = new TreeSet<>();

  static List<ParkingTopic> of(List<CycleItem> cycles, Analysis analysis) {
    ParkingLot lot = new ParkingLot();
    cycles.forEach(lot::cycle);
    Set<String> inCycles = Set.copyOf(lot.covered);
    lateChains(analysis, inCycles).forEach(lot::chain);
    analysis.findings().stream()
        .filter(f -> f.kind().equals("SCHEDULE_CONFLICT") && f.severity().equals("HIGH"))
        .filter(f -> f.teams().size() > 1)
        .forEach(lot::conflict);
    return List.copyOf(lot.topics);
  }

  private void cycle(CycleItem c) {
    add(
        new ParkingTopic(
            ParkingTopic.Kind.CYCLE,
            "break the cycle " + String.join(" → ", c.path()),
            "which link is wrong, or which part ships first?",
            teams(c.teams()),
            c.issues().stream().map(IssueRef::key).sorted().toList()));
  }

  private void chain(ChainItem c) {
    if (covered.containsAll(c.path())) {
      return;
    }
    add(
        new ParkingTopic(
            ParkingTopic.Kind.CHAIN,
            "re-plan the chain "
                + String.join(" → ", c.path())
                + ", "
                + (-c.slackDays())
                + (c.slackDays() == -1 ? " day" : " days")
                + " short of "
                + c.item().key()
                + "'s "
                + c.commitmentLabel()
                + " "
                + c.commitment(),
            "which link can start earlier, or which date moves?",
            teams(c.teams()),
            c.path().stream().sorted().toList()));
  }

  private void conflict(FindingItem f) {
    if (covered.containsAll(f.issues())) {
      return;
    }
    String reason = f.reason().replaceFirst("\\.$", "");
    add(
        new ParkingTopic(
            ParkingTopic.Kind.SCHEDULE,
            "re-plan: " + reason,
            "which date moves, or what can ship without it?",
            f.teams(),
            f.issues()));
  }

  private void add(ParkingTopic topic) {
    topics.add(topic);
    covered.addAll(topic.issues());
  }

  /** Late chains through enough teams and no cycle, longest first, then least slack, then key. */
  private static List<ChainItem> lateChains(Analysis analysis, Set<String> inCycles) {
    return analysis.chains().stream()
        .filter(c -> c.slackDays() < 0 && teams(c.teams()).size() >= CHAIN_TEAMS)
        .filter(c -> c.path().stream().noneMatch(inCycles::contains))
        .sorted(
            Comparator.comparingInt((ChainItem c) -> -c.path().size())
                .thenComparingLong(ChainItem::slackDays)
                .thenComparing(c -> c.item().key()))
        .toList();
  }

  /** The chain's real teams, sorted: "(no team)" needs no invitation. */
  private static List<String> teams(List<String> teams) {
    return teams.stream().filter(t -> !t.startsWith("(")).distinct().sorted().toList();
  }
}
