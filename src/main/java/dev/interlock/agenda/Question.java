package dev.interlock.agenda;

/** The four questions every ambassador answers, in meeting order. */
public enum Question {
  DONE_AFFECTING_OTHERS(
      "What has the team finished since the last meeting that affects others?", "finished"),
  NEXT_AFFECTING_OTHERS("What will the team do next that affects others?", "next"),
  BLOCKED_BY_OTHERS("What is blocking the team that needs another team?", "blocked by others"),
  ABOUT_TO_BLOCK_OTHERS(
      "Is the team about to put something in another team's way?", "about to block others");

  private final String text;
  private final String label;

  Question(String text, String label) {
    this.text = text;
    this.label = label;
  }

  /** The question in two or three words, for a team's one line: "blocked by others". */
  public String label() {
    return label;
  }

  /** The question as the agenda prints it. */
  public String text() {
    return text;
  }
}
