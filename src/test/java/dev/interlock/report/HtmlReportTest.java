package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.agenda.Question;
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
        .contains("title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | *bold* [link](x)\"");
  }

  @Test
  void ampersandIsEscapedAndNonAsciiIsKept() {
    assertThat(html)
        .contains("<span class=\"key\">CAT-2</span> Price feed A &amp; B ")
        .doesNotContain("A & B")
        .contains("Währungsumrechnung — ¥/€ 対応");
  }

  @Test
  void everyQuestionTextAndEveryIssueKeyAppears() {
    for (Question question : Question.values()) {
      assertThat(html).contains("<h4>" + question.text().replace("'", "&#39;") + "</h4>");
    }
    for (String key : List.of("PAY-5", "CHK-9", "CAT-2", "CAT-7", "OPS-1")) {
      assertThat(html).contains(">" + key + "<");
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
            "<h2>Riskiest cross-team items</h2>\n<p class=\"meta\">Risk scores are learned from"
                + " this site's own history: 412 known outcomes (97 slipped, 23.5%) of 180 items"
                + " whose commitments fell due before 2026-11-16, each item counted at every past"
                + " moment it was open; model: compact features, λ = 3.0, chosen by log-loss 0.452"
                + " on 104 validation rows (newest moments); Platt a = 0.95, b = -0.12. Measure"
                + " them on your own past with <code>interlock backtest</code>.</p>\n"
                + "<table class=\"risk\">");
  }

  @Test
  void scoresWithoutEnoughHistorySayTheyAreTheFirstRiskScore() {
    String thin = new ReportWriter().render(ReportFormat.HTML, Agendas.small(Agendas.THIN));

    assertThat(thin)
        .contains(
            "<h2>Riskiest cross-team items</h2>\n<p class=\"meta\">Risk scores are not learned:"
                + " too little history before 2026-11-16 (12 known outcomes, 3 slipped; a model"
                + " needs 40, with 8 slipped and 8 on time). They are the transparent first risk"
                + " score, a weighted sum of commitment urgency, blockers in other teams, work"
                + " waiting downstream, not started and being in a cycle: a ranking, not a"
                + " probability.</p>\n")
        .doesNotContain("interlock backtest");
  }

  @Test
  void cycleIsHighlightedWithItsWalkBackToTheStart() {
    assertThat(html)
        .contains("<div class=\"cycle\">\n  <p class=\"walk\">PAY-5 → CHK-9 → CAT-2 → PAY-5</p>");
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
  void emptyAnswersAndCutAnswersAreMarked() {
    assertThat(html)
        .contains("<p class=\"nothing\">nothing from the data</p>")
        .contains("<li class=\"more\">+2 more</li>");
  }

  @Test
  void issuesOutsideTheSnapshotAreMarkedAsSuch() {
    assertThat(html)
        .contains("<span class=\"ref outside\" title=\"Firewall rule for &quot;payments");
  }
}
