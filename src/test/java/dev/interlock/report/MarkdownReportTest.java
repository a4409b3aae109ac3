package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private final ReportWriter writer = new ReportWriter();

  @Test
  void smallAgendaRendersExactlyAsTheReviewedGoldenFile() {
    assertThat(writer.render(ReportFormat.MARKDOWN, Agendas.small()))
        .isEqualTo(Golden.read("small-agenda.md"));
  }

  @Test
  void emptyAgendaSaysSoInEverySection() {
    assertThat(writer.render(ReportFormat.MARKDOWN, Agendas.empty()))
        .isEqualTo(
            """
            # Quiet week — agenda

            As of 2026-11-16T08:00:00Z · timebox 15 min · teams: none

            "Since we last met" covers the last 7 days.

            **Summary:** 0 issues · 0 teams · 0 dependencies · 0 cross-team dependencies · 0 cycles · 0 items · nothing skipped

            ## Minute plan (15 min)

            | Min | Part | Covers |
            | ---: | --- | --- |
            | 15 | Open floor | – |

            ## Riskiest cross-team items

            _No cross-team items at risk._

            ## One line per team

            _No team has anything cross-team to say._

            ## Parking lot

            _Nothing needs a session of its own._

            ---

            # Details

            ## Where the risk scores come from

            Risk scores are not learned: too little history before 2026-11-16 (0 known outcomes, 0 slipped; a model needs 40, with 8 slipped and 8 on time). They are the transparent first risk score, a weighted sum of commitment urgency, blockers in other teams, work waiting downstream, not started and being in a cycle: a ranking, not a probability.

            ## Team-to-team waits

            _No team waits on another._

            ## Cross-team analysis

            Findings: none. The worst 5 of each kind are shown, without what the parking lot \
            already says; agenda.json has them all.

            ### Teams waiting on each other (cycles are in the parking lot)

            _None._

            ### Schedule conflicts

            _None._

            ### Chains that cannot make their date

            _None._

            ### Data to fix in Jira

            _None._

            ### Cross-team blocking chains with time to spare (the late ones are above)

            _None._

            ### Most waited-on blockers

            _None._

            ### Bottlenecks

            - No team sits between two others.

            ### Dependency matrix (rows wait on columns: open dependencies · worst risk of a waiting item; – when none is scored)

            _No teams._

            ### Meeting groups

            All 0 teams fit in one meeting (at most 7).

            ## Warnings about the data

            _None._
            """);
  }

  @Test
  void learnedScoresSayWhatHistoryTheyComeFromAndHowTheModelWasMade() {
    assertThat(writer.render(ReportFormat.MARKDOWN, Agendas.small()))
        .contains(
            """
            ## Where the risk scores come from

            Risk scores are learned from this site's own history: 412 known outcomes (97 slipped, \
            23.5%) of 180 items whose commitments fell due before 2026-11-16, each item counted \
            at every past moment it was open; model: compact features, λ = 3.0, chosen by \
            log-loss 0.452 on 104 validation rows (newest moments); Platt a = 0.95, b = -0.12. \
            Measure them on your own past with `interlock backtest`.

            ## Team-to-team waits""");
  }

  @Test
  void scoresWithoutEnoughHistorySayTheyAreNotLearnedAndWhatAModelNeeds() {
    assertThat(writer.render(ReportFormat.MARKDOWN, Agendas.small(Agendas.THIN)))
        .contains(
            """
            ## Where the risk scores come from

            Risk scores are not learned: too little history before 2026-11-16 (12 known \
            outcomes, 3 slipped; a model needs 40, with 8 slipped and 8 on time). They are the \
            transparent first risk score, a weighted sum of commitment urgency, blockers in other \
            teams, work waiting downstream, not started and being in a cycle: a ranking, not a \
            probability.

            ## Team-to-team waits""")
        .doesNotContain("interlock backtest");
  }

  @Test
  void hostileSummaryIsEscapedSoItCannotBreakTheTableOrInjectHtml() {
    String markdown = writer.render(ReportFormat.MARKDOWN, Agendas.small());

    assertThat(markdown)
        .contains(
            "**1. CHK-9** \\<script\\>alert(\"x\")\\</script\\> \\| \\*bold\\* \\[link\\](x) —")
        .doesNotContain("<script>")
        .doesNotContain("[link](x)");
  }

  @Test
  void nonAsciiSummaryIsKeptAsIs() {
    assertThat(writer.render(ReportFormat.MARKDOWN, Agendas.small()))
        .contains("**2. PAY-5** Währungsumrechnung — ¥/€ 対応 — Payments");
  }

  @Test
  void aTeamLineNamesOnlyTheQuestionsItAnswersAndACutAnswerSaysHowManyMore() {
    assertThat(writer.render(ReportFormat.MARKDOWN, Agendas.small()))
        .contains(
            "- **Catalog** — finished: CAT-7 → PAY-5; next: CAT-2 → PAY-5 +2 more;"
                + " blocked by others: CAT-2 ← CHK-9\n");
  }
}
