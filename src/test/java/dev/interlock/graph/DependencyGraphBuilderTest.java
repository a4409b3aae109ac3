package dev.interlock.graph;

import static dev.interlock.graph.TestIssues.BLOCKS;
import static dev.interlock.graph.TestIssues.DEPENDENCY;
import static dev.interlock.graph.TestIssues.DEPENDENT;
import static dev.interlock.graph.TestIssues.RELATES;
import static dev.interlock.graph.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Dependency;
import dev.interlock.model.Issue;
import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkRule;
import dev.interlock.model.LinkType;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Strength;
import dev.interlock.model.Team;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyGraphBuilderTest {
  private static final Map<String, LinkRule> RULES =
      Map.of(
          "Blocks", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.HARD),
          "Dependency", new LinkRule(LinkMeaning.OUTWARD_DEPENDS, Strength.HARD),
          "Dependent", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.SOFT),
          "Relates", new LinkRule(LinkMeaning.IGNORE, Strength.SOFT));
  private static final List<Team> TEAMS =
      List.of(
          new Team("Payments", List.of("PAY"), List.of(), List.of(), null),
          new Team("Checkout", List.of("CHK"), List.of(), List.of(), null));

  static DependencyGraph build(Map<String, LinkRule> rules, Issue... issues) {
    Snapshot s = new Snapshot("test", null, List.of(issues), List.of(), List.of());
    return new DependencyGraphBuilder(new TeamIndex(TEAMS), new LinkSemantics(rules)).build(s);
  }

  private static String edges(DependencyGraph g) {
    return String.join(
        "; ", g.dependencies().stream().map(d -> d.blocker() + "->" + d.blocked()).toList());
  }

  @Test
  void outwardBlocksSeenFromTheBlockerPointsFromItToTheOther() {
    DependencyGraph g =
        build(RULES, issue("PAY-1").outward("10", BLOCKS, "CHK-1").build(), issue("CHK-1").build());
    assertThat(edges(g)).isEqualTo("PAY-1->CHK-1");
  }

  @Test
  void outwardBlocksSeenOnlyFromTheBlockedSideStillPointsFromBlockerToBlocked() {
    DependencyGraph g =
        build(RULES, issue("PAY-1").build(), issue("CHK-1").inward("10", BLOCKS, "PAY-1").build());
    assertThat(edges(g)).isEqualTo("PAY-1->CHK-1");
  }

  @Test
  void outwardDependsMakesTheOtherIssueTheBlocker() {
    // "CHK-1 depends on PAY-1": PAY-1 must finish first.
    DependencyGraph g =
        build(
            RULES,
            issue("CHK-1").outward("11", DEPENDENCY, "PAY-1").build(),
            issue("PAY-1").inward("11", DEPENDENCY, "CHK-1").build());
    assertThat(edges(g)).isEqualTo("PAY-1->CHK-1");
  }

  @Test
  void reversedDependencyVerbsStillPointFromBlockerToBlocked() {
    // Dependent: inward "depends on", outward "is depended on by". CHK-1 "depends on" PAY-1 is an
    // INWARD entry on CHK-1; configured outward-blocks, so PAY-1 (the outward holder) blocks.
    DependencyGraph g =
        build(
            RULES,
            issue("CHK-1").inward("12", DEPENDENT, "PAY-1").build(),
            issue("PAY-1").outward("12", DEPENDENT, "CHK-1").build());
    assertThat(edges(g)).isEqualTo("PAY-1->CHK-1");
    assertThat(g.dependencies().get(0).strength()).isEqualTo(Strength.SOFT);
  }

  @Test
  void aLinkSeenFromBothIssuesBecomesOneDependency() {
    DependencyGraph g =
        build(
            RULES,
            issue("PAY-1").outward("10", BLOCKS, "CHK-1").build(),
            issue("CHK-1").inward("10", BLOCKS, "PAY-1").build());
    assertThat(g.dependencies())
        .containsExactly(
            new Dependency(
                dev.interlock.model.IssueKey.parse("PAY-1"),
                dev.interlock.model.IssueKey.parse("CHK-1"),
                "Blocks",
                "10",
                Strength.HARD,
                false));
    assertThat(g.crossTeamDependencies()).hasSize(1);
  }

  @Test
  void ignoredTypesMakeNoEdgeAndAreNotCountedAsSkipped() {
    DependencyGraph g =
        build(
            RULES, issue("PAY-1").outward("13", RELATES, "CHK-1").build(), issue("CHK-1").build());
    assertThat(g.dependencies()).isEmpty();
    assertThat(g.skipped()).isEmpty();
    assertThat(g.warnings()).isEmpty();
  }

  @Test
  void anUnconfiguredTypeWithClearVerbsIsInferredAndWarnedAbout() {
    LinkType requirement = new LinkType("5", "Requirement", "is required by", "requires");
    DependencyGraph g =
        build(
            RULES,
            issue("CHK-1").outward("14", requirement, "PAY-1").build(),
            issue("PAY-1").build());
    assertThat(edges(g)).isEqualTo("PAY-1->CHK-1");
    assertThat(g.dependencies().get(0).inferred()).isTrue();
    assertThat(g.warnings())
        .containsExactly(
            "link type \"Requirement\" is not configured; read as outward-depends from its verbs"
                + " (outward \"requires\", inward \"is required by\"). Add it under linkTypes to"
                + " confirm.");
  }

  @Test
  void anUnconfiguredTypeWithUnclearVerbsIsSkippedCountedAndWarnedAbout() {
    LinkType gates = new LinkType("6", "Gates", "is gated by", "gates");
    DependencyGraph g =
        build(RULES, issue("PAY-1").outward("15", gates, "CHK-1").build(), issue("CHK-1").build());
    assertThat(g.dependencies()).isEmpty();
    assertThat(g.skipped())
        .extracting(s -> s.reason() + ": " + s.subject())
        .containsExactly(
            "link of a type that is not configured and not inferable (Gates): PAY-1 gates CHK-1");
    assertThat(g.warnings())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("link type \"Gates\" is not configured and its verbs");
  }

  @Test
  void aSelfLinkIsSkippedAndCounted() {
    DependencyGraph g = build(RULES, issue("PAY-1").outward("16", BLOCKS, "PAY-1").build());
    assertThat(g.dependencies()).isEmpty();
    assertThat(g.skipped())
        .extracting(s -> s.reason())
        .containsExactly("link from an issue to itself");
  }

  @Test
  void aLinkToAnIssueOutsideTheSnapshotKeepsTheEdgeAndAWarning() {
    DependencyGraph g = build(RULES, issue("PAY-1").inward("17", BLOCKS, "LEGACY-4").build());
    assertThat(edges(g)).isEqualTo("LEGACY-4->PAY-1");
    GraphNode outside = g.requireNode(dev.interlock.model.IssueKey.parse("LEGACY-4"));
    assertThat(outside.visible()).isFalse();
    assertThat(outside.team()).isNull();
    assertThat(outside.isOpen()).isTrue();
    assertThat(g.isCrossTeam(g.dependencies().get(0))).isTrue();
    assertThat(g.warnings())
        .anyMatch(w -> w.startsWith("1 linked issue is outside the snapshot (e.g. LEGACY-4)"));
  }
}
