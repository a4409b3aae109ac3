package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.config.ConfigLoader;
import dev.interlock.config.InterlockConfig;
import dev.interlock.graph.CycleDetector;
import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.LinkSemantics;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Snapshot;
import dev.interlock.source.OfflineSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agenda's ranking on the bundled sample, as of the day it was taken. */
class RiskRankingTest {
  private static final Instant AS_OF = Instant.parse("2026-11-16T00:00:00Z");
  private static Snapshot snapshot;
  private static DependencyGraphBuilder builder;
  private static DependencyGraph graph;
  private static RiskRanking ranking;
  private static List<RiskScore> ranked;

  @BeforeAll
  static void rank() throws Exception {
    InterlockConfig config = ConfigLoader.load(Path.of("config/sample.yaml"), Map.of());
    snapshot = new OfflineSource(Path.of("sample-data/acme")).load();
    builder =
        new DependencyGraphBuilder(
            new TeamIndex(config.teams()), new LinkSemantics(config.linkTypes()));
    graph = builder.build(snapshot);
    ranking = new RiskRanking(snapshot, graph, new CycleDetector(graph).findings(), builder, AS_OF);
    ranked = ranking.ranked();
  }

  private static RiskScore scoreOf(String key) {
    return ranked.stream().filter(s -> s.key().toString().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void whatWaitsDownAChainIsSaidToWaitDirectlyOrDownAChainAndDirectWaitsAreNot() {
    // PLAT-59 -> IDN-68 -> PAY-67 -> CHK-70: only IDN-68 waits on PLAT-59 directly. Whether the
    // waiting work is among an item's top reasons depends on the model; when it is, the words
    // must say "down a chain" exactly when some of the waiting issues wait through others.
    for (RiskScore s : ranked) {
      boolean chain = graph.openDownstream(s.key()).size() > graph.openDependents(s.key()).size();
      s.reasons().stream()
          .filter(r -> r.contains(" wait on it") || r.contains(" waits on it"))
          .forEach(
              r -> assertThat(r.contains("down a chain")).as(s.key() + ": " + r).isEqualTo(chain));
    }
    assertThat(graph.openDownstream(IssueKey.parse("PLAT-59"))).hasSize(3);
    assertThat(graph.openDependents(IssueKey.parse("PLAT-59"))).hasSize(1);
  }

  @Test
  void onlyAnItemWithItsOwnCommitmentWithinTheHorizonIsShownAProbability() {
    java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 16);
    for (RiskScore s : ranked) {
      java.util.Optional<java.time.LocalDate> due =
          snapshot.findIssue(s.key()).flatMap(i -> i.commitment()).map(c -> c.date());
      if (due.isEmpty()) {
        assertThat(s.noProbability()).as(s.key().toString()).isEqualTo(RiskScore.NO_COMMITMENT);
        assertThat(s.noProbability()).isEqualTo("no commitment: ranked by what waits on it");
      } else if (due.get().isAfter(today.plusDays(90))) {
        assertThat(s.noProbability()).as(s.key().toString()).isEqualTo(RiskScore.BEYOND_HORIZON);
      } else {
        assertThat(s.probability()).as(s.key().toString()).isTrue();
      }
    }
  }

  @Test
  void everyRankedItemWaitsOnOrHoldsUpAnOpenIssueOfAnotherTeam() {
    assertThat(ranked).isNotEmpty();
    for (RiskScore s : ranked) {
      boolean blocked =
          graph.blockersOf(s.key()).stream()
              .anyMatch(d -> graph.isCrossTeam(d) && graph.requireNode(d.blocker()).isOpen());
      boolean blocking =
          graph.dependentsOf(s.key()).stream()
              .anyMatch(d -> graph.isCrossTeam(d) && graph.requireNode(d.blocked()).isOpen());
      assertThat(blocked || blocking).as(s.key().toString()).isTrue();
    }
  }

  @Test
  void anItemLinkedAcrossTeamsOnlyToFinishedWorkIsNotACrossTeamRisk() {
    // CHK-20 has cross-team links, but every one of them is to finished work.
    IssueKey chk20 = IssueKey.parse("CHK-20");
    List<IssueKey> crossTeamPartners =
        java.util.stream.Stream.concat(
                graph.blockersOf(chk20).stream()
                    .filter(graph::isCrossTeam)
                    .map(dev.interlock.model.Dependency::blocker),
                graph.dependentsOf(chk20).stream()
                    .filter(graph::isCrossTeam)
                    .map(dev.interlock.model.Dependency::blocked))
            .toList();
    assertThat(crossTeamPartners).isNotEmpty();
    assertThat(crossTeamPartners).allMatch(k -> !graph.requireNode(k).isOpen());
    assertThat(ranked).extracting(s -> s.key().toString()).doesNotContain("CHK-20");
  }

  @Test
  void onTheSampleTheScoresAreLearnedFromTheOutcomesKnownBeforeTheAsOfDay() {
    // 375 outcomes, 181 slipped, of 233 items: the overdue action item IDN-83 (due 2026-11-13,
    // still open) is one item whose commitment fell due and slipped.
    assertThat(ranking.knownOutcomes())
        .isEqualTo(new KnownOutcomes(java.time.LocalDate.of(2026, 11, 16), 375, 181, 233));
    assertThat(ranking.how()).hasValueSatisfying(how -> assertThat(how).contains("features, λ ="));
    assertThat(ranking.warnings()).isEmpty();
  }

  @Test
  void withTooLittleHistoryThereIsNoHowAndTheWarningQuotesTheKnownOutcomes() {
    Instant early = Instant.parse("2026-07-01T00:00:00Z");
    RiskRanking thin = new RiskRanking(snapshot, graph, List.of(), builder, early);

    assertThat(thin.how()).isEmpty();
    assertThat(thin.knownOutcomes())
        .isEqualTo(new KnownOutcomes(java.time.LocalDate.of(2026, 7, 1), 35, 5, 31));
    assertThat(thin.warnings().get(0))
        .startsWith(
            "too little history to learn from as of 2026-07-01T00:00:00Z: 35 known outcomes"
                + " (5 slipped, 30 on time); a model needs 40, with 8 of each.")
        .endsWith("The agenda ranks by the transparent first risk score instead.")
        .doesNotContain("priors");
  }

  @Test
  void anOverdueItemHasAlreadySlippedAndSaysSoFirst() {
    RiskScore chk65 = scoreOf("CHK-65");
    assertThat(chk65.score()).isEqualTo(1.0);
    assertThat(chk65.reasons().get(0))
        .isEqualTo("overdue by 7 days (due date 2026-11-09): it has already slipped");
  }
}
