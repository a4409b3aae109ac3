package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalysisSectionTest {
  private final ReportWriter writer = new ReportWriter();

  @Test
  void markdownShowsTheWorstFiveOfAKindAndCountsTheRest() {
    String md = writer.render(ReportFormat.MARKDOWN, Agendas.small());
    assertThat(md)
        .contains(
            "- **low** OPS-5 waits on CHK-5 and neither has a date.\n- +1 more in agenda.json\n")
        .doesNotContain("OPS-6 waits on CHK-6");
  }

  @Test
  void markdownMatrixRowsWaitOnColumnsWithCountAndWorstRiskOrADashWhenNoneIsScored() {
    String md = writer.render(ReportFormat.MARKDOWN, Agendas.small());
    assertThat(md)
        .contains("| Waiting ↓ / blocker → | Catalog | Checkout |\n")
        .contains("| Catalog |  | 1 · 81% |\n")
        .contains("| Checkout | 1 · – |  |\n");
  }

  @Test
  void htmlLeavesTheCycleToTheParkingLotAndListsOnlyChainsWithTimeToSpareOutsideIt() {
    String html = writer.render(ReportFormat.HTML, Agendas.small());
    // The only chain with time to spare runs through the cycle's issues: no cycle has slack.
    assertThat(html)
        .doesNotContain("<td>9 d</td>")
        .doesNotContain("-3 d</td>")
        .contains("<td class=\"waits\">1 · 81%</td>")
        .doesNotContain("<span class=\"severity high\">high</span> PAY-5 → CHK-9 → CAT-2 → PAY-5")
        .contains("break the cycle PAY-5 → CHK-9 → CAT-2: <b>which link is wrong");
  }

  @Test
  void htmlExpandsTheRestOfAKindInPlace() {
    String html = writer.render(ReportFormat.HTML, Agendas.small());
    assertThat(html)
        .contains(
            "<li class=\"more\"><details><summary>+1 more</summary><ul class=\"findings\">\n"
                + "    <li><span class=\"severity low\">low</span> OPS-6 waits on CHK-6");
  }

  @Test
  void mermaidDrawsTheTeamWaitsButNoChainThroughACycle() {
    String mmd = writer.render(ReportFormat.MERMAID, Agendas.small());
    // The only late chain, OPS-1 → CHK-9 → PAY-5, runs into the cycle PAY-5 → CHK-9 → CAT-2.
    assertThat(mmd)
        .contains("  t0[\"Catalog\"]\n  t1[\"Checkout\"]\n  t2[\"Payments\"]\n")
        .contains("  t0 -->|1| t2\n")
        .doesNotContain("## Chain behind");
  }

  @Test
  void jsonCarriesTheAnalysisInFull() {
    String json = writer.render(ReportFormat.JSON, Agendas.small());
    assertThat(json).contains("\"analysis\": {").contains("OPS-6 waits on CHK-6");
  }
}
