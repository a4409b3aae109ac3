package dev.interlock.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Scenario times: working days back from today, due dates forward from it. */
final class ScenarioClock {
  private final Instant now;
  private final LocalDate today;
  private final Dice dice;

  ScenarioClock(Instant now, Dice dice) {
    this.now = now;
    this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    this.dice = dice;
  }

  /** "In Progress 7, Blocked 4@15": each status with working days ago and an optional hour. */
  List<Step> steps(String text) {
    List<Step> steps = new ArrayList<>();
    if (text.equals("-")) {
      return steps;
    }
    for (String part : text.split(",")) {
      String step = part.strip();
      int space = step.lastIndexOf(' ');
      String[] when = step.substring(space + 1).split("@");
      int hour = when.length > 1 ? Integer.parseInt(when[1]) : 9 + 3 * steps.size();
      steps.add(new Step(status(step.substring(0, space)), ago(Integer.parseInt(when[0]), hour)));
    }
    return steps;
  }

  /** "-22 -12 12": calendar days from today, a weekend moved back to its Friday. */
  List<LocalDate> dues(String text) {
    List<LocalDate> dates = new ArrayList<>();
    if (text.equals("-")) {
      return dates;
    }
    for (String days : text.split(" ")) {
      LocalDate date = today.plusDays(Integer.parseInt(days));
      while (isWeekend(date)) {
        date = date.minusDays(1);
      }
      dates.add(date);
    }
    return dates;
  }

  /** {@code workdays} working days before today at {@code hour}, a random minute; before now. */
  Instant ago(int workdays, int hour) {
    LocalDate date = today;
    for (int left = workdays; left > 0; ) {
      date = date.minusDays(1);
      if (!isWeekend(date)) {
        left--;
      }
    }
    Instant at =
        date.atTime(hour, dice.between(0, 59), dice.between(0, 59))
            .toInstant(ZoneOffset.UTC)
            .plusMillis(dice.between(0, 999));
    return at.isBefore(now) ? at : now.minusSeconds(3_600);
  }

  private static WorkflowStatus status(String label) {
    for (WorkflowStatus status : WorkflowStatus.values()) {
      if (status.label.equals(label)) {
        return status;
      }
    }
    throw new IllegalArgumentException("no status named " + label);
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
