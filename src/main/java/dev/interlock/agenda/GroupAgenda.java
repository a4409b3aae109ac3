package dev.interlock.agenda;

import dev.interlock.graph.MeetingGroup;

/**
 * The agenda of one meeting group: its place among the groups ({@code number}, from 1), the folder
 * its files go in (see {@link AgendaGroups#folderName}), its teams, and the agenda filtered to
 * them.
 */
public record GroupAgenda(int number, String folder, MeetingGroup group, Agenda agenda) {
  public GroupAgenda {
    if (number < 1) {
      throw new IllegalArgumentException("number < 1: " + number);
    }
  }
}
