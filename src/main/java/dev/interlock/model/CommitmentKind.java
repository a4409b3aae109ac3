package dev.interlock.model;

/** Where a commitment date comes from, in the order Interlock prefers them. */
public enum CommitmentKind {
  DUE_DATE("due date"),
  FIX_VERSION("release"),
  SPRINT_END("sprint end");

  private final String words;

  CommitmentKind(String words) {
    this.words = words;
  }

  /** How the agenda names this kind, e.g. "due date". */
  public String words() {
    return words;
  }
}
