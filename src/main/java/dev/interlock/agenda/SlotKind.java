package dev.interlock.agenda;

/** The parts of a meeting, in meeting order. */
public enum SlotKind {
  ACTION_ITEMS("Open action items"),
  ESCALATIONS("Escalate"),
  RISKIEST("Riskiest cross-team items"),
  TEAM_ROUND("One line per team"),
  OPEN_FLOOR("Open floor"),
  PARKING_LOT("Parking lot: who meets after");

  private final String title;

  SlotKind(String title) {
    this.title = title;
  }

  /** The slot's heading as the agenda prints it. */
  public String title() {
    return title;
  }
}
