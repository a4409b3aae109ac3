package dev.interlock.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.interlock.graph.MeetingGroup;
import dev.interlock.graph.MeetingSplit;
import dev.interlock.graph.TeamBottleneck;
import dev.interlock.graph.TeamEdge;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four teams met in two groups, Web and Api in the first, Ops and Data in the second. Web and Api
 * block each other (WEB-1, API-1: a cycle inside group 1), Ops blocks Data (OPS-1 → DATA-1), WEB-2
 * and OPS-2 block each other (a cycle between the groups), and X-1, owned by no team, blocks API-1.
 */
class AgendaGroupsTest {
  private static final IssueRef WEB_1 = ref("WEB-1", "Web");
  private static final IssueRef WEB_2 = ref("WEB-2", "Web");
  private static final IssueRef API_1 = ref("API-1", "Api");
  private static final IssueRef OPS_1 = ref("OPS-1", "Ops");
  private static final IssueRef OPS_2 = ref("OPS-2", "Ops");
  private static final IssueRef DATA_1 = ref("DATA-1", "Data");
  private static final IssueRef X_1 = ref("X-1", null);

  private static final MeetingGroup FIRST = new MeetingGroup(List.of("Web", "Api"), 2);
  private static final MeetingGroup SECOND = new MeetingGroup(List.of("Ops", "Data"), 1);

  private static final CycleItem INSIDE =
      new CycleItem(
          List.of(API_1, WEB_1), List.of("WEB-1", "API-1"), List.of("Api", "Web"), "inside");
  private static final CycleItem BETWEEN =
      new CycleItem(
          List.of(OPS_2, WEB_2), List.of("WEB-2", "OPS-2"), List.of("Ops", "Web"), "between");

  private static final FindingItem CYCLE_FINDING =
      new FindingItem(
          "CYCLE", "CYCLES", "HIGH", List.of("OPS-2", "WEB-2"), List.of("Ops", "Web"), "c");
  private static final FindingItem CONFLICT =
      new FindingItem(
          "SCHEDULE_CONFLICT",
          "SCHEDULE",
          "HIGH",
          List.of("API-1", "WEB-1"),
          List.of("Api", "Web"),
          "s");

  private final Agenda whole = whole();

  @Test
  void eachGroupGetsAnAgendaInAFolderNamedAfterItsNumberAndTeams() {
    MeetingAgendas agendas = AgendaGroups.split(whole);

    assertThat(agendas.groups())
        .extracting(GroupAgenda::number, GroupAgenda::folder, GroupAgenda::group)
        .containsExactly(tuple(1, "group-1-web-api", FIRST), tuple(2, "group-2-ops-data", SECOND));
    assertThat(agendas.main().meeting().name()).isEqualTo("Board — above the groups");
    assertThat(agendas.groups().get(0).agenda().meeting().name())
        .isEqualTo("Board — group 1: Web, Api");
  }

  @Test
  void aGroupsAgendaHoldsOnlyItsOwnTeams() {
    Agenda first = AgendaGroups.forGroup(whole, 1, FIRST);

    assertThat(first.teams()).containsExactly("Web", "Api");
    assertThat(first.teamSections()).extracting(TeamSection::team).containsExactly("Web", "Api");
    assertThat(first.teamLinks())
        .containsExactly(new TeamLink("Api", "Web", 1), new TeamLink("Web", "Api", 1));
    assertThat(first.crossTeamEdges())
        .containsExactly(
            new EdgeRef("API-1", "WEB-1", "Blocks", true),
            new EdgeRef("WEB-1", "API-1", "Blocks", true),
            new EdgeRef("X-1", "API-1", "Blocks", true));
    assertThat(first.crossTeamIssues()).containsExactly(API_1, WEB_1, X_1);
    assertThat(first.cycles()).containsExactly(INSIDE);
    assertThat(first.riskiest())
        .extracting(RiskItem::rank, r -> r.issue().key())
        .containsExactly(tuple(1, "WEB-2"), tuple(2, "API-1"));
    assertThat(first.summary().teams()).isEqualTo(2);
    assertThat(first.summary().crossTeamDependencies()).isEqualTo(3);
    assertThat(first.summary().cycles()).isEqualTo(1);
    assertThat(first.summary().items()).isEqualTo(2);
  }

  @Test
  void aGroupsAnalysisHoldsItsFindingsItsPartOfTheMatrixAndItselfAsTheSplit() {
    Analysis first = AgendaGroups.forGroup(whole, 1, FIRST).analysis();

    assertThat(first.findings()).containsExactly(CONFLICT);
    assertThat(first.counts()).containsExactly(Map.entry("SCHEDULE_CONFLICT", 1));
    assertThat(first.dsm().teams()).containsExactly("Web", "Api");
    assertThat(first.dsm().rows())
        .containsExactly(
            new Dsm.Row("Web", List.of(cell(0), cell(1))),
            new Dsm.Row("Api", List.of(cell(1), cell(0))));
    assertThat(first.grouping()).isEqualTo(new MeetingSplit(false, 2, List.of(FIRST), List.of()));
    assertThat(first.teamBottlenecks()).extracting(TeamBottleneck::team).containsExactly("Web");
  }

