package dev.interlock.graph;

import static dev.interlock.graph.TestIssues.BLOCKS;
import static dev.interlock.graph.TestIssues.DONE;
import static dev.interlock.graph.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkRule;
import dev.interlock.model.Strength;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleDetectorTest {
  private static final Map<String, LinkRule> RULES =
      Map.of("Blocks", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.HARD));

  @Test
  void aCrossTeamCycleIsFoundWithItsPathAndTeams() {
    DependencyGraph g =
        DependencyGraphBuilderTest.build(
            RULES,
            issue("PAY-1").outward("1", BLOCKS, "CHK-1").build(),
            issue("CHK-1").outward("2", BLOCKS, "OPS-1").build(),
            issue("OPS-1").outward("3", BLOCKS, "PAY-1").build());
    var findings = new CycleDetector(g).findings();
    assertThat(findings).hasSize(1);
    CycleFinding f = findings.get(0);
    assertThat(f.path()).extracting(Object::toString).containsExactly("CHK-1", "OPS-1", "PAY-1");
    assertThat(f.teams()).containsExactly("(no team)", "Checkout", "Payments");
    assertThat(f.crossTeam()).isTrue();
  }

  @Test
  void aCycleInsideAChainReportsOnlyTheCycleMembers() {
    // PAY-1 -> PAY-2 -> PAY-3 -> PAY-2, PAY-3 -> CHK-1
    DependencyGraph g =
        DependencyGraphBuilderTest.build(
            RULES,
            issue("PAY-1").outward("1", BLOCKS, "PAY-2").build(),
            issue("PAY-2").outward("2", BLOCKS, "PAY-3").build(),
            issue("PAY-3").outward("3", BLOCKS, "PAY-2").outward("4", BLOCKS, "CHK-1").build(),
            issue("CHK-1").build());
    var findings = new CycleDetector(g).findings();
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.members())
                  .extracting(Object::toString)
                  .containsExactly("PAY-2", "PAY-3");
              assertThat(f.crossTeam()).isFalse();
            });
  }

  @Test
  void twoDisjointCyclesAreSortedByTheirSmallestKey() {
    DependencyGraph g =
        DependencyGraphBuilderTest.build(
            RULES,
            issue("PAY-7").outward("1", BLOCKS, "PAY-8").build(),
            issue("PAY-8").outward("2", BLOCKS, "PAY-7").build(),
            issue("CHK-2").outward("3", BLOCKS, "CHK-3").build(),
            issue("CHK-3").outward("4", BLOCKS, "CHK-2").build());
    assertThat(new CycleDetector(g).findings())
        .extracting(f -> f.members().get(0).toString())
        .containsExactly("CHK-2", "PAY-7");
  }

  @Test
  void aCycleThroughADoneIssueIsNoLongerACycle() {
    DependencyGraph g =
        DependencyGraphBuilderTest.build(
            RULES,
            issue("PAY-1").outward("1", BLOCKS, "CHK-1").build(),
            issue("CHK-1").status(DONE).outward("2", BLOCKS, "PAY-1").build());
    assertThat(new CycleDetector(g).findings()).isEmpty();
  }

  @Test
  void aDiamondIsNotACycle() {
    DependencyGraph g =
        DependencyGraphBuilderTest.build(
            RULES,
            issue("PAY-1").outward("1", BLOCKS, "PAY-2").outward("2", BLOCKS, "PAY-3").build(),
            issue("PAY-2").outward("3", BLOCKS, "PAY-4").build(),
            issue("PAY-3").outward("4", BLOCKS, "PAY-4").build(),
            issue("PAY-4").build());
    assertThat(new CycleDetector(g).findings()).isEmpty();
    assertThat(g.openDownstream(dev.interlock.model.IssueKey.parse("PAY-1")))
        .extracting(Object::toString)
        .containsExactly("PAY-2", "PAY-3", "PAY-4");
  }

  @Test
  void openDependentsAreTheDirectOpenWaitersEachOnceWhileOpenDownstreamFollowsTheChain() {
    DependencyGraph g =
        DependencyGraphBuilderTest.build(
            RULES,
            issue("PAY-1")
                .outward("1", BLOCKS, "PAY-2")
                .outward("2", BLOCKS, "PAY-2")
                .outward("3", BLOCKS, "PAY-5")
                .build(),
            issue("PAY-2").outward("4", BLOCKS, "PAY-3").build(),
            issue("PAY-3").build(),
            issue("PAY-5").status(DONE).build());
    dev.interlock.model.IssueKey pay1 = dev.interlock.model.IssueKey.parse("PAY-1");

    assertThat(g.openDependents(pay1)).extracting(Object::toString).containsExactly("PAY-2");
    assertThat(g.openDownstream(pay1))
        .extracting(Object::toString)
        .containsExactly("PAY-2", "PAY-3");
  }
}
