package dev.interlock.graph;

import dev.interlock.model.Commitment;

/** How findings word a commitment. */
final class Plans {
  private Plans() {}

  /**
   * "is due 2026-11-20", "is planned for release CAT 3.6 on 2026-12-01", "… for CHK 14 ending …".
   */
  static String planned(Commitment c) {
    return switch (c.kind()) {
      case DUE_DATE -> "is due " + c.date();
      case FIX_VERSION -> "is planned for " + c.label() + " on " + c.date();
      case SPRINT_END -> "is planned for " + c.label() + " ending " + c.date();
    };
  }

  /** Why a date is the deadline: "its due date", "release CAT 3.6", "CHK 14 ends". */
  static String why(Commitment c) {
    return switch (c.kind()) {
      case DUE_DATE -> "its due date";
      case FIX_VERSION -> c.label();
      case SPRINT_END -> c.label() + " ends";
    };
  }
}
