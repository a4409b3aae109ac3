package dev.interlock.report;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.QuestionAnswer;
import dev.interlock.agenda.RiskItem;
import dev.interlock.agenda.SlotKind;
import dev.interlock.agenda.TeamSection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the agenda the meeting runs through, in the minute plan's order: the riskiest items
 * it has minutes for ({@code risks}, each presented in full once), the teams' turns with only the
 * questions they have something to say on, and {@code presented}, the keys shown in full (later
 * mentions refer back to them), {@code inCycles}, the keys of every cycle, and {@code parked}, the
 * keys of every parking-lot topic.
 */
record MeetingView(
    List<RiskItem> risks,
    List<Turn> turns,
    Set<String> presented,
    Set<String> inCycles,
    Set<String> parked) {
  /** One team's line: the questions it answers, in question order. */
  record Turn(String team, List<QuestionAnswer> answers) {}

  static MeetingView of(Agenda agenda) {
    List<String> riskKeys = agenda.plan().subjects(SlotKind.RISKIEST);
    List<RiskItem> risks =
        agenda.riskiest().stream().filter(r -> riskKeys.contains(r.issue().key())).toList();
    List<Turn> turns =
        agenda.plan().subjects(SlotKind.TEAM_ROUND).stream()
            .map(team -> turn(agenda, team))
            .toList();
    Set<String> presented = new TreeSet<>(riskKeys);
    Set<String> inCycles = new TreeSet<>();
    agenda.cycles().forEach(c -> c.issues().forEach(i -> inCycles.add(i.key())));
    Set<String> parked = new TreeSet<>();
    agenda.parkingLot().forEach(p -> parked.addAll(p.issues()));
    return new MeetingView(risks, turns, presented, inCycles, parked);
  }

  private static Turn turn(Agenda agenda, String team) {
    TeamSection section =
        agenda.teamSections().stream().filter(s -> s.team().equals(team)).findFirst().orElseThrow();
    return new Turn(team, section.answers().stream().filter(a -> !a.items().isEmpty()).toList());
  }
}
