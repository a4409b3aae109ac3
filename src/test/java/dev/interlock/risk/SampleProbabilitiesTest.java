package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.config.ConfigLoader;
import dev.interlock.config.InterlockConfig;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.LinkSemantics;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.source.OfflineSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The probabilities the bundled sample's agenda can show: of open items with a commitment from T to
 * the horizon (overdue items read 100 %, a fact; items without a commitment get none), as of the
 * day it was taken.
 */
class SampleProbabilitiesTest {
  private static final Instant AS_OF = Instant.parse("2026-11-16T00:00:00Z");
  private static List<Double> probabilities;

  @BeforeAll
  static void score() throws Exception {
    InterlockConfig config = ConfigLoader.load(Path.of("config/sample.yaml"), Map.of());
    Snapshot snapshot = new OfflineSource(Path.of("sample-data/acme")).load();
    DependencyGraphBuilder builder =
        new DependencyGraphBuilder(
            new TeamIndex(config.teams()), new LinkSemantics(config.linkTypes()));
    LearnedRiskScorer scorer =
        new LearnedRiskScorer(snapshot, builder, AS_OF, LearnedRiskScorer.DEFAULT_HORIZON);
    probabilities = new ArrayList<>();
    for (Issue i : scorer.asOfT().issues()) {
      scorer.shownProbability(i.key()).filter(p -> p < 1).ifPresent(probabilities::add);
    }
    probabilities.sort(Double::compare);
  }

  @Test
  void anOpenItemWithoutACommitmentIsRankedButShownNoProbability() throws Exception {
    InterlockConfig config = ConfigLoader.load(Path.of("config/sample.yaml"), Map.of());
    Snapshot snapshot = new OfflineSource(Path.of("sample-data/acme")).load();
    DependencyGraphBuilder builder =
        new DependencyGraphBuilder(
            new TeamIndex(config.teams()), new LinkSemantics(config.linkTypes()));
    LearnedRiskScorer scorer =
        new LearnedRiskScorer(snapshot, builder, AS_OF, LearnedRiskScorer.DEFAULT_HORIZON);
    int without = 0;
    for (Issue i : scorer.asOfT().issues()) {
      if (!i.isDone() && i.commitment().isEmpty()) {
        without++;
        assertThat(scorer.probability(i.key())).as(i.key().toString()).isPresent();
        assertThat(scorer.shownProbability(i.key())).as(i.key().toString()).isEmpty();
      }
    }
    assertThat(without).isPositive();
  }

  @Test
  void fewerThanOneInTenOpenItemsReadsNinetyFivePercentOrMore() {
    long high = probabilities.stream().filter(p -> p >= 0.95).count();
    assertThat(probabilities).hasSizeGreaterThan(40);
    assertThat((double) high / probabilities.size()).isLessThan(0.10);
  }
}
