package dev.interlock.risk;

import dev.interlock.model.Commitment;
import dev.interlock.model.IssueKey;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How risk reasons say dates: "due in 4 days (due date 2026-11-20)", "overdue by 3 days (…)". */
final class DueWords {
  private DueWords() {}

  static String of(Commitment c, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, c.date());
    String what =
        switch (c.kind()) {
          case DUE_DATE -> "due date " + c.date();
          case FIX_VERSION -> c.label() + " on " + c.date();
          case SPRINT_END -> c.label() + " ends " + c.date();
        };
    if (days < 0) {
      return "overdue by " + plural(-days, "day") + " (" + what + ")";
    }
    return (days == 0 ? "due today" : "due in " + plural(days, "day")) + " (" + what + ")";
  }

  /** For an item without a commitment: the nearest commitment of what waits on it. */
  static String borrowed(IssueKey waiting, Commitment c, LocalDate today) {
    return "no commitment of its own, but " + waiting + " waiting on it is " + of(c, today);
  }

  static String plural(long n, String noun) {
    return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
  }
}
