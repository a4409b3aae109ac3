package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.AgendaGroups;
import dev.interlock.agenda.Analysis;
import dev.interlock.graph.MeetingGroup;
import dev.interlock.graph.MeetingSplit;
import dev.interlock.graph.TeamEdge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Agendas#small()} met in two groups: Catalog with Checkout, and Payments alone. Its cycle
 * PAY-5 → CHK-9 → CAT-2 runs through both groups.
 */
class GroupedReportTest {
  private static final MeetingGroup FIRST = new MeetingGroup(List.of("Catalog", "Checkout"), 1);
  private static final MeetingGroup SECOND = new MeetingGroup(List.of("Payments"), 0);
  private static final List<String> FILES =
      List.of("agenda.md", "agenda.html", "agenda.json", "graph.dot", "mermaid.md");

  private final ReportWriter writer = new ReportWriter();

  @TempDir Path tmp;

  @Test
  void eachGroupsFilesGoInItsFolderUnderGroupsAndTheMainFilesAreTheMeetingAboveThem()
      throws IOException {
    Agenda agenda = inTwoGroups(Agendas.small());

    List<Path> written = writer.write(agenda, tmp);

    assertThat(written).hasSize(15);
    assertThat(contents(tmp).keySet())
        .containsExactlyInAnyOrder(
            Stream.of("", "groups/group-1-catalog-checkout/", "groups/group-2-payments/")
                .flatMap(folder -> FILES.stream().map(file -> folder + file))
                .toArray(String[]::new));
    assertThat(Files.readString(tmp.resolve("agenda.md")))
        .isEqualTo(writer.render(ReportFormat.MARKDOWN, AgendaGroups.split(agenda).main()))
        .startsWith("# Checkout train — above the groups — agenda");
    assertThat(Files.readString(tmp.resolve("groups/group-2-payments/agenda.html")))
        .isEqualTo(writer.render(ReportFormat.HTML, AgendaGroups.forGroup(agenda, 2, SECOND)));
  }

  @Test
  void theCycleThroughBothGroupsIsOnTheAgendaAboveThemAndOnNeitherGroups() throws IOException {
    writer.write(inTwoGroups(Agendas.small()), tmp);

    assertThat(Files.readString(tmp.resolve("agenda.md"))).contains("PAY-5 → CHK-9 → CAT-2");
    assertThat(Files.readString(tmp.resolve("groups/group-1-catalog-checkout/agenda.md")))
        .contains("## Parking lot")
        .doesNotContain("break the cycle");
    assertThat(Files.readString(tmp.resolve("groups/group-2-payments/agenda.md")))
        .contains("## Parking lot")
        .doesNotContain("break the cycle");
  }

  @Test
  void aGroupFileThatCannotBeReplacedLeavesEveryPreviousFileAsItWas() throws IOException {
    writer.write(inTwoGroups(Agendas.small()), tmp);
    Path blocked = tmp.resolve("groups/group-2-payments/mermaid.md");
    Files.delete(blocked);
    Files.createDirectories(blocked);
    Map<String, String> before = contents(tmp);

    assertThatThrownBy(() -> writer.write(inTwoGroups(Agendas.small(Agendas.THIN)), tmp))
        .isInstanceOf(ReportWriteException.class)
        .hasMessageStartingWith(
            "cannot write " + blocked + ": moving the new mermaid.md into place failed: ");

    assertThat(contents(tmp)).isEqualTo(before);
    assertThat(Files.readString(tmp.resolve("agenda.md")))
        .isEqualTo(
            writer.render(
                ReportFormat.MARKDOWN, AgendaGroups.split(inTwoGroups(Agendas.small())).main()));
  }

  @Test
  void agendasOfGroupsThatNoLongerMeetAreRemovedAndOtherFilesKept() throws IOException {
    writer.write(inTwoGroups(Agendas.small()), tmp);
    Files.writeString(tmp.resolve("groups/group-2-payments/notes.txt"), "someone's notes");

    writer.write(Agendas.small(), tmp);

    assertThat(contents(tmp).keySet())
        .containsExactlyInAnyOrder(
            "agenda.md",
            "agenda.html",
            "agenda.json",
            "graph.dot",
            "mermaid.md",
            "groups/group-2-payments/notes.txt");
    assertThat(tmp.resolve("groups/group-1-catalog-checkout")).doesNotExist();
  }

  @Test
  void withoutGroupsNoGroupsFolderIsLeft() throws IOException {
    writer.write(inTwoGroups(Agendas.small()), tmp);

    writer.write(Agendas.small(), tmp);

    assertThat(tmp.resolve("groups")).doesNotExist();
  }

  @Test
  void fileNamesThatLeaveTheOutputFolderAreRefused() {
    assertThatThrownBy(() -> AtomicFiles.replaceAll(tmp, Map.of("../agenda.md", new byte[0])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a plain relative file name: ../agenda.md");
  }

  /** {@code agenda} whose analysis split its teams into {@link #FIRST} and {@link #SECOND}. */
  static Agenda inTwoGroups(Agenda a) {
    Analysis x = a.analysis();
    MeetingSplit split =
        new MeetingSplit(
            true,
            2,
            List.of(FIRST, SECOND),
            List.of(
                new TeamEdge("Catalog", "Payments", 1, 1),
                new TeamEdge("Payments", "Checkout", 1, 1)));
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

  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        all.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    return all;
  }
}
