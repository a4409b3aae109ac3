package dev.interlock.agenda;

import java.util.List;

/**
 * The data's answer to one question for one team: the items shown, and how many more matched but
 * were left out to keep the meeting inside its timebox; {@code rest} holds those, in the same
 * order, so that nothing is lost from {@code agenda.json} (empty where the caller did not keep
 * them).
 */
public record QuestionAnswer(
    Question question, List<AgendaItem> items, int more, List<AgendaItem> rest) {
  public QuestionAnswer {
    items = List.copyOf(items);
    rest = List.copyOf(rest);
    if (more < 0) {
      throw new IllegalArgumentException("more < 0: " + more);
    }
    if (!rest.isEmpty() && rest.size() != more) {
      throw new IllegalArgumentException("rest has " + rest.size() + " items, more is " + more);
    }
  }

  /** An answer that counts what it left out without keeping it. */
  public QuestionAnswer(Question question, List<AgendaItem> items, int more) {
    this(question, items, more, List.of());
  }
}
