package dev.interlock.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dates an issue is promised by: its due date, which slips while the work is late, and its fix
 * version, which moves to the next version when a release ships without it.
 */
final class Commitments {
  private final Instant now;

  Commitments(Instant now) {
    this.now = now;
  }

  Track<LocalDate> dues(IssueDraft issue, WorkPlan plan, @Nullable Instant done, Dice dice) {
    Instant setAt = setAt(issue, plan, dice);
    if (issue.fate.planted()) {
      return plantedDues(issue, dice);
    }
    double share = dueShare(issue.kind) * (plan.sprint() == ProjectPlan.NONE ? 0.4 : 1);
    if (!dice.chance(share)) {
      return new Track<>(null, issue.created, now);
    }
    LocalDate due = weekday(firstDue(issue, plan, dice));
    boolean atCreation = dice.chance(0.5);
    Track<LocalDate> track = new Track<>(atCreation ? due : null, issue.created, now);
    if (!atCreation) {
      track.set(setAt, issue.reporter, due);
    }
    slips(track, issue, due, done, dice);
    return track;
  }

  /** Planted due dates are set right after creation, then slip two days before each one. */
  private Track<LocalDate> plantedDues(IssueDraft issue, Dice dice) {
    Track<LocalDate> track = new Track<>(null, issue.created, now);
    List<LocalDate> dates = issue.fate.dueDates();
    for (int i = 0; i < dates.size(); i++) {
      Instant at =
          i == 0
              ? WorkClock.plusHours(issue.created, dice.uniform(0.1, 4))
              : slipTime(dates.get(i - 1).minusDays(2), dice);
      track.set(at, i == 0 ? issue.reporter : issue.project.lead(), dates.get(i));
    }
    return track;
  }

  /** While the work is late, the due date is usually pushed out by one to three weeks. */
  private void slips(
      Track<LocalDate> track,
      IssueDraft issue,
      LocalDate first,
      @Nullable Instant done,
      Dice dice) {
    LocalDate due = first;
    for (int slips = 0; slips < 4; slips++) {
      Instant at = slipTime(due.minusDays(dice.between(0, 2)), dice);
      boolean late = done == null || done.isAfter(at);
      if (at.isAfter(now) || !late || !dice.chance(0.7)) {
        return;
      }
      due = weekday(due.plusDays(dice.between(7, 21)));
      track.set(at, issue.project.lead(), due);
    }
  }

  Track<Integer> versions(IssueDraft issue, WorkPlan plan, @Nullable Instant done, Dice dice) {
    Track<Integer> track = new Track<>(null, issue.created, now);
    ProjectPlan project = issue.project;
    if (issue.kind == IssueKind.SUBTASK || project.versions().isEmpty()) {
      return track;
    }
    Instant setAt = setAt(issue, plan, dice);
    int version = firstVersion(issue, plan, dice);
    if (version == ProjectPlan.NONE) {
      return track;
    }
    track.set(setAt, project.lead(), version);
    // Releasing a version without the unfinished issue moves it to the next version.
    while (version + 1 < project.versions().size()) {
      VersionPlan shipped = project.versions().get(version);
      Instant releasedAt = shipped.releasedAt();
      boolean doneBefore = done != null && !done.isAfter(releasedAt);
      if (!shipped.released() || releasedAt.isAfter(now) || doneBefore) {
        break;
      }
      version++;
      track.set(releasedAt, project.lead(), version);
    }
    return track;
  }

  private static int firstVersion(IssueDraft issue, WorkPlan plan, Dice dice) {
    ProjectPlan project = issue.project;
    if (issue.fate.planted()) {
      return issue.fate.upcomingVersion() ? project.firstUpcomingVersion() : ProjectPlan.NONE;
    }
    if (issue.kind == IssueKind.EPIC) {
      return dice.chance(0.7)
          ? project.versionFor(issue.created.plusSeconds(45 * 86_400L))
          : ProjectPlan.NONE;
    }
    if (plan.sprint() != ProjectPlan.NONE && dice.chance(0.65)) {
      return project.versionFor(project.sprints().get(plan.sprint()).end());
    }
    return ProjectPlan.NONE;
  }

  /** A late morning of {@code date} (or the next weekday) when a due date is pushed out. */
  private static Instant slipTime(LocalDate date, Dice dice) {
    return WorkClock.on(date, 10)
        .plusSeconds(dice.between(0, 7_200))
        .plusMillis(dice.between(0, 999));
  }

  /** When planning fields were set: at sprint planning, else soon after creation. */
  private static Instant setAt(IssueDraft issue, WorkPlan plan, Dice dice) {
    Instant plannedAt = plan.plannedAt();
    return plannedAt != null ? plannedAt : WorkClock.plusHours(issue.created, dice.uniform(0.1, 4));
  }

  private static double dueShare(IssueKind kind) {
    return switch (kind) {
      case EPIC -> 0.5;
      case STORY, TASK -> 0.3;
      case BUG -> 0.25;
      case SUBTASK -> 0.05;
    };
  }

  private static LocalDate firstDue(IssueDraft issue, WorkPlan plan, Dice dice) {
    LocalDate created = LocalDate.ofInstant(issue.created, ZoneOffset.UTC);
    if (issue.kind == IssueKind.EPIC) {
      return created.plusDays(dice.between(60, 120));
    }
    if (plan.sprint() != ProjectPlan.NONE) {
      Instant end = issue.project.sprints().get(plan.sprint()).end();
      return LocalDate.ofInstant(end, ZoneOffset.UTC).plusDays(dice.between(0, 5));
    }
    return created.plusDays(dice.between(14, 45));
  }

  private static LocalDate weekday(LocalDate date) {
    LocalDate d = date;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }
}
