package dev.interlock.graph;

/**
 * What the analyses need besides the graph: the lead time of an item when a team has no history
 * ({@code defaultLeadTimeDays}, at least 1), how far ahead a commitment counts as soon for impact
 * ({@code impactHorizonDays}, at least 0), and how many teams one meeting holds before a split is
 * suggested ({@code maxTeamsPerMeeting}, at least 2).
 */
public record AnalysisOptions(
    int defaultLeadTimeDays, int impactHorizonDays, int maxTeamsPerMeeting) {
  /** Lead time of one item, in days, for a team without enough history. */
  public static final int DEFAULT_LEAD_TIME_DAYS = 5;

  public static final AnalysisOptions DEFAULTS =
      new AnalysisOptions(
          DEFAULT_LEAD_TIME_DAYS,
          ImpactAnalysis.DEFAULT_HORIZON_DAYS,
          MeetingGroups.DEFAULT_MAX_TEAMS);

  public AnalysisOptions {
    if (defaultLeadTimeDays < 1 || impactHorizonDays < 0 || maxTeamsPerMeeting < 2) {
      throw new IllegalArgumentException(
          "defaultLeadTimeDays < 1, impactHorizonDays < 0 or maxTeamsPerMeeting < 2: "
              + defaultLeadTimeDays
              + ", "
              + impactHorizonDays
              + ", "
              + maxTeamsPerMeeting);
    }
  }
}
