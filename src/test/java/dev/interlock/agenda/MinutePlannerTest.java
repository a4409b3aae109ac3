package dev.interlock.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinutePlannerTest {
  private static final List<String> TWELVE_RISKS =
      IntStream.rangeClosed(1, 12).mapToObj(i -> "R-" + i).toList();
  private static final List<String> SEVEN_TEAMS = List.of("A", "B", "C", "D", "E", "F", "G");

  @Test
  void thirtyMinutesGiveSevenRiskiestItemsEveryTeamAndTheParkingLot() {
    MinutePlan plan =
        new MinutePlanner(30).plan(List.of(), List.of(), TWELVE_RISKS, SEVEN_TEAMS, 5);

    // 5 topics: 2 minutes; 7 teams: 7; the 21 left: 7 items of 3 minutes.
    assertThat(plan.slots())
        .containsExactly(
            new MinutePlan.Slot(SlotKind.RISKIEST, 21, TWELVE_RISKS.subList(0, 7)),
            new MinutePlan.Slot(SlotKind.TEAM_ROUND, 7, SEVEN_TEAMS),
            new MinutePlan.Slot(SlotKind.PARKING_LOT, 2, List.of()));
  }

  @Test
  void tenMinutesGiveOneRiskiestItemAndTheFiveWorstTeams() {
    MinutePlan plan =
        new MinutePlanner(10).plan(List.of(), List.of(), TWELVE_RISKS, SEVEN_TEAMS, 5);

    assertThat(plan.slots())
        .containsExactly(
            new MinutePlan.Slot(SlotKind.RISKIEST, 3, List.of("R-1")),
            new MinutePlan.Slot(SlotKind.TEAM_ROUND, 5, SEVEN_TEAMS.subList(0, 5)),
            new MinutePlan.Slot(SlotKind.PARKING_LOT, 2, List.of()));
  }

  @Test
  void actionItemsAndEscalationsComeFirstAndTakeTheirMinutesFromTheRiskiestItems() {
    MinutePlan plan =
        new MinutePlanner(30)
            .plan(
                List.of("ACT-1", "ACT-2", "ACT-3"),
                List.of("E-1", "E-2"),
                TWELVE_RISKS,
                SEVEN_TEAMS,
                5);

    // 3 action items: 2 minutes; 2 escalations: 1; parking 2; 1 item, 7 teams, 5 more items.
    assertThat(plan.slots())
        .containsExactly(
            new MinutePlan.Slot(SlotKind.ACTION_ITEMS, 2, List.of("ACT-1", "ACT-2", "ACT-3")),
            new MinutePlan.Slot(SlotKind.ESCALATIONS, 1, List.of("E-1", "E-2")),
            new MinutePlan.Slot(SlotKind.RISKIEST, 18, TWELVE_RISKS.subList(0, 6)),
            new MinutePlan.Slot(SlotKind.TEAM_ROUND, 7, SEVEN_TEAMS),
            new MinutePlan.Slot(SlotKind.PARKING_LOT, 2, List.of()));
  }

  @Test
  void manyEscalationsAreHandedOverInAtMostAThirdOfTheTimebox() {
    List<String> twenty =
        java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "E-" + i).toList();

    MinutePlan plan = new MinutePlanner(30).plan(List.of(), twenty, TWELVE_RISKS, SEVEN_TEAMS, 0);

    // 20 escalations would take 10 minutes at two a minute; a third of 30 is 10 as well. At 15
    // minutes the third (5) caps them and every escalation is still named in the slot.
    assertThat(plan.slots().get(0))
        .isEqualTo(new MinutePlan.Slot(SlotKind.ESCALATIONS, 10, twenty));
    MinutePlan shorter =
        new MinutePlanner(15).plan(List.of(), twenty, TWELVE_RISKS, SEVEN_TEAMS, 0);
    assertThat(shorter.slots().get(0))
        .isEqualTo(new MinutePlan.Slot(SlotKind.ESCALATIONS, 5, twenty));
    assertThat(shorter.slots().stream().mapToInt(MinutePlan.Slot::minutes).sum()).isEqualTo(15);
  }

  @Test
  void minutesTooFewForOneMoreItemGoToTheRiskiestItemsWhileSomeAreLeftOver() {
    MinutePlan plan =
        new MinutePlanner(31).plan(List.of(), List.of(), TWELVE_RISKS, SEVEN_TEAMS, 5);

    assertThat(plan.slots())
        .containsExactly(
            new MinutePlan.Slot(SlotKind.RISKIEST, 22, TWELVE_RISKS.subList(0, 7)),
            new MinutePlan.Slot(SlotKind.TEAM_ROUND, 7, SEVEN_TEAMS),
            new MinutePlan.Slot(SlotKind.PARKING_LOT, 2, List.of()));
  }

  @Test
  void timeLeftWhenEverythingFitsIsAnOpenFloorBeforeTheParkingLot() {
    MinutePlan plan =
        new MinutePlanner(30).plan(List.of(), List.of(), List.of("R-1", "R-2"), List.of("A"), 1);

    assertThat(plan.slots())
        .containsExactly(
            new MinutePlan.Slot(SlotKind.RISKIEST, 6, List.of("R-1", "R-2")),
            new MinutePlan.Slot(SlotKind.TEAM_ROUND, 1, List.of("A")),
            new MinutePlan.Slot(SlotKind.OPEN_FLOOR, 22, List.of()),
            new MinutePlan.Slot(SlotKind.PARKING_LOT, 1, List.of()));
  }

  @Test
  void everyPlanAddsUpToItsTimeboxEvenWhenTheTimeboxIsTiny() {
    for (int minutes = 1; minutes <= 60; minutes++) {
      MinutePlan plan =
          new MinutePlanner(minutes)
              .plan(List.of("ACT-1"), List.of("E-1"), TWELVE_RISKS, SEVEN_TEAMS, 5);
      assertThat(plan.slots().stream().mapToInt(MinutePlan.Slot::minutes).sum())
          .as("%d minutes", minutes)
          .isEqualTo(minutes);
    }
  }

  @Test
  void aPlanThatDoesNotAddUpIsRefused() {
    assertThatThrownBy(
            () ->
                new MinutePlan(
                    30, List.of(new MinutePlan.Slot(SlotKind.RISKIEST, 29, List.of("R-1")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the slots add up to 29 minutes, not the timebox of 30");
  }
}
