package dev.interlock.agenda;

import java.time.LocalDate;
import java.util.List;

/**
 * Something the meeting has not resolved for more than two meetings. {@code kind}: "action item",
 * "blocker" or "cycle"; {@code since}: the first meeting it was on; {@code meetings}: on how many
 * meetings it has been, this one included; {@code changed}: "nothing", "risk up", "date moved" or
 * both; {@code decide}: who should decide (a name or role).
 */
public record Escalation(
    String kind,
    String topic,
    List<IssueRef> issues,
    LocalDate since,
    int meetings,
    String changed,
    String decide) {
  /** The kinds of escalation, as agenda.json names them. */
  public static final String ACTION_ITEM = "action item";

  public static final String BLOCKER = "blocker";
  public static final String CYCLE = "cycle";

  public Escalation {
    issues = List.copyOf(issues);
  }
}
