package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.AgendaItem;
import dev.interlock.agenda.Question;
import dev.interlock.agenda.QuestionAnswer;
import dev.interlock.agenda.TeamSection;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final String html = new ReportWriter().render(ReportFormat.HTML, Agendas.small());

  @Test
  void pageIsAStandaloneEnglishUtf8DocumentWithATitle() {
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .contains("<title>Checkout train — agenda, 2026-11-16T08:00:00Z</title>")
        .endsWith("</body>\n</html>\n");
  }

  @Test
  void pageLoadsNothingFromOutsideAndRunsNoScript() {
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<link")
        .doesNotContain("src=")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("url(");
  }

  @Test
  void hostileSummaryIsHtmlEscapedInTextAndInAttributes() {
    assertThat(html)
        .contains("<br>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | *bold* [link](x)</td>")
        .contains("title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | *bold* [link](x) — ")
        .contains("title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | *bold* [link](x)\"");
  }

  @Test
  void ampersandIsEscapedAndNonAsciiIsKept() {
    assertThat(html)
        .contains("title=\"Price feed A &amp; B — next in Release 2.3\"")
        .doesNotContain("A & B")
        .contains("Währungsumrechnung — ¥/€ 対応");
  }

  @Test
  void everyQuestionATeamAnswersAndEveryIssueKeyAppears() {
    for (Question question : Question.values()) {
      assertThat(html).contains("<span class=\"q\">" + question.label() + ":</span>");
    }
    for (String key : List.of("PAY-5", "CHK-9", "CAT-2", "CAT-7", "OPS-1")) {
      assertThat(html).containsPattern(">" + key + "[ <]");
    }
  }

  @Test
  void riskiestItemsShowRankScoreBarAndLevel() {
    assertThat(html)
        .contains("<td class=\"rank\">1</td>")
        .contains(
            "<span class=\"score high\"><span class=\"bar\"><span style=\"width: 81%\"></span>"
                + "</span>81%</span>")
        .contains(
            "<span class=\"score medium\"><span class=\"bar\"><span style=\"width: 63%\"></span>"
                + "</span>63%</span>");
  }

  @Test
  void learnedScoresSayWhereTheyComeFromUnderTheRiskHeading() {
    assertThat(html)
        .contains(
            "<h2>Where the risk scores come from</h2>\n<p class=\"meta\">Risk scores are learned from"
                + " this site's own history: 412 known outcomes (97 slipped, 23.5%) of 180 items"
                + " whose commitments fell due before 2026-11-16, each item counted at every past"
                + " moment it was open; model: compact features, λ = 3.0, chosen by log-loss 0.452"
                + " on 104 validation rows (newest moments); Platt a = 0.95, b = -0.12. Measure"
                + " them on your own past with <code>interlock backtest</code>.</p>\n");
  }

  @Test
  void scoresWithoutEnoughHistorySayTheyAreTheFirstRiskScore() {
    String thin = new ReportWriter().render(ReportFormat.HTML, Agendas.small(Agendas.THIN));

    assertThat(thin)
        .contains(
            "<h2>Where the risk scores come from</h2>\n<p class=\"meta\">Risk scores are not learned:"
                + " too little history before 2026-11-16 (12 known outcomes, 3 slipped; a model"
                + " needs 40, with 8 slipped and 8 on time). They are the transparent first risk"
                + " score, a weighted sum of commitment urgency, blockers in other teams, work"
                + " waiting downstream, not started and being in a cycle: a ranking, not a"
                + " probability.</p>\n")
        .doesNotContain("interlock backtest");
  }

  @Test
  void cycleIsParkedWithOnlyItsTeamsAndTheQuestionToSettle() {
    assertThat(html)
        .contains(
            "<li><span class=\"who\">After the meeting: Catalog, Checkout, Payments</span> — break"
                + " the cycle PAY-5 → CHK-9 → CAT-2: <b>which link is wrong, or which part ships"
                + " first?</b></li>");
  }

  @Test
  void teamMatrixHasWaitingTeamsAsRowsAndBlockerTeamsAsColumns() {
    assertThat(html)
        .contains("<th>Catalog</th><th>Checkout</th><th>Payments</th></tr></thead>")
        // Catalog waits on Checkout; Payments waits on Catalog.
        .contains(
            "<tr><th>Catalog</th><td class=\"zero\">·</td><td class=\"waits\">1</td>"
                + "<td class=\"zero\">·</td></tr>")
        .contains(
            "<tr><th>Payments</th><td class=\"waits\">1</td><td class=\"zero\">·</td>"
                + "<td class=\"zero\">·</td></tr>");
  }

  @Test
  void cutAnswersAreMarkedAndLaterMentionsOfAPresentedIssuePointBackToIt() {
    assertThat(html)
        .contains("<span class=\"more\">+2 more</span>")
        .contains("<tr id=\"i-PAY-5\">")
        .contains(
            "CAT-2 → PAY-5<a class=\"see\" href=\"#i-PAY-5\" title=\"presented above\">↑</a>");
  }

  @Test
  void issuesOutsideTheSnapshotAreMarkedAsSuch() {
    assertThat(html)
        .contains("<span class=\"ref outside\" title=\"Firewall rule for &quot;payments");
  }

  @Test
  void aCutAnswerThatKeptItsRestExpandsItInPlace() {
    Agenda small = Agendas.small();
    List<TeamSection> sections =
        small.teamSections().stream()
            .map(
                t ->
                    new TeamSection(
                        t.team(),
                        t.answers().stream()
                            .map(
                                a ->
                                    a.more() == 0
                                        ? a
                                        : new QuestionAnswer(
                                            a.question(),
                                            a.items(),
                                            1,
                                            List.of(
                                                new AgendaItem(Agendas.PAY_5, List.of(), "kept"))))
                            .toList()))
            .toList();
    Agenda agenda =
        new Agenda(
            small.meeting(),
            small.teams(),
            small.summary(),
            sections,
            small.cycles(),
            small.riskiest(),
            small.riskBasis(),
            small.teamLinks(),
            small.crossTeamEdges(),
            small.crossTeamIssues(),
            small.warnings(),
            small.analysis());

    assertThat(new ReportWriter().render(ReportFormat.HTML, agenda))
        .contains(
            " <details class=\"inline\"><summary>+1 more</summary><span class=\"pair\""
                + " title=\"Währungsumrechnung — ¥/€ 対応 — kept\">PAY-5<a class=\"see\"");
  }
}
