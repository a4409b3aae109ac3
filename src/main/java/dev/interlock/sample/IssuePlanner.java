package dev.interlock.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Plans every issue of the company: each team's epics, the planted scenarios, then random stories,
 * tasks and bugs up to the team's count, sub-tasks under them, and the unowned project's tasks and
 * bugs. Links are planned later, on the numbered drafts.
 */
final class IssuePlanner {
  private final Company company;
  private final SampleOptions options;
  private final Instant windowStart;
  private final Instant now;

  IssuePlanner(Company company, SampleOptions options) {
    this.company = company;
    this.options = options;
    this.now = options.now();
    this.windowStart = now.atZone(ZoneOffset.UTC).minusMonths(options.months()).toInstant();
  }

  /** The planned, numbered issues; {@code scenarios} receives the planted issues and links. */
  Backlog plan(Scenarios scenarios) {
    Backlog backlog = new Backlog(company, options);
    List<ProjectPlan> teams = company.projects().subList(0, options.teams());
    for (ProjectPlan team : teams) {
      epics(backlog, team, dice(team, 100_000L));
    }
    scenarios.plant(backlog);
    for (ProjectPlan team : teams) {
      Dice dice = dice(team, 300_000L);
      int subtasks = options.issuesPerTeam() / 5;
      int items = options.issuesPerTeam() - subtasks - backlog.of(team).size();
      int stories = items * 3 / 5;
      int tasks = items / 5;
      workItems(backlog, team, IssueKind.STORY, stories, 0.9, dice);
      workItems(backlog, team, IssueKind.TASK, tasks, 0.4, dice);
      workItems(backlog, team, IssueKind.BUG, items - stories - tasks, 0.15, dice);
      subtasks(backlog, team, subtasks, dice);
    }
    ProjectPlan ops = company.unownedProject();
    Dice dice = dice(ops, 300_000L);
    int left = options.unownedIssues() - backlog.of(ops).size();
    int tasks = left * 7 / 10;
    workItems(backlog, ops, IssueKind.TASK, tasks, 0, dice);
    workItems(backlog, ops, IssueKind.BUG, left - tasks, 0, dice);
    scenarios.rename(backlog);
    backlog.number();
    return backlog;
  }

  private int epicCount() {
    return Math.max(2, options.issuesPerTeam() / 15);
  }

  private void epics(Backlog backlog, ProjectPlan team, Dice dice) {
    Instant latest =
        windowStart.plus(Duration.between(windowStart, now).multipliedBy(45).dividedBy(100));
    for (int i = 0; i < epicCount(); i++) {
      backlog.add(
          team, IssueKind.EPIC, Backlog.moment(windowStart, latest, dice), null, Fate.RANDOM, dice);
    }
  }

  private void workItems(
      Backlog backlog,
      ProjectPlan project,
      IssueKind kind,
      int count,
      double epicShare,
      Dice dice) {
    for (int i = 0; i < count; i++) {
      Instant created = Backlog.moment(windowStart, now.minusSeconds(7_200), dice);
      IssueDraft epic = dice.chance(epicShare) ? backlog.epicBefore(project, created, dice) : null;
      backlog.add(project, kind, created, epic, Fate.RANDOM, dice);
    }
  }

  private void subtasks(Backlog backlog, ProjectPlan team, int count, Dice dice) {
    List<IssueDraft> parents =
        backlog.of(team).stream()
            .filter(d -> d.kind == IssueKind.STORY || d.kind == IssueKind.TASK)
            .filter(d -> d.created.isBefore(now.minusSeconds(86_400)))
            .toList();
    if (parents.isEmpty()) {
      workItems(backlog, team, IssueKind.TASK, count, 0.4, dice);
      return;
    }
    for (int i = 0; i < count; i++) {
      IssueDraft parent = dice.pick(parents);
      backlog.add(team, IssueKind.SUBTASK, subtaskCreated(parent, dice), parent, Fate.RANDOM, dice);
    }
  }

  private Instant subtaskCreated(IssueDraft parent, Dice dice) {
    Instant created = WorkClock.plusDays(parent.created, dice.uniform(0.05, 8));
    return created.isBefore(now) ? created : parent.created.plusSeconds(dice.between(60, 3_600));
  }

  private Dice dice(ProjectPlan project, long stream) {
    return new Dice(options.seed(), stream + project.index());
  }
}
