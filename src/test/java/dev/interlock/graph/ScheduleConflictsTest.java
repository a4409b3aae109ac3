package dev.interlock.graph;

import static dev.interlock.graph.Analyses.graph;
import static dev.interlock.graph.TestIssues.BLOCKS;
import static dev.interlock.graph.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScheduleConflictsTest {
  /** Findings sort by severity, kind, then first issue: [CHK-2, PAY-2] before [CHK-5, LEGACY-1]. */
  @Test
  void eachBlockerIsJudgedAgainstWhenItsDependentNeedsIt() {
    DependencyGraph g =
        graph(
            issue("PAY-1").due("2026-11-20").outward("1", BLOCKS, "CHK-1").build(),
            issue("CHK-1").due("2026-11-10").build(),
            issue("PAY-2").outward("2", BLOCKS, "CHK-2").build(),
            issue("CHK-2").due("2026-11-10").build(),
            issue("PAY-3").due("2026-11-10").outward("3", BLOCKS, "CHK-3").build(),
            issue("CHK-3").due("2026-11-10").build(),
            issue("PAY-4").due("2026-11-05").outward("4", BLOCKS, "CHK-4").build(),
            issue("CHK-4").due("2026-11-10").build(),
            issue("CHK-5").due("2026-11-10").inward("5", BLOCKS, "LEGACY-1").build());

    assertThat(new ScheduleConflicts(g).findings())
        .extracting(f -> f.kind() + ": " + f.reason())
        .containsExactly(
            "SCHEDULE_CONFLICT: PAY-1 (Payments) is due 2026-11-20, after CHK-1 (Checkout) needs"
                + " it by 2026-11-10 (its due date).",
            "SCHEDULE_AT_RISK: PAY-3 (Payments) is due 2026-11-10, the very day CHK-3 (Checkout)"
                + " needs it by 2026-11-10 (its due date).",
            "SCHEDULE_UNKNOWN: PAY-2 (Payments) has no commitment, yet CHK-2 (Checkout) needs it"
                + " by 2026-11-10 (its due date).",
            "SCHEDULE_UNKNOWN: LEGACY-1 (not visible) is not visible, so its plan is unknown, yet"
                + " CHK-5 (Checkout) needs it by 2026-11-10 (its due date).");
  }

  @Test
  void theDependentsSprintStartIsWhenItNeedsItsBlocker() {
    DependencyGraph g =
        graph(
            issue("PAY-1").due("2026-11-12").outward("1", BLOCKS, "CHK-1").build(),
            issue("CHK-1").sprint(7, "2026-11-09", "2026-11-20").build());

    assertThat(new ScheduleConflicts(g).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.reason())
                  .isEqualTo(
                      "PAY-1 (Payments) is due 2026-11-12, after CHK-1 (Checkout) needs it by"
                          + " 2026-11-09 (Sprint 7 starts).");
              assertThat(f.teams()).containsExactly("Checkout", "Payments");
            });
  }
}
