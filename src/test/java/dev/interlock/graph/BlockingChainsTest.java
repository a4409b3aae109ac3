package dev.interlock.graph;

import static dev.interlock.graph.Analyses.graph;
import static dev.interlock.graph.Analyses.keys;
import static dev.interlock.graph.TestIssues.BLOCKS;
import static dev.interlock.graph.TestIssues.T0;
import static dev.interlock.graph.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockingChainsTest {
  private static BlockingChains chains(DependencyGraph g) {
    return new BlockingChains(g, new LeadTimes(g, T0, 5), T0);
  }

  @Test
  void aCycleInsideAChainCountsEveryMemberOnceAndDoesNotBreakIt() {
    // PAY-1 -> PAY-2 <-> PAY-3 -> CHK-1 (due in 20 days): 4 issues of 5 days each = 20 days.
    DependencyGraph g =
        graph(
            issue("PAY-1").outward("1", BLOCKS, "PAY-2").build(),
            issue("PAY-2").outward("2", BLOCKS, "PAY-3").build(),
            issue("PAY-3").outward("3", BLOCKS, "PAY-2").outward("4", BLOCKS, "CHK-1").build(),
            issue("CHK-1").due("2026-11-21").build());

    BlockingChain chain = chains(g).chains().get(0);

    assertThat(keys(chain.path())).containsExactly("PAY-1", "PAY-2", "PAY-3", "CHK-1");
    assertThat(chain.teams()).containsExactly("Payments", "Checkout");
    assertThat(chain.daysNeeded()).isEqualTo(20);
    assertThat(chain.slackDays()).isZero();
    assertThat(chains(g).findings()).isEmpty();
  }

  @Test
  void aDiamondTieGoesToTheSmallestKeyAndAShortChainIsAFinding() {
    // PAY-1 blocks PAY-2 and PAY-3, both block CHK-4 due in 10 days; each path needs 15 days.
    DependencyGraph g =
        graph(
            issue("PAY-1").outward("1", BLOCKS, "PAY-2").outward("2", BLOCKS, "PAY-3").build(),
            issue("PAY-2").outward("3", BLOCKS, "CHK-4").build(),
            issue("PAY-3").outward("4", BLOCKS, "CHK-4").build(),
            issue("CHK-4").due("2026-11-11").build());

    assertThat(chains(g).chains())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(keys(c.path())).containsExactly("PAY-1", "PAY-2", "CHK-4");
              assertThat(c.slackDays()).isEqualTo(-5);
            });
    assertThat(chains(g).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CHAIN_LATE);
              assertThat(f.reason())
                  .isEqualTo(
                      "CHK-4 (Checkout) has its due date 2026-11-11 but waits on a chain of 2 open"
                          + " issues (PAY-1 → PAY-2 → CHK-4) that needs about 15 days: 5 days"
                          + " short.");
            });
  }

  @Test
  void leadTimeIsTheTeamsMedianFromItsFirstStatusChangeWhenItHasHistory() {
    assertThat(LeadTimes.median(java.util.List.of(3, 1, 2, 10))).isEqualTo(3);
    // Three resolved Payments issues: 2 and 4 days from creation (no history) to resolution, and
    // one created 2026-10-01 but started 2026-10-09, resolved 2026-10-10: 1 day. Median of 1, 2, 4.
    DependencyGraph g =
        graph(
            issue("PAY-7")
                .status(TestIssues.DONE)
                .created("2026-10-01T00:00:00Z")
                .resolved("2026-10-03T00:00:00Z")
                .build(),
            issue("PAY-8")
                .status(TestIssues.DONE)
                .created("2026-10-01T00:00:00Z")
                .resolved("2026-10-05T00:00:00Z")
                .build(),
            issue("PAY-9")
                .status(TestIssues.DONE)
                .created("2026-10-01T00:00:00Z")
                .started("2026-10-09T00:00:00Z")
                .resolved("2026-10-10T00:00:00Z")
                .build());
    LeadTimes lead = new LeadTimes(g, T0, 5);
    assertThat(lead.learned()).containsExactly(java.util.Map.entry("Payments", 2));
    assertThat(lead.daysFor("Checkout")).isEqualTo(5);
  }
}
