package dev.interlock.risk;

import static dev.interlock.risk.Changelogs.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.LinkSemantics;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.Comment;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkRule;
import dev.interlock.model.LinkedIssue;
import dev.interlock.model.Person;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Sprint;
import dev.interlock.model.SprintState;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import dev.interlock.model.Strength;
import dev.interlock.model.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Each feature's value as of T on one hand-built site. PAY-1 (Ana, In Progress since 11-06, due
 * 11-26) waits on CHK-1 (open, Checkout) and PAY-2 (done) and blocks CAT-1, which blocks CAT-2.
 */
class FeatureExtractorTest {
  private static final Instant T = Instant.parse("2026-11-16T00:00:00Z");
  private static final Status OPEN = new Status("Open", StatusCategory.TO_DO);
  private static final Status DOING = new Status("In Progress", StatusCategory.IN_PROGRESS);
  private static final Status DONE = new Status("Done", StatusCategory.DONE);
  private static final Person ANA = new Person("ana", "Ana");
  private static final Person BO = new Person("bo", "Bo");

  private static Issue issue(
      String key,
      Status status,
      @Nullable Person assignee,
      String type,
      String created,
      @Nullable String resolved,
      @Nullable String due,
      List<Sprint> sprints,
      List<IssueLink> links,
      List<HistoryEvent> history,
      List<Comment> comments) {
    return new Issue(
        IssueKey.parse(key),
        key,
        "Summary of " + key,
        type,
        false,
        status,
        "High",
        assignee,
        Instant.parse(created),
        Instant.parse(created),
        resolved == null ? null : Instant.parse(resolved),
        resolved == null ? null : "Fixed",
        due == null ? null : LocalDate.parse(due),
        List.of(),
        sprints,
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        links,
        history,
        comments,
        false,
        true);
  }

