package dev.interlock.agenda;

/**
 * How much the agenda holds. {@code sinceDays}: "finished since the last meeting" looks back this
 * many days; {@code perQuestion}: items shown under one question before "+N more"; {@code
 * soonDays}: a commitment this close counts as soon. {@code meeting}: the scheduled meeting the
 * agenda is for, and {@code since} the one before it, where "since we last met" starts; without a
 * schedule both are null and the window is the last {@code sinceDays} days.
 */
public record AgendaSettings(
    String meetingName,
    int timeboxMinutes,
    int maxItems,
    int sinceDays,
    int perQuestion,
    int soonDays,
    java.time.@org.jspecify.annotations.Nullable Instant since,
    java.time.@org.jspecify.annotations.Nullable ZonedDateTime meeting) {
  public static final int DEFAULT_PER_QUESTION = 5;
  public static final int DEFAULT_SOON_DAYS = 14;

  public AgendaSettings {
    if (maxItems <= 0 || sinceDays <= 0 || perQuestion <= 0 || soonDays <= 0) {
      throw new IllegalArgumentException(
          "maxItems, sinceDays, perQuestion and soonDays must be > 0: "
              + maxItems
              + ", "
              + sinceDays
              + ", "
              + perQuestion
              + ", "
              + soonDays);
    }
  }

  /** Where "since we last met" starts for an agenda as of {@code asOf}. */
  public java.time.Instant windowStart(java.time.Instant asOf) {
    return since != null ? since : asOf.minus(java.time.Duration.ofDays(sinceDays));
  }
}
