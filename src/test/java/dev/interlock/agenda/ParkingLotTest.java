package dev.interlock.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.graph.MeetingGroups;
import dev.interlock.graph.MeetingSplit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParkingLotTest {
  @Test
  void aCycleIsParkedWithItsTeamsAndTheQuestionToSettle() {
    List<ParkingTopic> lot =
        ParkingLot.of(
            List.of(
                cycle(
                    List.of("CAT-57", "PAY-55", "CHK-63"),
                    List.of("Catalog", "Checkout", "Payments"))),
            analysis(List.of(), List.of()));

    assertThat(lot)
        .containsExactly(
            new ParkingTopic(
                ParkingTopic.Kind.CYCLE,
                "break the cycle CAT-57 → PAY-55 → CHK-63",
                "which link is wrong, or which part ships first?",
                List.of("Catalog", "Checkout", "Payments"),
                List.of("CAT-57", "CHK-63", "PAY-55")));
  }

  @Test
  void aLateChainThroughThreeTeamsIsParkedOnceAndItsShorterPartsAndCycleChainsAreNot() {
    ChainItem longChain =
        chain(
            "CHK-70",
            List.of("PLAT-59", "IDN-68", "PAY-67", "CHK-70"),
            List.of("Platform", "Identity", "Payments", "Checkout"),
            -10);
    ChainItem part =
        chain(
            "PAY-67",
            List.of("PLAT-59", "IDN-68", "PAY-67"),
            List.of("Platform", "Identity", "Payments"),
            -11);
    ChainItem throughCycle =
        chain(
            "CAT-57",
            List.of("CHK-63", "PAY-55", "CAT-57"),
            List.of("Checkout", "Payments", "Catalog"),
            -1);
    ChainItem twoTeams =
        chain("CAT-63", List.of("DATA-70", "CAT-63"), List.of("Data", "Catalog"), -7);
    List<ParkingTopic> lot =
        ParkingLot.of(
            List.of(
                cycle(
                    List.of("CAT-57", "PAY-55", "CHK-63"),
                    List.of("Catalog", "Checkout", "Payments"))),
            analysis(List.of(part, throughCycle, twoTeams, longChain), List.of()));

    assertThat(lot)
        .extracting(ParkingTopic::kind)
        .containsExactly(ParkingTopic.Kind.CYCLE, ParkingTopic.Kind.CHAIN);
    assertThat(lot.get(1))
        .isEqualTo(
            new ParkingTopic(
                ParkingTopic.Kind.CHAIN,
                "re-plan the chain PLAT-59 → IDN-68 → PAY-67 → CHK-70, 10 days short of CHK-70's"
                    + " due date 2026-11-25",
                "which link can start earlier, or which date moves?",
                List.of("Checkout", "Identity", "Payments", "Platform"),
                List.of("CHK-70", "IDN-68", "PAY-67", "PLAT-59")));
  }

  @Test
  void aHighScheduleConflictIsParkedOnlyWhenNoEarlierTopicCoversItsIssues() {
    FindingItem covered =
        conflict(List.of("CAT-57", "PAY-55"), "CAT-57 (Catalog) is planned after PAY-55 needs it.");
    FindingItem open =
        conflict(
            List.of("CHK-65", "PAY-61"),
            "PAY-61 (Payments) is due 2026-11-13, after CHK-65 (Checkout) needs it by 2026-11-03.");
    List<ParkingTopic> lot =
        ParkingLot.of(
            List.of(
                cycle(
                    List.of("CAT-57", "PAY-55", "CHK-63"),
                    List.of("Catalog", "Checkout", "Payments"))),
            analysis(List.of(), List.of(covered, open)));

    assertThat(lot).hasSize(2);
    assertThat(lot.get(1))
        .isEqualTo(
            new ParkingTopic(
                ParkingTopic.Kind.SCHEDULE,
                "re-plan: PAY-61 (Payments) is due 2026-11-13, after CHK-65 (Checkout) needs it by"
                    + " 2026-11-03",
                "which date moves, or what can ship without it?",
                List.of("Checkout", "Payments"),
                List.of("CHK-65", "PAY-61")));
  }

  private static CycleItem cycle(List<String> path, List<String> teams) {
    return new CycleItem(path.stream().map(ParkingLotTest::ref).toList(), path, teams, "");
  }

  private static ChainItem chain(String item, List<String> path, List<String> teams, int slack) {
    return new ChainItem(ref(item), "due date", LocalDate.of(2026, 11, 25), path, teams, 19, slack);
  }

  private static FindingItem conflict(List<String> issues, String reason) {
    return new FindingItem(
        "SCHEDULE_CONFLICT", "SCHEDULE", "HIGH", issues, List.of("Checkout", "Payments"), reason);
  }

  private static IssueRef ref(String key) {
    return new IssueRef(key, "summary of " + key, "Team", "To Do", "new", null, null, true);
  }

  private static Analysis analysis(List<ChainItem> chains, List<FindingItem> findings) {
    return new Analysis(
        Map.of(),
        findings,
        chains,
        List.of(),
        List.of(),
        List.of(),
        new Dsm(List.of(), List.of()),
        new MeetingSplit(false, MeetingGroups.DEFAULT_MAX_TEAMS, List.of(), List.of()),
        Map.of(),
        1,
        0);
  }
}
