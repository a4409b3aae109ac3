package dev.interlock.sample;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an issue's work was meant to go: put into sprint {@code sprint} (an index, or {@link
 * ProjectPlan#NONE}) at {@code plannedAt}, then through {@code steps}. Steps after "now" are the
 * future and never happen.
 */
record WorkPlan(int sprint, @Nullable Instant plannedAt, List<Step> steps) {
  static final WorkPlan BACKLOG = new WorkPlan(ProjectPlan.NONE, null, List.of());

  WorkPlan {
    steps = List.copyOf(steps);
  }

  static WorkPlan unplanned(List<Step> steps) {
    return new WorkPlan(ProjectPlan.NONE, null, steps);
  }

  /** When work began (first step), or null when it never did. */
  @Nullable Instant started() {
    return steps.isEmpty() ? null : steps.get(0).at();
  }
}
