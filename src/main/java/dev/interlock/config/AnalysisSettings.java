package dev.interlock.config;

/**
 * How the cross-team analyses read the data: {@code defaultLeadTimeDays} is the days one item takes
 * a team whose history is too short to learn it; a commitment within {@code impactHorizonDays}
 * counts as soon; more than {@code maxTeamsPerMeeting} teams earn a suggested split.
 */
public record AnalysisSettings(
    int defaultLeadTimeDays, int impactHorizonDays, int maxTeamsPerMeeting) {
  public static final int DEFAULT_LEAD_TIME_DAYS = 5;
  public static final int DEFAULT_IMPACT_HORIZON_DAYS = 14;
  public static final int DEFAULT_MAX_TEAMS_PER_MEETING = 7;

  public static final AnalysisSettings DEFAULTS =
      new AnalysisSettings(
          DEFAULT_LEAD_TIME_DAYS, DEFAULT_IMPACT_HORIZON_DAYS, DEFAULT_MAX_TEAMS_PER_MEETING);

  public AnalysisSettings {
    if (defaultLeadTimeDays < 1) {
      throw new IllegalArgumentException("defaultLeadTimeDays < 1: " + defaultLeadTimeDays);
    }
    if (impactHorizonDays < 1) {
      throw new IllegalArgumentException("impactHorizonDays < 1: " + impactHorizonDays);
    }
    if (maxTeamsPerMeeting < 2) {
      throw new IllegalArgumentException("maxTeamsPerMeeting < 2: " + maxTeamsPerMeeting);
    }
  }
}
