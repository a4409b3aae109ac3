package dev.interlock.sample;

import static dev.interlock.sample.WorkflowStatus.DONE;
import static dev.interlock.sample.WorkflowStatus.TO_DO;

import java.time.Instant;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lives each issue forward from its creation: status, assignee, sprints, due date, fix version and
 * priority as {@link Track}s, cut off at "now". The issue's current fields are the tracks' last
 * values and its changelog is the tracks' changes, so replaying the changelog backwards from the
 * current fields always gives the creation state. Parents must be simulated before their sub-tasks,
 * children before their epic.
 */
final class LifeSimulator {
  private final long seed;
  private final Instant now;
  private final WorkPlanner planner = new WorkPlanner();
  private final Commitments commitments;
  // Looked up by identity only, never iterated.
  private final Map<IssueDraft, Track<SprintSpan>> sprintTracks = new IdentityHashMap<>();

  LifeSimulator(SampleOptions options) {
    this.seed = options.seed();
    this.now = options.now();
    this.commitments = new Commitments(now);
  }

  /** An issue's fields over time. */
  private record Tracks(
      Track<WorkflowStatus> status,
      Track<Member> assignee,
      Track<SprintSpan> sprints,
      Track<LocalDate> due,
      Track<Integer> version,
      Track<PriorityLevel> priority) {}

  /** Sets the issue's {@link Life} and appends its changelog (links included) to its history. */
  void simulate(IssueDraft issue) {
    Tracks tracks = live(issue, new Dice(seed, 1_000_000L + issue.ordinal));
    issue.life = life(tracks);
    Changelog changelog = new Changelog(issue.project);
    changelog.status(tracks.status());
    changelog.assignee(tracks.assignee());
    changelog.sprints(tracks.sprints());
    changelog.dues(tracks.due());
    changelog.versions(tracks.version());
    changelog.priority(tracks.priority());
    changelog.links(issue);
    issue.history.addAll(changelog.entries());
  }

  private Tracks live(IssueDraft issue, Dice dice) {
    PriorityLevel firstPriority =
        issue.fate.priority() != null ? issue.fate.priority() : firstPriority(issue.kind, dice);
    WorkPlan plan = planner.plan(issue, firstPriority, dice);
    Track<Member> assignee = assignees(issue, plan, dice);
    Track<WorkflowStatus> status = new Track<>(TO_DO, issue.created, now);
    for (Step step : plan.steps()) {
      Member who = assignee.at(step.at());
      status.set(step.at(), who != null ? who : issue.reporter, step.status());
    }
    Instant done = status.current() == DONE ? status.lastSetTo(DONE) : null;
    Track<SprintSpan> sprints = sprints(issue, plan, done);
    sprintTracks.put(issue, sprints);
    return new Tracks(
        status,
        assignee,
        sprints,
        commitments.dues(issue, plan, done, dice),
        commitments.versions(issue, plan, done, dice),
        priorities(issue, firstPriority, done, dice));
  }

  private static Life life(Tracks tracks) {
    Track<WorkflowStatus> status = tracks.status();
    SprintSpan span = tracks.sprints().current();
    Integer fix = tracks.version().current();
    return new Life(
        requireValue(status.current()),
        status.changes().isEmpty() ? null : status.changes().get(0).at(),
        status.current() == DONE ? status.lastSetTo(DONE) : null,
        requireValue(tracks.priority().current()),
        tracks.assignee().current(),
        tracks.due().current(),
        fix == null ? ProjectPlan.NONE : fix,
        span == null ? ProjectPlan.NONE : span.first(),
        span == null ? ProjectPlan.NONE : span.last());
  }

  private static PriorityLevel firstPriority(IssueKind kind, Dice dice) {
    if (kind == IssueKind.EPIC) {
      return dice.chance(0.6) ? PriorityLevel.MEDIUM : PriorityLevel.HIGH;
    }
    return PriorityLevel.values()[dice.weighted(5, 20, 55, 12, 8)];
  }

  private Track<Member> assignees(IssueDraft issue, WorkPlan plan, Dice dice) {
    ProjectPlan project = issue.project;
    if (issue.fate.unassigned()) {
      return new Track<>(null, issue.created, now);
    }
    Member first =
        issue.kind == IssueKind.EPIC
            ? project.lead()
            : dice.chance(0.35) ? dice.pick(project.people()) : null;
    Track<Member> track = new Track<>(first, issue.created, now);
    Instant started = plan.started();
    if (started == null) {
      return track;
    }
    if (first == null) {
      Member taker = dice.pick(project.people());
      track.set(started, taker, taker);
    }
    if (dice.chance(0.08)) {
      Instant end = plan.steps().get(plan.steps().size() - 1).at();
      Instant at = Backlog.moment(started, end.isBefore(now) ? end : now, dice);
      track.set(at, project.lead(), dice.pick(project.people()));
    }
    return track;
  }

  private Track<SprintSpan> sprints(IssueDraft issue, WorkPlan plan, @Nullable Instant done) {
    IssueDraft parent = issue.parent;
    Track<SprintSpan> parents = parent == null ? null : sprintTracks.get(parent);
    if (issue.kind == IssueKind.SUBTASK && parents != null) {
      return followed(parents, issue.created);
    }
    Track<SprintSpan> track = new Track<>(null, issue.created, now);
    int first = plan.sprint();
    Instant plannedAt = plan.plannedAt();
    if (first == ProjectPlan.NONE || plannedAt == null) {
      return track;
    }
    ProjectPlan project = issue.project;
    // Planned into a sprint that was completed meanwhile: it goes into the next one.
    while (first < project.activeSprint() && completedBy(project.sprints().get(first), plannedAt)) {
      first++;
    }
    track.set(plannedAt, project.lead(), new SprintSpan(first, first));
    for (int j = first; j < project.activeSprint(); j++) {
      Instant completed = project.sprints().get(j).complete();
      if (completed == null || (done != null && done.isBefore(completed))) {
        break;
      }
      // Completing sprint j carries the unfinished issue over into sprint j + 1.
      track.set(completed, project.lead(), new SprintSpan(first, j + 1));
    }
    return track;
  }

  /** A sub-task is in its parent's sprints from its creation on, and moves with the parent. */
  private Track<SprintSpan> followed(Track<SprintSpan> parents, Instant created) {
    Track<SprintSpan> track = new Track<>(parents.at(created), created, now);
    for (Track.Change<SprintSpan> change : parents.changes()) {
      if (change.at().isAfter(created)) {
        track.set(change.at(), change.author(), change.value());
      }
    }
    return track;
  }

  private Track<PriorityLevel> priorities(
      IssueDraft issue, PriorityLevel first, @Nullable Instant done, Dice dice) {
    Track<PriorityLevel> track = new Track<>(first, issue.created, now);
    if (!issue.fate.planted() && dice.chance(0.1)) {
      Instant at = Backlog.moment(issue.created, done != null ? done : now, dice);
      track.set(at, issue.reporter, dice.chance(0.7) ? first.raised() : first.lowered());
    }
    return track;
  }

  private static boolean completedBy(SprintPlan sprint, Instant t) {
    return sprint.complete() != null && !sprint.complete().isAfter(t);
  }

  private static <T> T requireValue(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("track without a value");
    }
    return value;
  }
}
