package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.Analysis;
import dev.interlock.agenda.MeetingInfo;
import dev.interlock.agenda.Summary;
import dev.interlock.agenda.TeamLink;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TeamBoardSvgTest {
  /** Checkout waits on Payments 3 times and on Catalog once; Catalog waits on Checkout twice. */
  private static final Agenda THREE_TEAMS =
      agenda(
          List.of("Catalog", "Checkout", "Payments"),
          List.of(
              new TeamLink("Payments", "Checkout", 3),
              new TeamLink("Checkout", "Catalog", 2),
              new TeamLink("Catalog", "Checkout", 1)));

  @Test
  void theBoardParsesAsXmlWithATitleAndADescriptionListingEveryWait() throws Exception {
    Document svg = parse(TeamBoardSvg.render(THREE_TEAMS));

    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(text(svg, "title", 0))
        .isEqualTo("Team-to-team waits: rows wait on columns; 6 open cross-team dependencies");
    assertThat(text(svg, "desc", 0))
        .isEqualTo(
            "Row team waits on column team. Catalog waits on Checkout: 2. Checkout waits on"
                + " Catalog: 1. Checkout waits on Payments: 3.");
  }

  @Test
  void everyTeamPairHasOneCellWithItsOpenWaitsWrittenInIt() throws Exception {
    Map<String, String> cells = cells(parse(TeamBoardSvg.render(THREE_TEAMS)));

    assertThat(cells)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Catalog (same team)", "",
                "Catalog waits on Checkout: 2", "2",
                "Catalog waits on Payments: 0", "",
                "Checkout waits on Catalog: 1", "1",
                "Checkout (same team)", "",
                "Checkout waits on Payments: 3", "3",
                "Payments waits on Catalog: 0", "",
                "Payments waits on Checkout: 0", "",
                "Payments (same team)", ""));
  }

  @Test
  void shadesStepEvenlyFromOneWaitToTheMostOnTheBoard() {
    Agenda agenda =
        agenda(
            List.of("A", "B", "C", "D", "E"),
            List.of(
                new TeamLink("A", "B", 1),
                new TeamLink("A", "C", 4),
                new TeamLink("A", "D", 7),
                new TeamLink("A", "E", 10)));

    String svg = TeamBoardSvg.render(agenda);

    // labels one character wide: 13 px, so the grid starts at x 13, y 15 (13 * 3 / 4 + 6).
    // Shade 1 + (count - 1) * 3 / 9: 1 -> 1, 4 -> 2, 7 -> 3, 10 -> 4.
    assertThat(svg)
        .contains(
            "B waits on A: 1</title><rect x=\"13\" y=\"43\" width=\"28\" height=\"28\" fill=\"#ffe3e3\"")
        .contains(
            "C waits on A: 4</title><rect x=\"13\" y=\"71\" width=\"28\" height=\"28\" fill=\"#ffa8a8\"")
        .contains(
            "D waits on A: 7</title><rect x=\"13\" y=\"99\" width=\"28\" height=\"28\" fill=\"#fa5252\"")
        .contains(
            "E waits on A: 10</title><rect x=\"13\" y=\"127\" width=\"28\" height=\"28\" fill=\"#c92a2a\"")
        .contains(">1 to 10 open waits</text>");
  }

  @Test
  void theMostWaitsGetTheDarkestShadeAndNoWaitsTheLightest() {
    String svg = TeamBoardSvg.render(THREE_TEAMS);

    assertThat(svg)
        .contains("fill=\"" + TeamBoardSvg.SHADES.get(4) + "\" stroke=\"#ffffff\"/><text")
        .contains("fill=\"" + TeamBoardSvg.SHADES.get(0) + "\" stroke=\"#ffffff\"/></g>");
  }

  @Test
  void teamNamesFromTheConfigurationAreEscaped() throws Exception {
    Agenda agenda =
        agenda(
            List.of("R&D <ops>", "Q'A \"core\""),
            List.of(new TeamLink("R&D <ops>", "Q'A \"core\"", 4)));

    String svg = TeamBoardSvg.render(agenda);

    assertThat(svg)
        .contains("R&amp;D &lt;ops&gt;")
        .contains("Q&#39;A &quot;core&quot;")
        .doesNotContain("<ops>");
    assertThat(cells(parse(svg))).containsEntry("Q'A \"core\" waits on R&D <ops>: 4", "4");
  }

  @Test
  void controlCharactersThatXmlForbidsAreDroppedSoTheBoardStillParses() throws Exception {
    Agenda agenda =
        agenda(List.of("Ops\u0001", "Web"), List.of(new TeamLink("Ops\u0001", "Web", 1)));

    assertThat(cells(parse(TeamBoardSvg.render(agenda)))).containsEntry("Web waits on Ops: 1", "1");
  }

  @Test
  void longTeamNamesAreCutInTheLabelAndKeptWholeInItsTitle() {
    String name = "Platform Reliability Engineering";
    Agenda agenda = agenda(List.of(name, "Web"), List.of(new TeamLink(name, "Web", 1)));

    assertThat(TeamBoardSvg.render(agenda))
        .contains("<title>" + name + "</title>Platform Reliabil…");
  }

  @Test
  void aboveMeetingGroupsThePairsThatMeetInTheSameGroupAreGrey() throws Exception {
    Agenda above =
        dev.interlock.agenda.AgendaGroups.split(GroupedReportTest.inTwoGroups(Agendas.small()))
            .main();

    Map<String, String> cells = cells(parse(TeamBoardSvg.render(above)));

    assertThat(cells)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Catalog (same team)", "",
                "Catalog and Checkout meet in group 1", "",
                "Catalog waits on Payments: 0", "",
                "Checkout and Catalog meet in group 1", "",
                "Checkout (same team)", "",
                "Checkout waits on Payments: 1", "1",
                "Payments waits on Catalog: 1", "1",
                "Payments waits on Checkout: 0", "",
                "Payments (same team)", ""));
    assertThat(TeamBoardSvg.render(above))
        .contains("<title>Catalog and Checkout meet in group 1</title><rect x=\"")
        .containsPattern(
            "meet in group 1</title><rect [^>]* fill=\"" + TeamBoardSvg.SAME_TEAM + "\"");
  }

  @Test
  void withOneWaitAtMostTheLegendShowsOneShade() {
    String svg = TeamBoardSvg.render(agenda(List.of("A", "B"), List.of(new TeamLink("A", "B", 1))));

    assertThat(svg.lines().filter(l -> l.startsWith("<rect ")).toList())
        .containsExactly("<rect x=\"13\" y=\"85\" width=\"28\" height=\"14\" fill=\"#c92a2a\"/>");
    assertThat(svg).contains(">1 open wait</text>");
  }

  @Test
  void noBoardWhenNoTeamWaitsOnAnother() {
    assertThat(TeamBoardSvg.render(agenda(List.of("Web"), List.of()))).isEmpty();
  }

  @Test
  void theSameAgendaDrawsTheSameBytes() {
    assertThat(TeamBoardSvg.render(THREE_TEAMS)).isEqualTo(TeamBoardSvg.render(THREE_TEAMS));
  }

  @Test
  void theHtmlAgendaCarriesTheBoardInlineWithNothingFromOutsideThePage() {
    String html = new ReportWriter().render(ReportFormat.HTML, THREE_TEAMS);

    assertThat(html)
        .contains("<figure class=\"board\"><svg class=\"board\" role=\"img\"")
        .doesNotContain("<script")
        .doesNotContain("href=")
        .doesNotContain("src=");
  }

  /** Each cell's title mapped to the number written in it ("" for none). */
  private static Map<String, String> cells(Document svg) {
    Map<String, String> cells = new TreeMap<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals("cell")) {
        NodeList texts = g.getElementsByTagName("text");
        String count = texts.getLength() == 0 ? "" : texts.item(0).getTextContent();
        cells.put(g.getElementsByTagName("title").item(0).getTextContent(), count);
      }
    }
    return cells;
  }

  private static String text(Document svg, String element, int index) {
    return svg.getElementsByTagName(element).item(index).getTextContent();
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static Agenda agenda(List<String> teams, List<TeamLink> links) {
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
        teams,
        new Summary(0, teams.size(), 0, 0, 0, 0, Map.of()),
        List.of(),
        List.of(),
        List.of(),
        Agendas.THIN,
        links,
        List.of(),
        List.of(),
        List.of(),
        Analysis.empty(teams));
  }
}
