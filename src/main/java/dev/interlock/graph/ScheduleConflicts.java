package dev.interlock.graph;

import dev.interlock.model.Commitment;
import dev.interlock.model.Dependency;
import dev.interlock.model.Issue;
import dev.interlock.model.Sprint;
import dev.interlock.model.SprintState;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Cross-team dependencies whose blocker is not planned to be ready when the dependent needs it. The
 * dependent needs its blocker by the start of its earliest open sprint, or else by its own
 * commitment. Then, for an open blocker:
 *
 * <ul>
 *   <li>its commitment (the one {@link Issue#commitment()} picks) is after that date: a conflict,
 *       high;
 *   <li>it shares an open sprint with the dependent, or its commitment is that very day: at risk,
 *       medium;
 *   <li>it has no commitment, or nobody can see it: unknown, low.
 * </ul>
 *
 * A dependent with no sprint and no commitment needs nothing by any date and is left out.
 */
public final class ScheduleConflicts {
  private final DependencyGraph graph;
  private @Nullable List<Finding> findings;

  public ScheduleConflicts(DependencyGraph graph) {
    this.graph = graph;
  }

  /** Findings sorted by {@link Finding#ORDER}; computed once. */
  public List<Finding> findings() {
    if (findings == null) {
      List<Finding> found = new ArrayList<>();
      for (Dependency d : graph.crossTeamDependencies()) {
        Finding f = check(d);
        if (f != null) {
          found.add(f);
        }
      }
      found.sort(Finding.ORDER);
      findings = List.copyOf(found);
    }
    return findings;
  }

  private @Nullable Finding check(Dependency d) {
    GraphNode blocker = graph.requireNode(d.blocker());
    Issue dependent = graph.requireNode(d.blocked()).issue();
    if (!blocker.isOpen() || dependent == null || dependent.isDone()) {
      return null;
    }
    Optional<Need> need = neededBy(dependent);
    if (need.isEmpty()) {
      return null;
    }
    String needs =
        Teams.named(graph, d.blocked())
            + " needs it by "
            + need.get().date
            + " ("
            + need.get().why
            + ")";
    Optional<Commitment> planned =
        blocker.issue() == null ? Optional.empty() : blocker.issue().commitment();
    if (planned.isEmpty()) {
      String what =
          blocker.visible() ? "has no commitment" : "is not visible, so its plan is unknown";
      return finding(d, FindingKind.SCHEDULE_UNKNOWN, Severity.LOW, what + ", yet " + needs + ".");
    }
    Optional<Sprint> shared = sharedSprint(blocker.issue(), dependent);
    if (shared.isPresent()) {
      String both =
          "both are in sprint "
              + shared.get().name()
              + ": "
              + d.blocked()
              + " can only finish after "
              + d.blocker()
              + " within the same sprint.";
      return finding(d, FindingKind.SCHEDULE_AT_RISK, Severity.MEDIUM, both);
    }
    Commitment c = planned.get();
    String plan = Plans.planned(c);
    if (c.date().isAfter(need.get().date)) {
      return finding(
          d, FindingKind.SCHEDULE_CONFLICT, Severity.HIGH, plan + ", after " + needs + ".");
    }
    if (c.date().equals(need.get().date)) {
      return finding(
          d, FindingKind.SCHEDULE_AT_RISK, Severity.MEDIUM, plan + ", the very day " + needs + ".");
    }
    return null;
  }

  private Finding finding(Dependency d, FindingKind kind, Severity severity, String rest) {
    var keys = List.of(d.blocker(), d.blocked());
    return new Finding(
        kind,
        severity,
        keys,
        Teams.owning(graph, keys),
        Teams.named(graph, d.blocker()) + " " + rest);
  }

  private record Need(LocalDate date, String why) {}

  private static Optional<Need> neededBy(Issue dependent) {
    Optional<Need> sprint =
        dependent.sprints().stream()
            .filter(s -> s.state() != SprintState.CLOSED && s.start() != null)
            .map(
                s -> new Need(LocalDate.ofInstant(s.start(), ZoneOffset.UTC), s.name() + " starts"))
            .min((a, b) -> a.date.compareTo(b.date));
    if (sprint.isPresent()) {
      return sprint;
    }
    return dependent.commitment().map(c -> new Need(c.date(), Plans.why(c)));
  }

  private static Optional<Sprint> sharedSprint(Issue a, Issue b) {
    return a.sprints().stream()
        .filter(s -> s.state() != SprintState.CLOSED)
        .filter(s -> b.sprints().stream().anyMatch(t -> t.id() == s.id()))
        .findFirst();
  }
}
