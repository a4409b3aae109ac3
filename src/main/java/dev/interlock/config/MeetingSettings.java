package dev.interlock.config;

/**
 * The meeting the agenda is for: its name, timebox, how many riskiest items it takes, when it meets
 * ({@code schedule}, optional), and without a schedule how far back "since we last met" reaches
 * ({@code sinceDays}). {@code actionItems}: which Jira issues are the meeting's action items;
 * {@code escalateTo}: who decides what the meeting escalates (a name or role, plain text).
 */
public record MeetingSettings(
    String name,
    int timeboxMinutes,
    int maxItems,
    @org.jspecify.annotations.Nullable MeetingSchedule schedule,
    int sinceDays,
    ActionItemQuery actionItems,
    String escalateTo) {
  public static final String DEFAULT_NAME = "Scrum of Scrums";
  public static final int DEFAULT_TIMEBOX_MINUTES = 30;
  public static final int DEFAULT_MAX_ITEMS = 12;
  public static final int DEFAULT_SINCE_DAYS = 7;
  public static final String DEFAULT_ESCALATE_TO = "the teams' managers";

  public MeetingSettings {
    if (timeboxMinutes <= 0) {
      throw new IllegalArgumentException("timeboxMinutes <= 0: " + timeboxMinutes);
    }
    if (maxItems <= 0) {
      throw new IllegalArgumentException("maxItems <= 0: " + maxItems);
    }
  }

  /** Settings with the default action items and escalation. */
  public MeetingSettings(
      String name,
      int timeboxMinutes,
      int maxItems,
      @org.jspecify.annotations.Nullable MeetingSchedule schedule,
      int sinceDays) {
    this(
        name,
        timeboxMinutes,
        maxItems,
        schedule,
        sinceDays,
        ActionItemQuery.defaults(),
        DEFAULT_ESCALATE_TO);
  }
}
