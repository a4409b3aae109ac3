package dev.interlock.agenda;

import java.util.List;

/** One team's part of the agenda: its four answers, in {@link Question} order. */
public record TeamSection(String team, List<QuestionAnswer> answers) {
  public TeamSection {
    answers = List.copyOf(answers);
  }
}