  private static Issue simple(String key, Status status, @Nullable Person who, String type) {
    return issue(
        key,
        status,
        who,
        type,
        "2026-10-01T00:00:00Z",
        status == DONE ? "2026-10-05T00:00:00Z" : null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static IssueLink link(String id, LinkDirection dir, String other) {
    return new IssueLink(
        id, Changelogs.BLOCKS, dir, new LinkedIssue(IssueKey.parse(other), null, null));
  }

  private static final Issue PAY_1 =
      issue(
          "PAY-1",
          DOING,
          ANA,
          "Story",
          "2026-10-01T00:00:00Z",
          null,
          "2026-11-26",
          List.of(
              new Sprint(
                  1, "S1", SprintState.CLOSED, null, Instant.parse("2026-11-01T00:00:00Z"), null),
              new Sprint(
                  2, "S2", SprintState.ACTIVE, null, Instant.parse("2026-11-29T00:00:00Z"), null)),
          List.of(
              link("l1", LinkDirection.INWARD, "CHK-1"),
              link("l2", LinkDirection.INWARD, "PAY-2"),
              link("l3", LinkDirection.OUTWARD, "CAT-1")),
          List.of(
              event("2026-10-20T00:00:00Z", "resolution", "1", "Fixed", null, null),
              event("2026-11-05T00:00:00Z", "duedate", "2026-11-10", null, "2026-11-26", null),
              event("2026-11-06T00:00:00Z", "status", "1", "Open", "3", "In Progress")),
          List.of(new Comment("c1", "bo", Instant.parse("2026-11-10T00:00:00Z"))));

  private static final List<Issue> SITE =
      List.of(
          PAY_1,
          simple("CHK-1", OPEN, BO, "Bug"),
          simple("PAY-2", DONE, BO, "Story"),
          issue(
              "CAT-1",
              OPEN,
              BO,
              "Story",
              "2026-10-01T00:00:00Z",
              null,
              null,
              List.of(),
              List.of(link("l4", LinkDirection.OUTWARD, "CAT-2")),
              List.of(),
              List.of()),
          simple("CAT-2", OPEN, null, "Story"),
          simple("PAY-3", OPEN, ANA, "Story"),
          // Ana's one known outcome: late. Bo's in Payments: on time. Site: 1 of 3 late.
          issue(
              "PAY-4",
              DONE,
              ANA,
              "Story",
              "2026-09-01T00:00:00Z",
              "2026-10-05T00:00:00Z",
              "2026-10-01",
              List.of(),
              List.of(),
              List.of(),
              List.of()),
          issue(
              "PAY-5",
              DONE,
              BO,
              "Story",
              "2026-09-01T00:00:00Z",
              "2026-10-05T00:00:00Z",
              "2026-10-10",
              List.of(),
              List.of(),
              List.of(),
              List.of()),
          issue(
              "CHK-2",
              DONE,
              BO,
              "Story",
              "2026-09-01T00:00:00Z",
              "2026-10-05T00:00:00Z",
              "2026-10-10",
              List.of(),
              List.of(),
              List.of(),
              List.of()));

  private static FeatureRow row(String key) {
    Snapshot s = new Snapshot("test", T, SITE, List.of(Changelogs.BLOCKS), List.of());
    DependencyGraph graph =
        new DependencyGraphBuilder(
                new TeamIndex(
                    List.of(
                        new Team("Payments", List.of("PAY"), List.of(), List.of(), null),
                        new Team("Checkout", List.of("CHK"), List.of(), List.of(), null),
                        new Team("Catalog", List.of("CAT"), List.of(), List.of(), null))),
                new LinkSemantics(
                    Map.of("Blocks", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.HARD))))
            .build(s);
    TrackRecord record = new TrackRecord(s, T, i -> graph.teamOf(i.key()));
    return new FeatureExtractor(s, graph, record, T).row(s.requireIssue(IssueKey.parse(key)));
  }

  private static double pay1(Feature f) {
    return row("PAY-1").value(f);
  }

  @Test
  void daysLeftIsLogOfOnePlusDaysToTheDueDate() {
    assertThat(pay1(Feature.DAYS_LEFT)).isCloseTo(Math.log(11), within(1e-12));
    assertThat(row("PAY-1").daysLeft()).isEqualTo(10);
  }

  @Test
  void daysLeftWithoutACommitmentCountsAsNinetyDays() {
    assertThat(row("CAT-1").value(Feature.DAYS_LEFT)).isCloseTo(Math.log(91), within(1e-12));
    assertThat(row("CAT-1").daysLeft()).isEqualTo(-1);
  }

  @Test
  void commitmentMovesCountDueDatesChangedFromASetDate() {
    assertThat(pay1(Feature.COMMITMENT_MOVES)).isEqualTo(1);
  }

  @Test
  void sprintCarryOversCountClosedSprintsOfAnOpenItem() {
    assertThat(pay1(Feature.SPRINT_CARRY_OVERS)).isEqualTo(1);
  }

  @Test
  void daysInStatusRunFromTheLastStatusChange() {
    assertThat(pay1(Feature.DAYS_IN_STATUS)).isCloseTo(Math.log(11), within(1e-12));
  }

  @Test
  void reopenedCountsResolutionsCleared() {
    assertThat(pay1(Feature.REOPENED)).isEqualTo(1);
  }

  @Test
  void ageRunsFromCreation() {
    assertThat(pay1(Feature.AGE)).isCloseTo(Math.log(47), within(1e-12));
  }

  @Test
  void openBlockersLeaveOutDoneOnes() {
    assertThat(pay1(Feature.OPEN_BLOCKERS)).isEqualTo(1);
  }

  @Test
  void crossTeamBlockersCountOtherTeamsOpenBlockers() {
    assertThat(pay1(Feature.CROSS_TEAM_BLOCKERS)).isEqualTo(1);
  }

  @Test
  void blockerRiskIsLeftAtZeroForTheScorerToFillIn() {
    // BlockerRiskTest covers the propagation; the extractor knows no model.
    assertThat(pay1(Feature.BLOCKER_RISK)).isZero();
  }

  @Test
  void waitingIssuesFollowChainsOfOpenIssues() {
    assertThat(pay1(Feature.WAITING_ISSUES)).isCloseTo(Math.log(3), within(1e-12));
  }

  @Test
  void waitingTeamsCountOtherTeamsDownstream() {
    assertThat(pay1(Feature.WAITING_TEAMS)).isEqualTo(1);
  }

  @Test
  void assigneeSlipRateIsShrunkTowardTheSiteRate() {
    // Ana: 1 of 1 late; site 1 of 3: (1 + 5 × 1/3) / (1 + 5).
    assertThat(pay1(Feature.ASSIGNEE_SLIP_RATE)).isCloseTo((1 + 5 / 3.0) / 6, within(1e-12));
  }

  @Test
  void teamSlipRateIsShrunkTowardTheSiteRate() {
    // Payments: 1 of 2 late (PAY-4, PAY-5): (1 + 5 × 1/3) / (2 + 5).
    assertThat(pay1(Feature.TEAM_SLIP_RATE)).isCloseTo((1 + 5 / 3.0) / 7, within(1e-12));
  }

  @Test
  void assigneeWorkloadCountsTheirOpenIssues() {
    assertThat(pay1(Feature.ASSIGNEE_WORKLOAD)).isCloseTo(Math.log(3), within(1e-12));
  }

  @Test
  void priorityIsARankFromOneToFive() {
    assertThat(pay1(Feature.PRIORITY)).isEqualTo(4);
    assertThat(FeatureExtractor.priorityRank("Blocker")).isEqualTo(5);
    assertThat(FeatureExtractor.priorityRank("Whatever")).isEqualTo(3);
  }

  @Test
  void bugIsOneOnlyForBugs() {
    assertThat(pay1(Feature.BUG)).isZero();
    assertThat(row("CHK-1").value(Feature.BUG)).isEqualTo(1);
  }

  @Test
  void recentActivityCountsChangesAndCommentsOfTheLastFourteenDays() {
    // The due-date move (11-05), the status change (11-06) and a comment (11-10).
    assertThat(pay1(Feature.RECENT_ACTIVITY)).isCloseTo(Math.log(4), within(1e-12));
  }

  @Test
  void notStartedIsOneInTheToDoCategory() {
    assertThat(pay1(Feature.NOT_STARTED)).isZero();
    assertThat(row("CAT-1").value(Feature.NOT_STARTED)).isEqualTo(1);
  }

  @Test
  void unassignedIsOneWithoutAnAssignee() {
    assertThat(pay1(Feature.UNASSIGNED)).isZero();
    assertThat(row("CAT-2").value(Feature.UNASSIGNED)).isEqualTo(1);
  }
}
