package dev.interlock.risk;

import static dev.interlock.risk.Changelogs.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Comment;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.Person;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Sprint;
import dev.interlock.model.SprintState;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import dev.interlock.model.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueReplayTest {
  private static final Status CLOSED = new Status("Closed", StatusCategory.DONE);
  private static final Status IN_PROGRESS = new Status("In Progress", StatusCategory.IN_PROGRESS);
  private static final Version V2 = new Version("20", "2.0", LocalDate.parse("2014-06-01"), true);
  private static final Version V1 = new Version("10", "1.0", LocalDate.parse("2014-03-01"), true);
  private static final Sprint S1 =
      new Sprint(
          1,
          "Sprint 1",
          SprintState.CLOSED,
          Instant.parse("2014-01-01T00:00:00Z"),
          Instant.parse("2014-01-15T00:00:00Z"),
          Instant.parse("2014-01-15T00:00:00Z"));
  private static final Sprint S2 =
      new Sprint(
          2,
          "Sprint 2",
          SprintState.CLOSED,
          Instant.parse("2014-01-15T00:00:00Z"),
          Instant.parse("2014-01-29T00:00:00Z"),
          Instant.parse("2014-01-29T00:00:00Z"));

  /** Now: Closed, Fixed, Bo, Critical, due 2014-06-01, fix 2.0, sprints 1+2, blocked by B-2. */
  private static Issue now() {
    return new Issue(
        IssueKey.parse("A-1"),
        "1",
        "s",
        "Bug",
        false,
        CLOSED,
        "Critical",
        new Person("bo", "Bo"),
        Instant.parse("2014-01-02T00:00:00Z"),
        Instant.parse("2014-05-20T00:00:00Z"),
        Instant.parse("2014-05-20T00:00:00Z"),
        "Fixed",
        LocalDate.parse("2014-06-01"),
        List.of(V2),
        List.of(S1, S2),
        List.of("web"),
        List.of(),
        null,
        null,
        null,
        null,
        List.of(Changelogs.blockedBy("99", "B-2")),
        List.of(
            event("2014-01-03T00:00:00Z", "Link", null, null, "C-3", "This issue blocks C-3"),
            event("2014-01-04T00:00:00Z", "status", "1", "Open", "3", "In Progress"),
            event("2014-01-20T00:00:00Z", "Sprint", "1", "Sprint 1", "1, 2", "Sprint 1, Sprint 2"),
            event("2014-02-01T00:00:00Z", "assignee", "ana", "Ana", "bo", "Bo"),
            event("2014-02-02T00:00:00Z", "priority", "3", "Major", "2", "Critical"),
            event(
                "2014-02-03T00:00:00Z",
                "duedate",
                "2014-03-01",
                "2014-03-01 00:00:00.0",
                "2014-06-01",
                "2014-06-01 00:00:00.0"),
            event("2014-02-04T00:00:00Z", "Fix Version", "10", "1.0", null, null),
            event("2014-02-04T00:00:01Z", "Fix Version", null, null, "20", "2.0"),
            event("2014-02-05T00:00:00Z", "Component", "7", "api", null, null),
            event("2014-02-05T00:00:01Z", "Component", null, null, "8", "web"),
            event(
                "2014-02-06T00:00:00Z", "Link", null, null, "B-2", "This issue is blocked by B-2"),
            event("2014-02-07T00:00:00Z", "Link", "C-3", "This issue blocks C-3", null, null),
            event("2014-05-20T00:00:00Z", "status", "3", "In Progress", "6", "Closed"),
            event("2014-05-20T00:00:00Z", "resolution", null, null, "1", "Fixed")),
        List.of(
            new Comment("c1", "ana", Instant.parse("2014-01-10T00:00:00Z")),
            new Comment("c2", "bo", Instant.parse("2014-05-01T00:00:00Z"))),
        false,
        true);
  }

  private static Issue at(String t) {
    Issue v1Holder =
        Changelogs.issue(
            "Z-9",
            CLOSED,
            "2013-01-01T00:00:00Z",
            "2013-02-01T00:00:00Z",
            null,
            List.of(V1),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Snapshot s =
        new Snapshot("test", null, List.of(now(), v1Holder), List.of(Changelogs.BLOCKS), List.of());
    return new SnapshotReplay(s).issueAsOf(now(), Instant.parse(t)).orElseThrow();
  }

  @Test
  void everyFieldIsRebuiltFromTheChangelogAsOfT() {
    Issue then = at("2014-01-25T00:00:00Z");

    assertThat(then.status()).isEqualTo(IN_PROGRESS);
    assertThat(then.resolution()).isNull();
    assertThat(then.resolved()).isNull();
    assertThat(then.assignee()).isEqualTo(new Person("ana", "Ana"));
    assertThat(then.priority()).isEqualTo("Major");
    assertThat(then.dueDate()).isEqualTo(LocalDate.parse("2014-03-01"));
    assertThat(then.fixVersions())
        .containsExactly(new Version("10", "1.0", LocalDate.parse("2014-03-01"), false));
    assertThat(then.components()).containsExactly("api");
    assertThat(then.history()).hasSize(3);
    assertThat(then.comments()).hasSize(1);
  }

  @Test
  void aDueDateChangeRecordedOnlyAsTextIsUndoneToThatDateNotDeleted() {
    // Jira Server records many due-date changes with `from` empty and only `fromString` set.
    Issue now =
        Changelogs.issue(
            "D-1",
            IN_PROGRESS,
            "2011-01-01T00:00:00Z",
            null,
            LocalDate.parse("2011-04-30"),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                event("2011-02-01T00:00:00Z", "duedate", null, null, null, "2011-03-15 00:00:00.0"),
                event(
                    "2011-03-10T00:00:00Z",
                    "duedate",
                    null,
                    "2011-03-15 00:00:00.0",
                    null,
                    "2011-04-30 00:00:00.0")),
            List.of());
    SnapshotReplay replay =
        new SnapshotReplay(
            new Snapshot("test", null, List.of(now), List.of(Changelogs.BLOCKS), List.of()));

    assertThat(replay.issueAsOf(now, Instant.parse("2011-03-01T00:00:00Z")).orElseThrow().dueDate())
        .isEqualTo(LocalDate.parse("2011-03-15"));
    assertThat(replay.issueAsOf(now, Instant.parse("2011-01-15T00:00:00Z")).orElseThrow().dueDate())
        .isNull();
  }

  @Test
  void theResolutionTimeIsWhenTheResolutionWasSetNotALaterMoveBetweenDoneStatuses() {
    // Resolved (resolution Fixed) on 03-01, moved Resolved -> Closed on 03-10, reopened on 04-01.
    Issue now =
        Changelogs.issue(
            "R-1",
            IN_PROGRESS,
            "2011-01-01T00:00:00Z",
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(
                event("2011-03-01T00:00:00Z", "status", "3", "In Progress", "5", "Resolved"),
                event("2011-03-01T00:00:00Z", "resolution", null, null, "1", "Fixed"),
                event("2011-03-10T00:00:00Z", "status", "5", "Resolved", "6", "Closed"),
                event("2011-04-01T00:00:00Z", "status", "6", "Closed", "4", "Reopened"),
                event("2011-04-01T00:00:00Z", "resolution", "1", "Fixed", null, null),
                event("2011-04-02T00:00:00Z", "status", "4", "Reopened", "3", "In Progress")),
            List.of());
    SnapshotReplay replay =
        new SnapshotReplay(
            new Snapshot("test", null, List.of(now), List.of(Changelogs.BLOCKS), List.of()));

    Issue closed = replay.issueAsOf(now, Instant.parse("2011-03-20T00:00:00Z")).orElseThrow();
    assertThat(closed.status().name()).isEqualTo("Closed");
    assertThat(closed.resolution()).isEqualTo("Fixed");
    assertThat(closed.resolved()).isEqualTo(Instant.parse("2011-03-01T00:00:00Z"));
    assertThat(
            replay.issueAsOf(now, Instant.parse("2011-04-05T00:00:00Z")).orElseThrow().resolved())
        .isNull();
  }

  @Test
  void sprintsAreThoseOfTheIssueAtTWithTheirStateAtT() {
    assertThat(at("2014-01-10T00:00:00Z").sprints())
        .extracting(Sprint::name, Sprint::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Sprint 1", SprintState.ACTIVE));
    assertThat(at("2014-01-25T00:00:00Z").sprints())
        .extracting(Sprint::name, Sprint::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sprint 1", SprintState.CLOSED),
            org.assertj.core.groups.Tuple.tuple("Sprint 2", SprintState.ACTIVE));
  }

  @Test
  void linksAddedAfterTAreGoneAndLinksRemovedAfterTAreBack() {
    List<IssueLink> links = at("2014-01-25T00:00:00Z").links();

    assertThat(links)
        .extracting(l -> l.other().key().toString(), IssueLink::direction, IssueLink::verb)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C-3", LinkDirection.OUTWARD, "blocks"));
  }

  @Test
  void anIssueCreatedAfterTIsNotInTheSnapshotAsOfT() {
    Snapshot s = new Snapshot("test", null, List.of(now()), List.of(), List.of());

    assertThat(new SnapshotReplay(s).asOf(Instant.parse("2014-01-01T00:00:00Z")).issues())
        .isEmpty();
  }

  @Test
  void afterTheLastChangeTheIssueIsAsItIsNow() {
    Issue then = at("2014-06-01T00:00:00Z");

    assertThat(then.status()).isEqualTo(CLOSED);
    assertThat(then.resolved()).isEqualTo(Instant.parse("2014-05-20T00:00:00Z"));
    assertThat(then.links()).isEqualTo(now().links());
    assertThat(then.dueDate()).isEqualTo(LocalDate.parse("2014-06-01"));
  }

  @Test
  void aRestoredFixVersionGetsTheNameItHadThenNotItsCurrentName() {
    // Version 40 is called "2.0" now (another issue carries it); A-7 left it on 2011-05-01, when
    // it was still called "1.4".
    Version now = new Version("40", "2.0", LocalDate.parse("2011-09-01"), false);
    Issue holder =
        Changelogs.issue(
            "H-1",
            IN_PROGRESS,
            "2011-01-01T00:00:00Z",
            null,
            null,
            List.of(now),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Issue left =
        Changelogs.issue(
            "A-7",
            IN_PROGRESS,
            "2011-01-01T00:00:00Z",
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(event("2011-05-01T00:00:00Z", "Fix Version", "40", "1.4", null, null)),
            List.of());
    SnapshotReplay replay =
        new SnapshotReplay(
            new Snapshot(
                "test", null, List.of(holder, left), List.of(Changelogs.BLOCKS), List.of()));
    assertThat(
            replay
                .issueAsOf(left, Instant.parse("2011-03-01T00:00:00Z"))
                .orElseThrow()
                .fixVersions())
        .containsExactly(new Version("40", "1.4", LocalDate.parse("2011-09-01"), false));
  }

  @Test
  void aLinkToAnIssueThatDidNotExistYetIsNotThere() {
    // B-5 was created on 2011-04-01 and linked to A-8 then; A-8's changelog does not record it
    // (the link was made from B-5's side).
    Issue target =
        Changelogs.issue(
            "B-5",
            IN_PROGRESS,
            "2011-04-01T00:00:00Z",
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Issue linked =
        Changelogs.issue(
            "A-8",
            IN_PROGRESS,
            "2011-01-01T00:00:00Z",
            null,
            null,
            List.of(),
            List.of(),
            List.of(Changelogs.blockedBy("77", "B-5")),
            List.of(),
            List.of());
    SnapshotReplay replay =
        new SnapshotReplay(
            new Snapshot(
                "test", null, List.of(target, linked), List.of(Changelogs.BLOCKS), List.of()));
    assertThat(
            replay.issueAsOf(linked, Instant.parse("2011-03-01T00:00:00Z")).orElseThrow().links())
        .isEmpty();
    assertThat(
            replay.issueAsOf(linked, Instant.parse("2011-05-01T00:00:00Z")).orElseThrow().links())
        .hasSize(1);
  }

  /** {@code issue} with these components and their ids. */
  private static Issue withComponents(Issue i, List<String> names, List<String> ids) {
    return new Issue(
        i.key(),
        i.id(),
        i.summary(),
        i.issueType(),
        i.subtask(),
        i.status(),
        i.priority(),
        i.assignee(),
        i.created(),
        i.updated(),
        i.resolved(),
        i.resolution(),
        i.dueDate(),
        i.fixVersions(),
        i.sprints(),
        names,
        i.labels(),
        i.parent(),
        i.epic(),
        i.storyPoints(),
        i.teamField(),
        i.links(),
        i.history(),
        i.comments(),
        i.flagged(),
        i.historyFetched(),
        ids);
  }

  @Test
  void aComponentRenamedSinceIsUndoneByItsId() {
    // As DS-171: component 10190 was added on 2011-05-06 as "REST API (experimental)" and is called
    // "REST API" now; component 10192 was removed on 2011-06-01 as "Old UI", since renamed "UI".
    Issue ds =
        withComponents(
            Changelogs.issue(
                "DS-171",
                IN_PROGRESS,
                "2011-01-01T00:00:00Z",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(
                    event(
                        "2011-05-06T00:00:00Z",
                        "Component",
                        null,
                        null,
                        "10190",
                        "REST API (experimental)"),
                    event("2011-06-01T00:00:00Z", "Component", "10192", "Old UI", null, null)),
                List.of()),
            List.of("JSPUI", "REST API"),
            List.of("10180", "10190"));
    SnapshotReplay replay =
        new SnapshotReplay(
            new Snapshot("test", null, List.of(ds), List.of(Changelogs.BLOCKS), List.of()));

    Issue before = replay.issueAsOf(ds, Instant.parse("2011-03-01T00:00:00Z")).orElseThrow();
    assertThat(before.components()).containsExactly("JSPUI", "Old UI");
    assertThat(before.componentIds()).containsExactly("10180", "10192");
    Issue between = replay.issueAsOf(ds, Instant.parse("2011-05-20T00:00:00Z")).orElseThrow();
    assertThat(between.components()).containsExactly("JSPUI", "REST API", "Old UI");
  }

  @Test
  void aLinkChangeNamingAnIssueByTheKeyItHadBeforeAMoveIsUndone() {
    // B-20 was OLD-3 until 2011-06-01 (its changelog records the move). A-1's changelog says it was
    // linked to OLD-3 on 2011-05-01 and unlinked from OLD-4 (now B-21) on 2011-07-01.
    Issue moved =
        Changelogs.issue(
            "B-20",
            IN_PROGRESS,
            "2011-01-01T00:00:00Z",
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(event("2011-06-01T00:00:00Z", "Key", null, "OLD-3", null, "B-20")),
            List.of());
    Issue movedToo =
        Changelogs.issue(
            "B-21",
            IN_PROGRESS,
            "2011-01-01T00:00:00Z",
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(event("2011-06-02T00:00:00Z", "Key", null, "OLD-4", null, "B-21")),
            List.of());
    Issue linked =
        Changelogs.issue(
            "A-1",
            IN_PROGRESS,
            "2011-01-01T00:00:00Z",
            null,
            null,
            List.of(),
            List.of(),
            List.of(Changelogs.blockedBy("5", "B-20")),
            List.of(
                event(
                    "2011-05-01T00:00:00Z",
                    "Link",
                    null,
                    null,
                    "OLD-3",
                    "This issue is blocked by OLD-3"),
                event(
                    "2011-07-01T00:00:00Z",
                    "Link",
                    "OLD-4",
                    "This issue is blocked by OLD-4",
                    null,
                    null)),
            List.of());
    SnapshotReplay replay =
        new SnapshotReplay(
            new Snapshot(
                "test",
                null,
                List.of(moved, movedToo, linked),
                List.of(Changelogs.BLOCKS),
                List.of()));

    assertThat(
            replay.issueAsOf(linked, Instant.parse("2011-03-01T00:00:00Z")).orElseThrow().links())
        .extracting(l -> l.other().key().toString())
        .containsExactly("B-21");
    assertThat(
            replay.issueAsOf(linked, Instant.parse("2011-06-15T00:00:00Z")).orElseThrow().links())
        .extracting(l -> l.other().key().toString())
        .containsExactlyInAnyOrder("B-20", "B-21");
  }
}