  @Test
  void theSecondGroupKeepsItsWaitAndItsRiskItemRankedFirst() {
    Agenda second = AgendaGroups.forGroup(whole, 2, SECOND);

    assertThat(second.crossTeamEdges())
        .containsExactly(new EdgeRef("OPS-1", "DATA-1", "Blocks", true));
    assertThat(second.cycles()).isEmpty();
    assertThat(second.riskiest())
        .extracting(RiskItem::rank, r -> r.issue().key())
        .containsExactly(tuple(1, "DATA-1"));
  }

  @Test
  void theAgendaAboveTheGroupsHoldsOnlyWhatCrossesGroupsAndTheCyclesBetweenThem() {
    Agenda above = AgendaGroups.split(whole).main();

    assertThat(above.teamLinks())
        .containsExactly(new TeamLink("Ops", "Web", 1), new TeamLink("Web", "Ops", 1));
    assertThat(above.crossTeamEdges())
        .containsExactly(
            new EdgeRef("OPS-2", "WEB-2", "Blocks", true),
            new EdgeRef("WEB-2", "OPS-2", "Blocks", true));
    assertThat(above.crossTeamIssues()).containsExactly(OPS_2, WEB_2);
    assertThat(above.cycles()).containsExactly(BETWEEN);
    assertThat(above.riskiest())
        .extracting(RiskItem::rank, r -> r.issue().key())
        .containsExactly(tuple(1, "WEB-2"));
    assertThat(above.analysis().findings()).containsExactly(CYCLE_FINDING);
    assertThat(above.analysis().grouping()).isEqualTo(whole.analysis().grouping());
  }

  @Test
  void aboveTheGroupsEachTeamKeepsOnlyItemsAboutAnotherGroupAndTeamsWithoutOneAreLeftOut() {
    Agenda above = AgendaGroups.split(whole).main();

    assertThat(above.teamSections()).extracting(TeamSection::team).containsExactly("Web", "Ops");
    assertThat(above.teamSections().get(0).answers())
        .extracting(QuestionAnswer::items)
        .containsExactly(
            List.of(), List.of(), List.of(new AgendaItem(WEB_2, List.of(OPS_2), "waits on Ops")));
  }

  @Test
  void aboveTheGroupsTheMatrixCellsInsideAGroupAreEmpty() {
    Dsm dsm = AgendaGroups.split(whole).main().analysis().dsm();

    assertThat(dsm.teams()).containsExactly("Web", "Api", "Ops", "Data");
    assertThat(dsm.rows())
        .containsExactly(
            new Dsm.Row("Web", List.of(cell(0), cell(0), cell(1), cell(0))),
            new Dsm.Row("Api", List.of(cell(0), cell(0), cell(0), cell(0))),
            new Dsm.Row("Ops", List.of(cell(1), cell(0), cell(0), cell(0))),
            new Dsm.Row("Data", List.of(cell(0), cell(0), cell(0), cell(0))));
  }

  @Test
  void teamsThatFitInOneMeetingGetTheWholeAgendaAndNoGroups() {
    Agenda one = withSplit(whole, new MeetingSplit(false, 7, List.of(), List.of()));

    MeetingAgendas agendas = AgendaGroups.split(one);

    assertThat(agendas.main()).isSameAs(one);
    assertThat(agendas.groups()).isEmpty();
  }

  @Test
  void folderNamesAreLowerCaseAsciiWithoutSeparatorsAndCut() {
    assertThat(
            AgendaGroups.folderName(
                3, new MeetingGroup(List.of("R&D <ops>", "Zahlungsverkehr Über", "../etc"), 0)))
        .isEqualTo("group-3-r-d-ops-zahlungsverkehr-uber-etc");
    assertThat(AgendaGroups.folderName(1, new MeetingGroup(List.of("データ"), 0)))
        .isEqualTo("group-1");
    assertThat(AgendaGroups.folderName(12, new MeetingGroup(List.of("a".repeat(60)), 0)))
        .isEqualTo("group-12-" + "a".repeat(39))
        .hasSize(AgendaGroups.FOLDER_LENGTH);
  }

  private static Agenda whole() {
    MeetingSplit split =
        new MeetingSplit(
            true,
            2,
            List.of(FIRST, SECOND),
            List.of(new TeamEdge("Web", "Ops", 1, 1), new TeamEdge("Ops", "Web", 1, 1)));
    return withSplit(base(split), split);
  }

