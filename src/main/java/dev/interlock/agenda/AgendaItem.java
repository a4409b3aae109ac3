package dev.interlock.agenda;

import java.util.List;

/**
 * One line under a question: the team's issue, the other teams' issues it concerns, and why it is
 * on the agenda, in words.
 */
public record AgendaItem(IssueRef issue, List<IssueRef> related, String reason) {
  public AgendaItem {
    related = List.copyOf(related);
  }
}
