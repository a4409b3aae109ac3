package dev.interlock.agenda;

import dev.interlock.risk.RiskScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the meeting covers in its timebox and what it leaves on the radar: the {@link MinutePlan},
 * the parking lot, and one line for each riskiest item and each team turn that got no minutes.
 */
record Timebox(MinutePlan plan, List<ParkingTopic> parkingLot, List<RadarLine> radar) {
  Timebox {
    parkingLot = List.copyOf(parkingLot);
    radar = List.copyOf(radar);
  }

  static Timebox of(
      int timeboxMinutes,
      List<String> actionItems,
      List<String> escalations,
      List<RiskItem> riskiest,
      List<TeamSection> sections,
      List<ParkingTopic> parkingLot) {
    List<TeamSection> speakers = speakersWorstFirst(sections);
    MinutePlan plan =
        new MinutePlanner(timeboxMinutes)
            .plan(
                actionItems,
                escalations,
                riskiest.stream().map(r -> r.issue().key()).toList(),
                speakers.stream().map(TeamSection::team).toList(),
                parkingLot.size());
    List<RadarLine> radar = new ArrayList<>();
    List<String> risks = plan.subjects(SlotKind.RISKIEST);
    riskiest.stream()
        .filter(r -> !risks.contains(r.issue().key()))
        .forEach(r -> radar.add(new RadarLine(RadarLine.Kind.RISK, r.issue().key(), line(r))));
    List<String> teams = plan.subjects(SlotKind.TEAM_ROUND);
    speakers.stream()
        .filter(s -> !teams.contains(s.team()))
        .forEach(s -> radar.add(new RadarLine(RadarLine.Kind.TEAM, s.team(), line(s))));
    return new Timebox(plan, parkingLot, radar);
  }

  /**
   * Teams with something cross-team to say, the most blocked and blocking first (open questions 3
   * and 4), then the most items, then in the configured order.
   */
  static List<TeamSection> speakersWorstFirst(List<TeamSection> sections) {
    return sections.stream()
        .filter(s -> count(s, true) > 0)
        .sorted(
            Comparator.comparingInt((TeamSection s) -> -count(s, false))
                .thenComparingInt(s -> -count(s, true)))
        .toList();
  }

  private static int count(TeamSection s, boolean all) {
    return s.answers().stream()
        .filter(
            a ->
                all
                    || a.question() == Question.BLOCKED_BY_OTHERS
                    || a.question() == Question.ABOUT_TO_BLOCK_OTHERS)
        .mapToInt(a -> a.items().size() + a.more())
        .sum();
  }

  /** "PAY-64 (Payments, risk 79%) Expose 3-D Secure results in the Payments API". */
  private static String line(RiskItem r) {
    IssueRef i = r.issue();
    String team = i.team() == null ? "no team" : i.team();
    String risk =
        r.noProbability() == null
            ? "risk " + RiskScore.percent(r.score())
            : "ranked, no probability";
    return i.key() + " (" + team + ", " + risk + ") " + i.summary();
  }

  /** "Data — about to block others: DATA-70 → CAT-63", as the team round prints a team. */
  private static String line(TeamSection s) {
    List<String> parts = new ArrayList<>();
    for (QuestionAnswer a : s.answers()) {
      if (a.items().isEmpty()) {
        continue;
      }
      List<String> items = new ArrayList<>();
      String arrow = a.question() == Question.BLOCKED_BY_OTHERS ? " ← " : " → ";
      a.items().forEach(item -> items.add(item.issue().key() + related(item, arrow)));
      parts.add(
          a.question().label()
              + ": "
              + String.join(", ", items)
              + (a.more() > 0 ? " +" + a.more() + " more" : ""));
    }
    return s.team() + " — " + String.join("; ", parts);
  }

  private static String related(AgendaItem item, String arrow) {
    return item.related().isEmpty()
        ? ""
        : arrow + String.join(", ", item.related().stream().map(IssueRef::key).toList());
  }
}
