package dev.interlock.model;

/** Jira's three status categories (plus "undefined"), keyed as the REST API reports them. */
public enum StatusCategory {
  TO_DO("new"),
  IN_PROGRESS("indeterminate"),
  DONE("done"),
  UNDEFINED("undefined");

  private final String jiraKey;

  StatusCategory(String jiraKey) {
    this.jiraKey = jiraKey;
  }

  /** The {@code statusCategory.key} Jira uses for this category. */
  public String jiraKey() {
    return jiraKey;
  }

  /** Maps a {@code statusCategory.key}; anything unknown is {@link #UNDEFINED}. */
  public static StatusCategory fromJiraKey(String key) {
    for (StatusCategory c : values()) {
      if (c.jiraKey.equalsIgnoreCase(key)) {
        return c;
      }
    }
    return UNDEFINED;
  }
}
