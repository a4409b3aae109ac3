package dev.interlock.graph;

/**
 * What a finding is about, grouped into the agenda's categories. The order is the order findings of
 * equal severity are listed in.
 */
public enum FindingKind {
  CYCLE(Category.CYCLES, "issues wait on each other in a circle"),
  TEAM_MUTUAL_WAIT(Category.CYCLES, "two teams wait on each other"),
  CHAIN_LATE(Category.CHAINS, "chain of blockers longer than the time left"),
  SCHEDULE_CONFLICT(Category.SCHEDULE, "blocker committed after it is needed"),
  SCHEDULE_AT_RISK(Category.SCHEDULE, "blocker and dependent in the same sprint"),
  SCHEDULE_UNKNOWN(Category.SCHEDULE, "blocker without a commitment"),
  BLOCKED_BY_DONE(Category.LINT, "marked blocked but every blocker is done"),
  INVISIBLE_ISSUE(Category.LINT, "link to an issue nobody can see"),
  UNOWNED_ISSUE(Category.LINT, "linked issue that no team owns"),
  NO_COMMITMENT(Category.LINT, "cross-team link with no commitment on either side"),
  INFERRED_LINK_TYPE(Category.LINT, "link type read from its verbs"),
  IGNORED_LINK_TYPE(Category.LINT, "link type ignored"),
  SELF_LINK(Category.LINT, "issue linked to itself"),
  DUPLICATE_LINK(Category.LINT, "the same dependency linked twice");

  /** The agenda section a finding is shown in. */
  public enum Category {
    CYCLES,
    CHAINS,
    SCHEDULE,
    LINT
  }

  private final Category category;
  private final String words;

  FindingKind(Category category, String words) {
    this.category = category;
    this.words = words;
  }

  public Category category() {
    return category;
  }

  /** The kind in a few plain words, for headings and counts. */
  public String words() {
    return words;
  }
}
