package dev.interlock.graph;

import static dev.interlock.graph.Analyses.graph;
import static dev.interlock.graph.Analyses.keys;
import static dev.interlock.graph.TestIssues.BLOCKS;
import static dev.interlock.graph.TestIssues.T0;
import static dev.interlock.graph.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImpactAndLintTest {
  @Test
  void impactCountsEachWaitingIssueOnceThroughADiamond() {
    // PAY-1 -> CHK-1 -> CAT-1 and PAY-1 -> CAT-1; CAT-1 due in 9 days, inside the 14-day horizon.
    DependencyGraph g =
        graph(
            issue("PAY-1").outward("1", BLOCKS, "CHK-1").outward("2", BLOCKS, "CAT-1").build(),
            issue("CHK-1").outward("3", BLOCKS, "CAT-1").build(),
            issue("CAT-1").due("2026-11-10").build());

    assertThat(new ImpactAnalysis(g, T0, 14).impacts())
        .containsExactly(
            new BlockerImpact(
                dev.interlock.model.IssueKey.parse("PAY-1"),
                "Payments",
                2,
                java.util.List.of("Catalog", "Checkout"),
                1),
            new BlockerImpact(
                dev.interlock.model.IssueKey.parse("CHK-1"),
                "Checkout",
                1,
                java.util.List.of("Catalog"),
                1));
  }

  @Test
  void lintNamesSelfLinksInvisibleIssuesDuplicatesAndLinksWithoutDates() {
    DependencyGraph g =
        graph(
            issue("PAY-1").outward("1", BLOCKS, "PAY-1").build(),
            issue("CHK-1").inward("2", BLOCKS, "LEGACY-9").build(),
            issue("PAY-2").outward("10", BLOCKS, "CHK-2").outward("11", BLOCKS, "CHK-2").build(),
            issue("CHK-2").build());

    assertThat(new DataLint(g).findings())
        .extracting(f -> f.severity() + " " + f.kind() + " " + keys(f.issues()))
        .containsExactly(
            "MEDIUM INVISIBLE_ISSUE [CHK-1, LEGACY-9]",
            "LOW NO_COMMITMENT [CHK-2, PAY-2]",
            "LOW SELF_LINK [PAY-1]",
            "LOW DUPLICATE_LINK [CHK-2, PAY-2]");
  }

  @Test
  void twoDisjointCyclesAndATeamsMutualWaitAreFindings() {
    DependencyGraph g =
        graph(
            issue("PAY-7").outward("1", BLOCKS, "CHK-8").build(),
            issue("CHK-8").outward("2", BLOCKS, "PAY-7").build(),
            issue("CAT-2").outward("3", BLOCKS, "CAT-3").build(),
            issue("CAT-3").outward("4", BLOCKS, "CAT-2").build());
    var cycles = new CycleDetector(g).findings();
    var team = new TeamGraph(g, Analyses.TEAM_NAMES);

    assertThat(new CycleFindings(g, cycles, team).findings())
        .extracting(f -> f.severity() + " " + f.kind() + " " + f.reason())
        .containsExactly(
            "HIGH CYCLE CHK-8 → PAY-7 → CHK-8: nobody can finish first.",
            "MEDIUM CYCLE CAT-2 → CAT-3 → CAT-2: nobody can finish first.",
            "MEDIUM TEAM_MUTUAL_WAIT Payments waits on Checkout (1 open) while Checkout waits on"
                + " Payments (1 open): agree which goes first.");
  }

  @Test
  void moreTeamsThanOneMeetingHoldsAreSplitKeepingTheHeaviestPairTogether() {
    // Payments-Checkout: 3 open dependencies; Checkout -> Catalog: 1. At most 2 teams a meeting.
    DependencyGraph g =
        graph(
            issue("PAY-1").outward("1", BLOCKS, "CHK-1").build(),
            issue("PAY-2").outward("2", BLOCKS, "CHK-2").build(),
            issue("CHK-3").outward("3", BLOCKS, "PAY-3").outward("4", BLOCKS, "CAT-4").build(),
            issue("CHK-1").build(),
            issue("CHK-2").build(),
            issue("PAY-3").build(),
            issue("CAT-4").build());
    MeetingSplit split =
        new MeetingGroups(new TeamGraph(g, Analyses.TEAM_NAMES), Analyses.TEAM_NAMES, 2).split();

    assertThat(split.needed()).isTrue();
    assertThat(split.groups())
        .containsExactly(
            new MeetingGroup(java.util.List.of("Payments", "Checkout"), 3),
            new MeetingGroup(java.util.List.of("Catalog"), 0));
    assertThat(split.betweenGroups()).containsExactly(new TeamEdge("Checkout", "Catalog", 1, 1));
  }

  @Test
  void betweennessOnTheTeamGraphFindsTheTeamInTheMiddle() {
    // Payments -> Checkout -> Catalog: only Checkout lies between two others.
    DependencyGraph g =
        graph(
            issue("PAY-1").outward("1", BLOCKS, "CHK-1").build(),
            issue("CHK-1").outward("2", BLOCKS, "CAT-1").build(),
            issue("CAT-1").build());
    Bottlenecks b = new Bottlenecks(g, new TeamGraph(g, Analyses.TEAM_NAMES), Analyses.TEAM_NAMES);

    assertThat(b.teams().get(0)).isEqualTo(new TeamBottleneck("Checkout", 1.0, 1, 1));
    assertThat(b.relays())
        .containsExactly(
            new IssueRelay(dev.interlock.model.IssueKey.parse("CHK-1"), "Checkout", 1, 1));
  }

  @Test
  void lintFlagsAnIssueStillMarkedBlockedWhenEveryBlockerIsDone() {
    var blockedStatus =
        new dev.interlock.model.Status("Blocked", dev.interlock.model.StatusCategory.IN_PROGRESS);
    DependencyGraph g =
        graph(
            issue("PAY-1").status(TestIssues.DONE).outward("1", BLOCKS, "CHK-1").build(),
            issue("CHK-1").status(blockedStatus).build());

    assertThat(new DataLint(g).findings())
        .filteredOn(f -> f.kind() == FindingKind.BLOCKED_BY_DONE)
        .extracting(f -> f.severity() + " " + keys(f.issues()) + " " + f.reason())
        .containsExactly(
            "MEDIUM [CHK-1, PAY-1] CHK-1 is still \"Blocked\" but every issue blocking it is done;"
                + " unblock it or link what really blocks it.");
  }

  @Test
  void lintNamesInferredAndUninferableLinkTypesWithTheIssuesTheyTouch() {
    var requirement =
        new dev.interlock.model.LinkType("7", "Requirement", "is required by", "requires");
    var gates = new dev.interlock.model.LinkType("8", "Gates", "is gated by", "gates");
    DependencyGraph g =
        graph(
            issue("CHK-1").outward("1", requirement, "PAY-1").outward("2", gates, "CAT-1").build(),
            issue("PAY-1").build(),
            issue("CAT-1").build());

    assertThat(new DataLint(g).findings())
        .filteredOn(
            f ->
                f.kind() == FindingKind.INFERRED_LINK_TYPE
                    || f.kind() == FindingKind.IGNORED_LINK_TYPE)
        .extracting(f -> f.kind() + " " + keys(f.issues()) + " " + f.reason())
        .containsExactly(
            "INFERRED_LINK_TYPE [CHK-1, PAY-1] link type \"Requirement\" is not configured and was"
                + " read from its verbs (2 issues); confirm it under linkTypes.",
            "IGNORED_LINK_TYPE [CAT-1, CHK-1] link of a type that is not configured and not"
                + " inferable (Gates): 2 issues; map the type under linkTypes.");
  }
}
