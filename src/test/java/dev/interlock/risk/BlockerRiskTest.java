package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Dependency;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Strength;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockerRiskTest {
  private static IssueKey k(String key) {
    return IssueKey.parse(key);
  }

  private static Dependency blocks(String blocker, String blocked) {
    return new Dependency(
        k(blocker), k(blocked), "Blocks", blocker + blocked, Strength.HARD, false);
  }

  @Test
  void riskTravelsDownAChainAsTheHighestSoFar() {
    // A-1 (0.9) blocks B-1 (0.2) blocks C-1 (0.5) blocks D-1.
    Map<IssueKey, Double> own = Map.of(k("A-1"), 0.9, k("B-1"), 0.2, k("C-1"), 0.5);

    Map<IssueKey, Double> up =
        BlockerRisk.propagate(
            List.of(blocks("A-1", "B-1"), blocks("B-1", "C-1"), blocks("C-1", "D-1")), own);

    assertThat(up).containsOnlyKeys(k("B-1"), k("C-1"), k("D-1"));
    assertThat(up.get(k("B-1"))).isEqualTo(0.9);
    assertThat(up.get(k("C-1"))).isEqualTo(0.9);
    assertThat(up.get(k("D-1"))).isEqualTo(0.9);
  }

  @Test
  void aSafeBlockerPassesOnOnlyWhatIsAboveIt() {
    Map<IssueKey, Double> own = Map.of(k("A-1"), 0.1, k("B-1"), 0.3);

    Map<IssueKey, Double> up =
        BlockerRisk.propagate(List.of(blocks("A-1", "B-1"), blocks("B-1", "C-1")), own);

    assertThat(up).containsEntry(k("B-1"), 0.1).containsEntry(k("C-1"), 0.3);
  }

  @Test
  void membersOfACycleShareTheGroupsMaximumAndPassItOn() {
    // X-1 (0.4) blocks P-1 (0.7) ⇄ Q-1 (0.2); Q-1 blocks Z-1.
    Map<IssueKey, Double> own = Map.of(k("X-1"), 0.4, k("P-1"), 0.7, k("Q-1"), 0.2);

    Map<IssueKey, Double> up =
        BlockerRisk.propagate(
            List.of(
                blocks("X-1", "P-1"),
                blocks("P-1", "Q-1"),
                blocks("Q-1", "P-1"),
                blocks("Q-1", "Z-1")),
            own);

    assertThat(up)
        .containsEntry(k("P-1"), 0.7)
        .containsEntry(k("Q-1"), 0.7)
        .containsEntry(k("Z-1"), 0.7)
        .doesNotContainKey(k("X-1"));
  }
}
