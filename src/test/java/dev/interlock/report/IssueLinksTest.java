package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.agenda.Agenda;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueLinksTest {
  private static final String SITE = "https://jira.example.com";
  private final ReportWriter writer = new ReportWriter();

  @Test
  void everyKeyLinksToItsJiraPageWhenTheAgendaKnowsTheSite() {
    Agenda agenda = Agendas.small().withJiraUrl(SITE + "/");

    assertThat(writer.render(ReportFormat.MARKDOWN, agenda))
        .contains("**1. [CHK-9](https://jira.example.com/browse/CHK-9)** ")
        .contains("- Blocked by: [CAT-2](https://jira.example.com/browse/CAT-2) (Catalog)")
        .contains(
            "break the cycle [PAY-5](https://jira.example.com/browse/PAY-5) →"
                + " [CHK-9](https://jira.example.com/browse/CHK-9) →"
                + " [CAT-2](https://jira.example.com/browse/CAT-2):");
    assertThat(writer.render(ReportFormat.HTML, agenda))
        .contains(
            "<td class=\"issue\"><a class=\"key\" href=\"https://jira.example.com/browse/CHK-9\">"
                + "CHK-9</a> <span class=\"status todo\">")
        .contains(
            "<b><a class=\"key\" href=\"https://jira.example.com/browse/OPS-1\">OPS-1</a></b>"
                + " not visible");
  }

  @Test
  void withoutASiteKeysArePlainText() {
    Agenda agenda = Agendas.small();

    assertThat(agenda.jiraUrl()).isNull();
    assertThat(writer.render(ReportFormat.MARKDOWN, agenda))
        .doesNotContain("/browse/")
        .contains("**1. CHK-9** ");
    assertThat(writer.render(ReportFormat.HTML, agenda))
        .doesNotContain("/browse/")
        .doesNotContain("<a class=\"key\"");
  }

  @Test
  void textAroundALinkedKeyIsStillEscapedAndOnlyTheAgendasKeysAreLinked() {
    Agenda small = Agendas.small();
    Agenda agenda =
        new Agenda(
                small.meeting(),
                small.teams(),
                small.summary(),
                small.teamSections(),
                small.cycles(),
                small.riskiest(),
                small.riskBasis(),
                small.teamLinks(),
                small.crossTeamEdges(),
                small.crossTeamIssues(),
                List.of("<b>CHK-9</b> [x](y) reads UTF-8 & ABC-1"),
                small.analysis())
            .withJiraUrl(SITE);

    assertThat(writer.render(ReportFormat.MARKDOWN, agenda))
        .contains(
            "- \\<b\\>[CHK-9](https://jira.example.com/browse/CHK-9)\\</b\\> \\[x\\](y) reads"
                + " UTF-8 & ABC-1\n");
    assertThat(writer.render(ReportFormat.HTML, agenda))
        .contains(
            "<li>&lt;b&gt;<a class=\"key\" href=\"https://jira.example.com/browse/CHK-9\">CHK-9</a>"
                + "&lt;/b&gt; [x](y) reads UTF-8 &amp; ABC-1</li>");
  }
}
