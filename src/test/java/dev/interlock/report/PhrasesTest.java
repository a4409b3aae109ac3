package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.agenda.IssueRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhrasesTest {
  @Test
  void instantIsIsoInUtc() {
    assertThat(Phrases.instant(Instant.parse("2026-11-16T09:00:00+01:00")))
        .isEqualTo("2026-11-16T08:00:00Z");
  }

  @Test
  void percentRoundsHalfUpToAWholeNumber() {
    assertThat(Phrases.percent(0.625)).isEqualTo("63%");
    assertThat(Phrases.percent(0.8125)).isEqualTo("81%");
    assertThat(Phrases.percent(0.0)).isEqualTo("0%");
    assertThat(Phrases.percent(1.0)).isEqualTo("100%");
  }

  @Test
  void aPredictionShortOfCertainNeverReadsAsZeroOrHundred() {
    assertThat(Phrases.percent(0.996)).isEqualTo("99%");
    assertThat(Phrases.percent(0.004)).isEqualTo("1%");
    assertThat(Phrases.percent(0.995)).isEqualTo("99%");
    assertThat(Phrases.percent(0.985)).isEqualTo("99%");
  }

  @Test
  void shareIsAPercentageWithOneDecimalAndNothingOfNothingIsZero() {
    assertThat(Phrases.share(97, 412)).isEqualTo("23.5%");
    assertThat(Phrases.share(180, 374)).isEqualTo("48.1%");
    assertThat(Phrases.share(0, 0)).isEqualTo("0.0%");
  }

  @Test
  void riskLevelChangesAtTheDocumentedThresholds() {
    assertThat(Phrases.riskLevel(0.7)).isEqualTo("high");
    assertThat(Phrases.riskLevel(0.69)).isEqualTo("medium");
    assertThat(Phrases.riskLevel(0.4)).isEqualTo("medium");
    assertThat(Phrases.riskLevel(0.39)).isEqualTo("low");
  }

  @Test
  void commitmentNamesLabelAndDateWhenKnown() {
    LocalDate date = LocalDate.of(2026, 11, 20);
    assertThat(Phrases.commitment(issue(date, "Sprint 14"))).isEqualTo("Sprint 14 due 2026-11-20");
    assertThat(Phrases.commitment(issue(date, null))).isEqualTo("due 2026-11-20");
    assertThat(Phrases.commitment(issue(null, "Sprint 14"))).isEqualTo("Sprint 14");
    assertThat(Phrases.commitment(issue(null, null))).isEqualTo("no commitment");
  }

  @Test
  void statusLineLeavesOutAMissingCommitment() {
    assertThat(Phrases.statusLine(issue(null, null))).isEqualTo("Open");
    assertThat(Phrases.statusLine(issue(null, "Sprint 14"))).isEqualTo("Open, Sprint 14");
  }

  @Test
  void statusKindAcceptsJiraKeysAndEnumNames() {
    assertThat(Phrases.statusKind("done")).isEqualTo("done");
    assertThat(Phrases.statusKind("DONE")).isEqualTo("done");
    assertThat(Phrases.statusKind("indeterminate")).isEqualTo("progress");
    assertThat(Phrases.statusKind("IN_PROGRESS")).isEqualTo("progress");
    assertThat(Phrases.statusKind("In Progress")).isEqualTo("progress");
    assertThat(Phrases.statusKind("new")).isEqualTo("todo");
    assertThat(Phrases.statusKind("undefined")).isEqualTo("todo");
  }

  @Test
  void cyclePathWalksBackToItsStart() {
    assertThat(Phrases.cyclePath(Agendas.small().cycles().get(0)))
        .isEqualTo("PAY-5 → CHK-9 → CAT-2 → PAY-5");
  }

  @Test
  void countsUseSingularForOne() {
    assertThat(Phrases.counts(Agendas.small().summary()))
        .containsExactly(
            "5 issues",
            "3 teams",
            "7 dependencies",
            "5 cross-team dependencies",
            "1 cycle",
            "7 items");
  }

  @Test
  void skippedListsReasonsInOrderOrSaysNothing() {
    assertThat(Phrases.skipped(Agendas.small().summary().skipped()))
        .isEqualTo("skipped (done before the window: 3, unmapped link type: 2)");
    assertThat(Phrases.skipped(Map.of())).isEqualTo("nothing skipped");
  }

  @Test
  void refsNameTheOwnerOrNotVisibleAndSayNoneWhenEmpty() {
    assertThat(Phrases.refs(List.of(Agendas.PAY_5, Agendas.OPS_1)))
        .isEqualTo("PAY-5 (Payments), OPS-1 (not visible)");
    assertThat(Phrases.refs(List.of())).isEqualTo("none");
    assertThat(Phrases.names(List.of())).isEqualTo("none");
  }

  private static IssueRef issue(LocalDate date, String label) {
    return new IssueRef("PAY-1", "s", "Payments", "Open", "new", date, label, true);
  }
}
