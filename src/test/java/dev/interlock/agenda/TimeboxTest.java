package dev.interlock.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeboxTest {
  private static final IssueRef PAY_5 = ref("PAY-5", "Payments", "Currency conversion");
  private static final IssueRef CHK_9 = ref("CHK-9", "Checkout", "Saved cards");
  private static final IssueRef CAT_2 = ref("CAT-2", "Catalog", "Price feed");

  @Test
  void teamsSpeakMostBlockedAndBlockingFirstAndQuietTeamsNotAtAll() {
    TeamSection quiet = section("Quiet", 0, 0, 0, 0);
    TeamSection next = section("Next", 0, 2, 0, 0);
    TeamSection blocked = section("Blocked", 0, 0, 1, 0);
    TeamSection moreBlocked = section("MoreBlocked", 0, 0, 2, 0);
    // Blocked once and about to block twice: three, the most blocked and blocking of all.
    TeamSection blocking = section("Blocking", 0, 0, 1, 2);

    assertThat(Timebox.speakersWorstFirst(List.of(quiet, next, blocked, moreBlocked, blocking)))
        .extracting(TeamSection::team)
        .containsExactly("Blocking", "MoreBlocked", "Blocked", "Next");
  }

  @Test
  void whatGetsNoMinutesIsOneLineOnTheRadarRiskiestFirstThenTeams() {
    List<RiskItem> risks = List.of(risk(1, PAY_5, 0.99), risk(2, CHK_9, 0.81), risk(3, CAT_2, 0.5));
    TeamSection payments =
        new TeamSection(
            "Payments",
            List.of(
                new QuestionAnswer(
                    Question.BLOCKED_BY_OTHERS,
                    List.of(new AgendaItem(PAY_5, List.of(CAT_2), "waits on Catalog")),
                    2),
                new QuestionAnswer(
                    Question.ABOUT_TO_BLOCK_OTHERS,
                    List.of(new AgendaItem(PAY_5, List.of(CHK_9), "Checkout waits on it")),
                    0)));
    TeamSection checkout = section("Checkout", 0, 1, 0);

    // 5 minutes: 1 for the one parking topic, 3 for PAY-5, 1 for Payments; nothing more fits.
    Timebox box =
        Timebox.of(
            5,
            List.of(),
            List.of(),
            risks,
            List.of(checkout, payments),
            List.of(
                new ParkingTopic(
                    ParkingTopic.Kind.CYCLE, "t", "q", List.of("A"), List.of("PAY-5"))));

    assertThat(box.plan().subjects(SlotKind.RISKIEST)).containsExactly("PAY-5");
    assertThat(box.plan().subjects(SlotKind.TEAM_ROUND)).containsExactly("Payments");
    assertThat(box.radar())
        .containsExactly(
            new RadarLine(RadarLine.Kind.RISK, "CHK-9", "CHK-9 (Checkout, risk 81%) Saved cards"),
            new RadarLine(RadarLine.Kind.RISK, "CAT-2", "CAT-2 (Catalog, risk 50%) Price feed"),
            new RadarLine(RadarLine.Kind.TEAM, "Checkout", "Checkout — next: CHK-9 → CAT-2"));
    assertThat(box.parkingLot()).hasSize(1);
  }

  private static TeamSection section(String team, int done, int next, int blocked) {
    return section(team, done, next, blocked, 0);
  }

  private static TeamSection section(
      String team, int done, int next, int blocked, int aboutToBlock) {
    return new TeamSection(
        team,
        List.of(
            answer(Question.DONE_AFFECTING_OTHERS, done),
            answer(Question.NEXT_AFFECTING_OTHERS, next),
            answer(Question.BLOCKED_BY_OTHERS, blocked),
            answer(Question.ABOUT_TO_BLOCK_OTHERS, aboutToBlock)));
  }

  private static QuestionAnswer answer(Question q, int n) {
    List<AgendaItem> items =
        n == 0 ? List.of() : List.of(new AgendaItem(CHK_9, List.of(CAT_2), "reason"));
    return new QuestionAnswer(q, items, Math.max(0, n - 1));
  }

  private static RiskItem risk(int rank, IssueRef issue, double score) {
    return new RiskItem(rank, issue, score, List.of("why"), List.of(), List.of());
  }

  private static IssueRef ref(String key, String team, String summary) {
    return new IssueRef(key, summary, team, "To Do", "new", null, null, true);
  }
}