  private static Agenda base(MeetingSplit split) {
    return new Agenda(
        new MeetingInfo(
            "Board",
            Instant.parse("2026-11-16T08:00:00Z"),
            30,
            5,
            7,
            "offline",
            null,
            null,
            "the last 7 days"),
        List.of("Web", "Api", "Ops", "Data"),
        new Summary(40, 4, 12, 6, 2, 3, Map.of()),
        List.of(
            section(
                "Web",
                new AgendaItem(WEB_1, List.of(API_1), "waits on Api"),
                new AgendaItem(WEB_2, List.of(OPS_2), "waits on Ops")),
            section("Api", new AgendaItem(API_1, List.of(WEB_1, X_1), "waits on Web")),
            section("Ops", new AgendaItem(OPS_2, List.of(WEB_2), "waits on Web")),
            section("Data", new AgendaItem(DATA_1, List.of(OPS_1), "waits on Ops"))),
        List.of(INSIDE, BETWEEN),
        List.of(
            risk(1, WEB_2, List.of(OPS_2), List.of(OPS_2)),
            risk(2, DATA_1, List.of(OPS_1), List.of()),
            risk(3, API_1, List.of(WEB_1, X_1), List.of(WEB_1))),
        new RiskBasis(false, LocalDate.of(2026, 11, 16), 0, 0, 0, null, 40, 8, true),
        List.of(
            new TeamLink("Api", "Web", 1),
            new TeamLink("Ops", "Data", 1),
            new TeamLink("Ops", "Web", 1),
            new TeamLink("Web", "Api", 1),
            new TeamLink("Web", "Ops", 1)),
        List.of(
            new EdgeRef("API-1", "WEB-1", "Blocks", true),
            new EdgeRef("OPS-1", "DATA-1", "Blocks", true),
            new EdgeRef("OPS-2", "WEB-2", "Blocks", true),
            new EdgeRef("WEB-1", "API-1", "Blocks", true),
            new EdgeRef("WEB-2", "OPS-2", "Blocks", true),
            new EdgeRef("X-1", "API-1", "Blocks", true)),
        List.of(API_1, DATA_1, OPS_1, OPS_2, WEB_1, WEB_2, X_1),
        List.of("a data warning"),
        analysis(split));
  }

  /** Web waits on Api and Ops once each, Api on Web, Ops on Web, Data on Ops. Bottlenecks: Web. */
  private static Analysis analysis(MeetingSplit split) {
    List<String> teams = List.of("Web", "Api", "Ops", "Data");
    return new Analysis(
        Map.of("CYCLE", 1, "SCHEDULE_CONFLICT", 1),
        List.of(CYCLE_FINDING, CONFLICT),
        List.of(),
        List.of(),
        List.of(new TeamBottleneck("Web", 1.0, 2, 2)),
        List.of(),
        new Dsm(
            teams,
            List.of(
                new Dsm.Row("Web", List.of(cell(0), cell(1), cell(1), cell(0))),
                new Dsm.Row("Api", List.of(cell(1), cell(0), cell(0), cell(0))),
                new Dsm.Row("Ops", List.of(cell(1), cell(0), cell(0), cell(0))),
                new Dsm.Row("Data", List.of(cell(0), cell(0), cell(1), cell(0))))),
        split,
        Map.of(),
        5,
        14);
  }

  private static Agenda withSplit(Agenda a, MeetingSplit split) {
    Analysis x = a.analysis();
    return new Agenda(
        a.meeting(),
        a.teams(),
        a.summary(),
        a.teamSections(),
        a.cycles(),
        a.riskiest(),
        a.riskBasis(),
        a.teamLinks(),
        a.crossTeamEdges(),
        a.crossTeamIssues(),
        a.warnings(),
        new Analysis(
            x.counts(),
            x.findings(),
            x.chains(),
            x.impact(),
            x.teamBottlenecks(),
            x.relays(),
            x.dsm(),
            split,
            x.leadTimeDays(),
            x.defaultLeadTimeDays(),
            x.impactHorizonDays()));
  }

  private static TeamSection section(String team, AgendaItem... blockedBy) {
    return new TeamSection(
        team,
        List.of(
            new QuestionAnswer(Question.DONE_AFFECTING_OTHERS, List.of(), 0),
            new QuestionAnswer(Question.NEXT_AFFECTING_OTHERS, List.of(), 2),
            new QuestionAnswer(Question.BLOCKED_BY_OTHERS, List.of(blockedBy), 1)));
  }

  private static RiskItem risk(
      int rank, IssueRef issue, List<IssueRef> blockers, List<IssueRef> waiting) {
    return new RiskItem(rank, issue, 0.9 - rank / 10.0, List.of("why"), blockers, waiting);
  }

  private static Dsm.Cell cell(int open) {
    return new Dsm.Cell(open, null);
  }

  private static IssueRef ref(String key, @org.jspecify.annotations.Nullable String team) {
    return new IssueRef(key, key + " summary", team, "To Do", "new", null, null, team != null);
  }
}
