package dev.interlock.agenda;

import static dev.interlock.graph.TestIssues.BLOCKS;
import static dev.interlock.graph.TestIssues.DOING;
import static dev.interlock.graph.TestIssues.DONE;
import static dev.interlock.graph.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.TestIssues;
import dev.interlock.model.Team;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FourQuestionsTest {
  private static final Instant AS_OF = Instant.parse("2026-11-16T08:00:00Z");
  private static final List<Team> TEAMS =
      List.of(
          new Team("Payments", List.of("PAY"), List.of(), List.of(), null),
          new Team("Checkout", List.of("CHK"), List.of(), List.of(), null));
  private static final AgendaSettings SETTINGS =
      new AgendaSettings("SoS", 30, 12, 7, 5, 14, null, null);

  private final DependencyGraph graph =
      TestIssues.graph(
          TEAMS,
          // Finished this week, Checkout depended on it: question 1.
          issue("PAY-1")
              .status(DONE)
              .resolved("2026-11-12T10:00:00Z")
              .outward("1", BLOCKS, "CHK-1")
              .build(),
          issue("CHK-1").status(DOING).build(),
          // No commitment while CHK-2 is due in 4 days: question 4 for Payments, 3 for Checkout.
          issue("PAY-2").outward("2", BLOCKS, "CHK-2").build(),
          issue("CHK-2").status(DOING).due("2026-11-20").build(),
          // Planned before its dependent and started: question 2 only.
          issue("PAY-3").status(DOING).due("2026-11-18").outward("3", BLOCKS, "CHK-3").build(),
          issue("CHK-3").due("2026-11-25").build(),
          // Dependent's commitment is beyond the 14 soon days: question 2 only.
          issue("PAY-4").status(DOING).due("2026-12-10").outward("4", BLOCKS, "CHK-4").build(),
          issue("CHK-4").due("2026-12-20").build(),
          // Finished long ago: not news.
          issue("PAY-5")
              .status(DONE)
              .resolved("2026-10-01T10:00:00Z")
              .outward("5", BLOCKS, "CHK-5")
              .build(),
          issue("CHK-5").build());

  private TeamSection section(String team) {
    return new FourQuestions(graph, SETTINGS, AS_OF).answer(team);
  }

  private static List<String> lines(QuestionAnswer a) {
    return a.items().stream().map(i -> i.issue().key() + ": " + i.reason()).toList();
  }

  @Test
  void finishedThisWeekAndDependedOnByAnotherTeamAnswersQuestionOne() {
    assertThat(lines(section("Payments").answers().get(0)))
        .containsExactly("PAY-1: done 2026-11-12; CHK-1 (Checkout) depended on it");
  }

  @Test
  void startedWorkPlannedInTimeForItsDependentsAnswersQuestionTwoByCommitmentDate() {
    assertThat(lines(section("Payments").answers().get(1)))
        .containsExactly(
            "PAY-3: CHK-3 (Checkout) waits on it", "PAY-4: CHK-4 (Checkout) waits on it");
  }

  @Test
  void anOpenBlockerInAnotherTeamAnswersQuestionThreeForTheWaitingTeam() {
    assertThat(lines(section("Checkout").answers().get(2)))
        .containsExactly(
            "CHK-2: waits on PAY-2 (Payments, To Do)",
            "CHK-3: waits on PAY-3 (Payments, In Progress)",
            "CHK-4: waits on PAY-4 (Payments, In Progress)");
  }

  @Test
  void aBlockerWithoutCommitmentWhileItsDependentIsDueSoonAnswersQuestionFour() {
    assertThat(lines(section("Payments").answers().get(3)))
        .containsExactly(
            "PAY-2: CHK-2 (Checkout) has its due date 2026-11-20 and waits on it; this has no"
                + " commitment");
  }

  @Test
  void aTeamWithNothingCrossTeamGetsEmptyAnswersInQuestionOrder() {
    TeamSection checkout = section("Checkout");
    assertThat(checkout.answers())
        .extracting(QuestionAnswer::question)
        .containsExactly(Question.values());
    assertThat(checkout.answers().get(0).items()).isEmpty();
    assertThat(checkout.answers().get(3).items()).isEmpty();
  }

  @Test
  void answersBeyondThePerQuestionLimitAreCountedAsMore() {
    AgendaSettings one = new AgendaSettings("SoS", 30, 12, 7, 1, 14, null, null);
    QuestionAnswer next = new FourQuestions(graph, one, AS_OF).answer("Payments").answers().get(1);
    assertThat(next.items()).hasSize(1);
    assertThat(next.more()).isEqualTo(1);
  }
}
