package dev.interlock.agenda;

import java.util.List;

/**
 * Everything the meeting should hear, as data: the header, per team the four answers, cycles, the
 * riskiest cross-team items and where their scores come from, the team-to-team waits and the
 * cross-team edges (for drawing), and warnings about the data, and the cross-team analysis. Every
 * list is sorted deterministically.
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
    MeetingMemory memory) {
  public Agenda {
    teams = List.copyOf(teams);
    teamSections = List.copyOf(teamSections);
    cycles = List.copyOf(cycles);
    riskiest = List.copyOf(riskiest);
    teamLinks = List.copyOf(teamLinks);
    crossTeamEdges = List.copyOf(crossTeamEdges);
    crossTeamIssues = List.copyOf(crossTeamIssues);
    warnings = List.copyOf(warnings);
  }

  /** An agenda without memory of earlier meetings ({@link MeetingMemory#NONE}). */
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
        MeetingMemory.NONE);
  }

  /** This agenda remembering earlier meetings as {@code memory} says. */
  public Agenda withMemory(MeetingMemory memory) {
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
        memory);
  }

  /** This agenda with {@code data} saying how its snapshot was pulled (see {@link MeetingInfo}). */
  public Agenda withData(@org.jspecify.annotations.Nullable String data) {
    MeetingInfo m = meeting;
    return new Agenda(
        new MeetingInfo(
            m.name(),
            m.asOf(),
            m.timeboxMinutes(),
            m.maxItems(),
            m.sinceDays(),
            m.source(),
            data,
            m.meetingFor(),
            m.window()),
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
        memory);
  }
}
