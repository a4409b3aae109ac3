package dev.interlock.report;

import dev.interlock.agenda.ActionItem;
import dev.interlock.agenda.Escalation;
import dev.interlock.agenda.ItemDelta;
import dev.interlock.model.Words;
import java.util.ArrayList;
import java.util.List;

/** The words for what the agenda remembers of earlier meetings. */
final class MemoryPhrases {
  private MemoryPhrases() {}

  /** "new", "still on since 2026-11-05 (3 meetings), risk up". */
  static String delta(ItemDelta d) {
    if (d.status().equals(ItemDelta.NEW)) {
      return "new";
    }
    String text = "still on since " + d.since() + " (" + Words.count(d.meetings(), "meeting") + ")";
    return d.risk() == null || d.risk().equals("same")
        ? text
        : text + ", risk " + d.risk() + " from " + Phrases.percent(d.previousRisk());
  }

  /** "owner Dana Kim · due 2026-11-10 (overdue) · open at 3 meetings". */
  static String actionItem(ActionItem a) {
    List<String> parts = new ArrayList<>();
    parts.add(a.owner() == null ? "no owner: agree one" : "owner " + a.owner());
    if (a.open()) {
      parts.add(
          a.due() == null ? "no due date" : "due " + a.due() + (a.overdue() ? " (overdue)" : ""));
      parts.add("open at " + Words.count(a.meetingsOpen(), "meeting"));
    } else {
      parts.add("done " + a.done());
    }
    return String.join(" · ", parts);
  }

  /** "on the agenda since 2026-11-05 (3 meetings); changed: nothing" (who decides is said once). */
  static String escalation(Escalation e) {
    return (e.kind().equals(Escalation.ACTION_ITEM) ? "open since " : "on the agenda since ")
        + e.since()
        + " ("
        + Words.count(e.meetings(), "meeting")
        + "); changed: "
        + e.changed();
  }
}
