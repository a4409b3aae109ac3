package dev.interlock.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sample company: one project per team (in team order) and the unowned project {@code OPS}
 * last, each with its people, two-week sprints (closed ones, the active one containing {@code now},
 * one future) and two or three fix versions.
 */
final class Company {
  private static final List<String> FIRST =
      words(
          "Anna Jürgen Priya Tomás Mei Olusegun Sofia Lukas Aiko Ravi Zoë Mateo Ingrid "
              + "Kwame Elena Søren Fatima Noah Ayşe Daniel Hana Marek Chloé Arjun Leila Björn "
              + "Grace Yusuf Camille Takumi Nadia Pedro Emma Oskar Amara Jonas Lucía Femi Ines "
              + "Wei");
  private static final List<String> LAST =
      words(
          "Weiß Okafor Nakamura Fernández Kowalski Schmidt Raman Dubois Chen Müller "
              + "Andersen Yılmaz Rossi Mensah Novak Haddad Sato Lindqvist O'Brien Costa Kim "
              + "Petrov Jansen Singh García Berg Tanaka Moreau Adeyemi Horvath Nguyen Schulz "
              + "Eriksson Ibrahim Laurent Park Fischer Silva Kovač Walsh");
  private static final List<String> GOALS =
      List.of("Ship %s", "Stabilise %s", "Finish %s for the release", "Close the %s gaps");

  private final List<ProjectPlan> projects;

  Company(SampleOptions options) {
    Dice dice = new Dice(options.seed(), 1);
    Set<String> usedNames = new HashSet<>();
    Counters ids = new Counters();
    List<ProjectPlan> all = new ArrayList<>();
    for (int t = 0; t < options.teams(); t++) {
      all.add(team(t, TeamProfile.of(t), options, dice, usedNames, ids));
    }
    all.add(unowned(options.teams(), dice, usedNames, ids));
    this.projects = List.copyOf(all);
  }

  /** Every project, teams first in team order, {@code OPS} last. */
  List<ProjectPlan> projects() {
    return projects;
  }

  /** The project {@code OPS}, which no team owns. */
  ProjectPlan unownedProject() {
    return projects.get(projects.size() - 1);
  }

  private static final class Counters {
    long sprint = 1;
    int version = 10100;
  }

  private static ProjectPlan team(
      int index,
      TeamProfile profile,
      SampleOptions options,
      Dice dice,
      Set<String> usedNames,
      Counters ids) {
    List<Member> people = people(dice.between(4, 7), dice, usedNames);
    long board = index + 1;
    List<SprintPlan> sprints = sprints(profile, board, options, dice, ids);
    int active = sprints.size() - 2;
    return new ProjectPlan(
        index,
        profile.key(),
        profile.name(),
        String.valueOf(10000 + index),
        profile.rank(),
        people,
        profile.components(),
        sprints,
        active,
        versions(profile.key(), options.now(), dice, ids),
        profile.nouns());
  }

  private static ProjectPlan unowned(int index, Dice dice, Set<String> usedNames, Counters ids) {
    TeamProfile ops = TeamProfile.OPS;
    return new ProjectPlan(
        index,
        ops.key(),
        ops.name(),
        String.valueOf(10000 + index),
        ops.rank(),
        people(3, dice, usedNames),
        ops.components(),
        List.of(),
        ProjectPlan.NONE,
        List.of(),
        ops.nouns());
  }

  private static List<Member> people(int count, Dice dice, Set<String> usedNames) {
    List<Member> people = new ArrayList<>();
    while (people.size() < count) {
      String name = dice.pick(FIRST) + " " + dice.pick(LAST);
      if (usedNames.size() < FIRST.size() * LAST.size() / 2 && !usedNames.add(name)) {
        continue;
      }
      String accountId =
          dice.chance(0.5)
              ? "5" + dice.hex(23)
              : "712020:"
                  + dice.hex(8)
                  + "-"
                  + dice.hex(4)
                  + "-"
                  + dice.hex(4)
                  + "-"
                  + dice.hex(4)
                  + "-"
                  + dice.hex(12);
      people.add(new Member(accountId, name));
    }
    return people;
  }

  private static List<SprintPlan> sprints(
      TeamProfile profile, long board, SampleOptions options, Dice dice, Counters ids) {
    LocalDate today = LocalDate.ofInstant(options.now(), ZoneOffset.UTC);
    LocalDate anchor = today.minusDays(dice.between(3, 13));
    while (anchor.getDayOfWeek() == DayOfWeek.SATURDAY
        || anchor.getDayOfWeek() == DayOfWeek.SUNDAY) {
      anchor = anchor.minusDays(1);
    }
    Instant windowStart =
        options.now().atZone(ZoneOffset.UTC).minusMonths(options.months()).toInstant();
    long windowDays = ChronoUnit.DAYS.between(windowStart, options.now());
    int closed = (int) (windowDays / 14) + 2;
    int firstNumber = dice.between(5, 40);
    List<SprintPlan> sprints = new ArrayList<>();
    for (int i = 0; i <= closed + 1; i++) {
      Instant planned = anchor.plusDays(14L * (i - closed)).atTime(9, 0).toInstant(ZoneOffset.UTC);
      String state = i < closed ? "closed" : i == closed ? "active" : "future";
      Instant start =
          planned.plusSeconds(dice.between(300, 5_700)).plusMillis(dice.between(0, 999));
      Instant end = planned.plus(14, ChronoUnit.DAYS);
      Instant complete =
          i < closed
              ? end.minusSeconds(dice.between(60, 2_400)).plusMillis(dice.between(0, 999))
              : null;
      String goal =
          dice.chance(0.3) ? "" : String.format(dice.pick(GOALS), dice.pick(profile.nouns()));
      String name = profile.key() + " Sprint " + (firstNumber + i);
      sprints.add(new SprintPlan(ids.sprint++, name, state, board, goal, start, end, complete));
    }
    return sprints;
  }

  private static List<VersionPlan> versions(String key, Instant now, Dice dice, Counters ids) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    int count = dice.chance(0.5) ? 3 : 2;
    int releasedCount = count == 2 ? 1 : dice.between(1, 2);
    List<LocalDate> dates = new ArrayList<>();
    LocalDate lastReleased = today.minusDays(dice.between(7, 35));
    if (releasedCount == 2) {
      dates.add(weekday(lastReleased.minusDays(dice.between(42, 70))));
    }
    dates.add(weekday(lastReleased));
    LocalDate next = today.plusDays(dice.between(14, 30));
    dates.add(weekday(next));
    if (count - releasedCount == 2) {
      int roomLeft = (int) (54 - (next.toEpochDay() - today.toEpochDay()));
      dates.add(weekday(next.plusDays(dice.between(14, roomLeft))));
    }
    int major = dice.between(1, 6);
    int minor = dice.between(0, 7);
    List<VersionPlan> versions = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      String name = key + " " + major + "." + (minor + i);
      versions.add(
          new VersionPlan(String.valueOf(ids.version++), name, dates.get(i), i < releasedCount));
    }
    return versions;
  }

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }

  private static LocalDate weekday(LocalDate date) {
    LocalDate d = date;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }
}
