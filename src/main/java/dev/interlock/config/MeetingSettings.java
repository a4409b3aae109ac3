package dev.interlock.config;

/** The meeting the agenda is for. */
public record MeetingSettings(String name, int timeboxMinutes, int maxItems) {
  public static final String DEFAULT_NAME = "Scrum of Scrums";
  public static final int DEFAULT_TIMEBOX_MINUTES = 30;
  public static final int DEFAULT_MAX_ITEMS = 12;

  public MeetingSettings {
    if (timeboxMinutes <= 0) {
      throw new IllegalArgumentException("timeboxMinutes <= 0: " + timeboxMinutes);
    }
    if (maxItems <= 0) {
      throw new IllegalArgumentException("maxItems <= 0: " + maxItems);
    }
  }
}
