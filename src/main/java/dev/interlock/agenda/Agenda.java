package dev.interlock.agenda;

import java.util.List;

/**
 * Everything the meeting should hear, as data: the header, per team the four answers, cycles, the
 * riskiest cross-team items and where their scores come from, the team-to-team waits and the
 * cross-team edges (for drawing), and warnings about the data, and the cross-team analysis; the
 * minute {@code plan} that fits the timebox, the {@code parkingLot} for after the meeting and the
 * {@code radar} lines for what got no minutes (their full entries stay in the lists above); and the
 * {@code jiraUrl} issue keys link to ({@code <jiraUrl>/browse/KEY}), null when unknown. Every list
 * is sorted deterministically.
 */
public record Agenda(
    MeetingInfo meeting,
    List<String> teams,
    Summary summary,
    List<TeamSection> teamSections,
    List<CycleItem> cycles,
    List<RiskItem> riskiest,
    RiskBasis riskBasis,
    List<TeamLink> teamLinks,
    List<EdgeRef> crossTeamEdges,
    List<IssueRef> crossTeamIssues,
    List<String> warnings,
    Analysis analysis,
    MinutePlan plan,
    List<ParkingTopic> parkingLot,
    List<RadarLine> radar,
    @org.jspecify.annotations.Nullable String jiraUrl,
    MeetingMemory memory) {
  /** An agenda without memory of earlier meetings and without a Jira site to link to. */
  public Agenda(
      MeetingInfo meeting,
      List<String> teams,
      Summary summary,
      List<TeamSection> teamSections,
      List<CycleItem> cycles,
      List<RiskItem> riskiest,
      RiskBasis riskBasis,
      List<TeamLink> teamLinks,
      List<EdgeRef> crossTeamEdges,
      List<IssueRef> crossTeamIssues,
      List<String> warnings,
      Analysis analysis) {
    this(
        meeting,
        teams,
        summary,
        teamSections,
        cycles,
        riskiest,
        riskBasis,
        teamLinks,
        crossTeamEdges,
        crossTeamIssues,
        warnings,
        analysis,
        Timebox.of(
            meeting.timeboxMinutes(),
            List.of(),
            List.of(),
            riskiest,
            teamSections,
            ParkingLot.of(cycles, analysis)),
        null,
        MeetingMemory.NONE);
  }

  private Agenda(
      MeetingInfo meeting,
      List<String> teams,
      Summary summary,
      List<TeamSection> teamSections,
      List<CycleItem> cycles,
      List<RiskItem> riskiest,
      RiskBasis riskBasis,
      List<TeamLink> teamLinks,
      List<EdgeRef> crossTeamEdges,
      List<IssueRef> crossTeamIssues,
      List<String> warnings,
      Analysis analysis,
      Timebox timebox,
      @org.jspecify.annotations.Nullable String jiraUrl,
      MeetingMemory memory) {
    this(
        meeting,
        teams,
        summary,
        teamSections,
        cycles,
        riskiest,
        riskBasis,
        teamLinks,
        crossTeamEdges,
        crossTeamIssues,
        warnings,
        analysis,
        timebox.plan(),
        timebox.parkingLot(),
        timebox.radar(),
        jiraUrl,
        memory);
  }

  public Agenda {
    teams = List.copyOf(teams);
    teamSections = List.copyOf(teamSections);
    cycles = List.copyOf(cycles);
    riskiest = List.copyOf(riskiest);
    teamLinks = List.copyOf(teamLinks);
    crossTeamEdges = List.copyOf(crossTeamEdges);
    crossTeamIssues = List.copyOf(crossTeamIssues);
    warnings = List.copyOf(warnings);
    parkingLot = List.copyOf(parkingLot);
    radar = List.copyOf(radar);
  }

  /**
   * This agenda with issue keys linking to {@code url}'s issues (a trailing slash is dropped); a
   * null {@code url} leaves the keys plain text.
   */
  public Agenda withJiraUrl(@org.jspecify.annotations.Nullable String url) {
    return copy(meeting, timebox(), url == null ? null : url.replaceFirst("/+$", ""), memory);
  }

  /**
   * This agenda remembering earlier meetings as {@code memory} says; the minute plan makes room for
   * its open action items and escalations first.
   */
  public Agenda withMemory(MeetingMemory memory) {
    Timebox timebox =
        Timebox.of(
            meeting.timeboxMinutes(),
            memory.openActionItems().stream().map(a -> a.issue().key()).toList(),
            memory.escalations().stream().map(Agenda::subject).toList(),
            riskiest,
            teamSections,
            parkingLot);
    return copy(meeting, timebox, jiraUrl, memory);
  }

  /** This agenda with {@code data} saying how its snapshot was pulled (see {@link MeetingInfo}). */
  public Agenda withData(@org.jspecify.annotations.Nullable String data) {
    return copy(meeting.withData(data), timebox(), jiraUrl, memory);
  }

  private Timebox timebox() {
    return new Timebox(plan, parkingLot, radar);
  }

  /** This agenda with another header, minute plan, Jira site and memory; the rest as it is. */
  private Agenda copy(
      MeetingInfo meeting,
      Timebox timebox,
      @org.jspecify.annotations.Nullable String jiraUrl,
      MeetingMemory memory) {
    return new Agenda(
        meeting,
        teams,
        summary,
        teamSections,
        cycles,
        riskiest,
        riskBasis,
        teamLinks,
        crossTeamEdges,
        crossTeamIssues,
        warnings,
        analysis,
        timebox,
        jiraUrl,
        memory);
  }

  /** An escalation in the minute plan: a cycle by its path, anything else by its issues' keys. */
  private static String subject(Escalation e) {
    return e.kind().equals(Escalation.CYCLE)
        ? e.topic()
        : String.join(" ", e.issues().stream().map(IssueRef::key).toList());
  }
}
