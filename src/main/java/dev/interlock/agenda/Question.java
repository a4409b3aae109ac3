package dev.interlock.agenda;

/** The four questions every ambassador answers, in meeting order. */
public enum Question {
  DONE_AFFECTING_OTHERS("What has the team finished since the last meeting that affects others?"),
  NEXT_AFFECTING_OTHERS("What will the team do next that affects others?"),
  BLOCKED_BY_OTHERS("What is blocking the team that needs another team?"),
  ABOUT_TO_BLOCK_OTHERS("Is the team about to put something in another team's way?");

  private final String text;

  Question(String text) {
    this.text = text;
  }

  /** The question as the agenda prints it. */
  public String text() {
    return text;
  }
}
