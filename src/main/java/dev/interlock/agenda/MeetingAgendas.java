package dev.interlock.agenda;

import java.util.List;

/**
 * The agendas one run writes: {@code main} for the meeting everybody reads first, and one per
 * meeting group when the teams are split (empty otherwise). With groups, {@code main} is the
 * meeting above them and carries only what crosses groups.
 */
public record MeetingAgendas(Agenda main, List<GroupAgenda> groups) {
  public MeetingAgendas {
    groups = List.copyOf(groups);
  }
}
