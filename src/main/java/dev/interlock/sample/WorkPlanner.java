package dev.interlock.sample;

import static dev.interlock.sample.WorkflowStatus.BLOCKED;
import static dev.interlock.sample.WorkflowStatus.DONE;
import static dev.interlock.sample.WorkflowStatus.IN_PROGRESS;
import static dev.interlock.sample.WorkflowStatus.IN_REVIEW;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Chooses how each issue's work went. Stories, tasks and bugs are planned into a sprint (or stay in
 * the backlog), started in the sprint's first days and take time by their story points; a few get
 * blocked for a while. Sub-tasks are worked while their parent is; an epic starts with its first
 * child and is usually closed a little after its last. Planted issues follow their fate.
 */
final class WorkPlanner {
  WorkPlan plan(IssueDraft issue, PriorityLevel priority, Dice dice) {
    return switch (issue.kind) {
      case EPIC -> epic(issue, dice);
      case SUBTASK -> subtask(issue, dice);
      default -> issue.fate.planted() ? planted(issue, dice) : random(issue, priority, dice);
    };
  }

  private WorkPlan random(IssueDraft issue, PriorityLevel priority, Dice dice) {
    ProjectPlan project = issue.project;
    if (!project.hasSprints()) {
      return dice.chance(0.15)
          ? WorkPlan.BACKLOG
          : WorkPlan.unplanned(
              work(issue, WorkClock.plusDays(issue.created, dice.uniform(0.1, 12)), dice));
    }
    int sprint = chooseSprint(issue, priority, dice);
    if (sprint == ProjectPlan.NONE) {
      return WorkPlan.BACKLOG;
    }
    if (sprint > project.activeSprint()) {
      Instant plannedAt = WorkClock.plusHours(issue.created, dice.uniform(0.2, 20));
      return new WorkPlan(sprint, plannedAt, List.of());
    }
    Instant plannedAt = plannedAt(issue, sprint, dice);
    Instant from = later(project.sprints().get(sprint).start(), plannedAt);
    return new WorkPlan(
        sprint, plannedAt, work(issue, WorkClock.plusDays(from, dice.uniform(0, 4)), dice));
  }

  private static int chooseSprint(IssueDraft issue, PriorityLevel priority, Dice dice) {
    ProjectPlan project = issue.project;
    if (dice.chance(0.08)) {
      return ProjectPlan.NONE;
    }
    if (issue.kind == IssueKind.BUG
        && priority.compareTo(PriorityLevel.HIGH) <= 0
        && dice.chance(0.6)) {
      return project.sprintAt(issue.created);
    }
    int next = project.nextSprint(issue.created);
    if (next == ProjectPlan.NONE) {
      return ProjectPlan.NONE;
    }
    int sprint = dice.chance(0.25) ? next + 1 : next;
    return sprint > project.futureSprint() ? ProjectPlan.NONE : sprint;
  }

  /** Sprint planning shortly before the sprint starts, or soon after creation when later. */
  private static Instant plannedAt(IssueDraft issue, int sprint, Dice dice) {
    Instant start = issue.project.sprints().get(sprint).start();
    Instant planning = Backlog.moment(start.minusSeconds(3 * 86_400), start, dice);
    return planning.isAfter(issue.created)
        ? planning
        : WorkClock.plusHours(issue.created, dice.uniform(0.2, 6));
  }

  private List<Step> work(IssueDraft issue, Instant start, Dice dice) {
    double days = duration(issue, dice);
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(IN_PROGRESS, start));
    Instant t = start;
    if (dice.chance(0.05)) {
      Instant blocked = WorkClock.plusDays(t, days * 0.4);
      steps.add(new Step(BLOCKED, blocked));
      t = WorkClock.plusDays(blocked, dice.uniform(1, 6));
      steps.add(new Step(IN_PROGRESS, t));
      days *= 0.6;
    }
    if ((issue.kind == IssueKind.STORY || issue.kind == IssueKind.BUG) && dice.chance(0.7)) {
      t = WorkClock.plusDays(t, days * 0.75);
      steps.add(new Step(IN_REVIEW, t));
      days *= 0.25;
    }
    steps.add(new Step(DONE, WorkClock.plusDays(t, days)));
    return steps;
  }

  private static double duration(IssueDraft issue, Dice dice) {
    double days =
        issue.points != null
            ? issue.points * dice.uniform(0.4, 1.1) + dice.uniform(0.3, 2)
            : dice.uniform(0.5, issue.kind == IssueKind.BUG ? 3 : 5);
    return dice.chance(0.1) ? days * 2 : days;
  }

  private WorkPlan planted(IssueDraft issue, Dice dice) {
    List<Step> steps = issue.fate.steps();
    ProjectPlan project = issue.project;
    if (!project.hasSprints()) {
      return WorkPlan.unplanned(steps);
    }
    Instant first = steps.isEmpty() ? null : steps.get(0).at();
    int sprint = first != null ? project.sprintAt(first) : project.nextSprint(issue.created);
    if (sprint == ProjectPlan.NONE || sprint > project.activeSprint()) {
      sprint = project.activeSprint();
    }
    Instant plannedAt = plannedAt(issue, sprint, dice);
    if (first != null && !plannedAt.isBefore(first)) {
      plannedAt = between(issue.created, first, 0.5);
    }
    return new WorkPlan(sprint, plannedAt, steps);
  }

  private WorkPlan subtask(IssueDraft issue, Dice dice) {
    Life parent = Objects.requireNonNull(issue.parent, "sub-task without parent").life();
    if (parent.started() == null) {
      return WorkPlan.BACKLOG;
    }
    Instant from = later(issue.created, parent.started());
    Instant end = parent.resolved();
    Instant start;
    Instant done;
    if (end == null) {
      start = WorkClock.plusDays(from, dice.uniform(0, 2));
      done = WorkClock.plusDays(start, dice.uniform(0.3, 4));
    } else if (!from.isBefore(end)) {
      start = WorkClock.plusHours(issue.created, dice.uniform(0.2, 3));
      done = WorkClock.plusHours(start, dice.uniform(0.5, 6));
    } else {
      start = Backlog.moment(from, between(from, end, 0.5), dice);
      done = Backlog.moment(between(start, end, 0.3), end, dice);
    }
    return WorkPlan.unplanned(List.of(new Step(IN_PROGRESS, start), new Step(DONE, done)));
  }

  private WorkPlan epic(IssueDraft issue, Dice dice) {
    List<Life> children = issue.children.stream().map(IssueDraft::life).toList();
    Instant firstStart =
        children.stream()
            .map(Life::started)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null);
    if (firstStart == null) {
      return WorkPlan.BACKLOG;
    }
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(IN_PROGRESS, WorkClock.plusHours(firstStart, dice.uniform(0.1, 2))));
    boolean allDone = children.stream().allMatch(c -> c.resolved() != null);
    if (allDone && dice.chance(0.8)) {
      Instant lastDone =
          children.stream()
              .map(Life::resolved)
              .filter(Objects::nonNull)
              .max(Comparator.naturalOrder())
              .orElseThrow();
      steps.add(new Step(DONE, WorkClock.plusDays(lastDone, dice.uniform(0.3, 4))));
    }
    return WorkPlan.unplanned(steps);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The instant {@code share} of the way from {@code a} to {@code b}. */
  private static Instant between(Instant a, Instant b, double share) {
    return a.plusMillis((long) (Duration.between(a, b).toMillis() * share));
  }
}
