package dev.interlock.agenda;

import java.util.List;

/**
 * The data's answer to one question for one team: the items shown, and how many more matched but
 * were left out to keep the meeting inside its timebox.
 */
public record QuestionAnswer(Question question, List<AgendaItem> items, int more) {
  public QuestionAnswer {
    items = List.copyOf(items);
    if (more < 0) {
      throw new IllegalArgumentException("more < 0: " + more);
    }
  }
}
