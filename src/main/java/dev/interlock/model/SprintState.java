package dev.interlock.model;

/** Sprint lifecycle as Jira reports it (lower case on Cloud, upper case on Data Center). */
public enum SprintState {
  FUTURE,
  ACTIVE,
  CLOSED,
  UNKNOWN;

  /** Parses {@code active}, {@code ACTIVE} and so on; anything else is {@link #UNKNOWN}. */
  public static SprintState parse(String text) {
    for (SprintState s : values()) {
      if (s.name().equalsIgnoreCase(text.strip())) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
