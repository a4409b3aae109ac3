package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionPolicyTest {
  @Test
  void selectedTriesEverySetWithEveryPenalty() {
    SelectionPolicy.Grid grid = SelectionPolicy.SELECTED.grid(100);

    assertThat(grid.sets()).containsExactly(Feature.CORE, Feature.COMPACT, Feature.ALL);
    assertThat(grid.lambdas()).containsExactly(100.0, 30.0, 10.0, 3.0, 1.0, 0.3, 0.1, 0.03);
    assertThat(grid.fixedSet()).isEqualTo(Feature.COMPACT);
    assertThat(grid.fixedLambda()).isEqualTo(1.0);
    assertThat(grid.chooses()).isTrue();
  }

  @Test
  void coreChoosesOnlyThePenalty() {
    SelectionPolicy.Grid grid = SelectionPolicy.CORE.grid(100);

    assertThat(grid.sets()).containsExactly(Feature.CORE);
    assertThat(grid.lambdas()).hasSize(8);
    assertThat(grid.fixedSet()).isEqualTo(Feature.CORE);
    assertThat(grid.chooses()).isTrue();
  }

  @Test
  void smallDataCoreFixesCoreWithPenaltyTenBelowFourHundredRowsAndSelectsFromThere() {
    SelectionPolicy.Grid small = SelectionPolicy.SMALL_DATA_CORE.grid(399);
    SelectionPolicy.Grid large = SelectionPolicy.SMALL_DATA_CORE.grid(400);

    assertThat(small)
        .isEqualTo(
            new SelectionPolicy.Grid(List.of(Feature.CORE), List.of(10.0), Feature.CORE, 10.0));
    assertThat(small.chooses()).isFalse();
    assertThat(large).isEqualTo(SelectionPolicy.SELECTED.grid(400));
  }

  @Test
  void allFixedIsTheFirstRoundModel() {
    SelectionPolicy.Grid grid = SelectionPolicy.ALL_FIXED.grid(10_000);

    assertThat(grid)
        .isEqualTo(new SelectionPolicy.Grid(List.of(Feature.ALL), List.of(1.0), Feature.ALL, 1.0));
    assertThat(grid.chooses()).isFalse();
  }
}
