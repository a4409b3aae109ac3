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
import java.util.Optional;
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
    // PLAT-59 -> IDN-68 -> PAY-67 -> CHK-70: only IDN-68 waits on PLAT-59 directly; PAY-67 has
    // CHK-70 waiting on it directly and nothing further down. A model fitted on the waiting work
    // alone makes it each item's first reason, whatever the learned model weighs on the sample.
    Snapshot asOfT = new SnapshotReplay(snapshot).asOf(AS_OF);
    DependencyGraph g = builder.build(asOfT);
    FeatureExtractor features =
        new FeatureExtractor(
            asOfT, g, new TrackRecord(asOfT, AS_OF, i -> g.teamOf(i.key())), AS_OF);
    // Each open item ten times over, so the few with waiting work pass the support rule.
    List<FeatureRow> open =
        asOfT.issues().stream().filter(i -> !i.isDone()).map(features::row).toList();
    List<FeatureRow> rows =
        java.util.Collections.nCopies(10, open).stream().flatMap(List::stream).toList();
    int[] slipped =
        rows.stream().mapToInt(r -> r.value(Feature.WAITING_ISSUES) > 0 ? 1 : 0).toArray();
    RiskModel waiting = RiskModel.fit(rows, slipped, 1.0, java.util.Set.of(Feature.WAITING_ISSUES));

    assertThat(reason(asOfT, features, waiting, "PLAT-59"))
        .isEqualTo("3 open issues wait on it in 3 other teams, directly or down a chain");
    assertThat(reason(asOfT, features, waiting, "PAY-67"))
        .isEqualTo("1 open issue waits on it in 1 other team");
    assertThat(g.openDownstream(IssueKey.parse("PLAT-59"))).hasSize(3);
    assertThat(g.openDependents(IssueKey.parse("PLAT-59"))).hasSize(1);
  }

  private static String reason(
      Snapshot asOfT, FeatureExtractor features, RiskModel model, String key) {
    dev.interlock.model.Issue issue = asOfT.requireIssue(IssueKey.parse(key));
    return new Explanation(issue, features.row(issue), model, features, k -> Optional.empty())
        .reasons(1)
        .get(0);
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
