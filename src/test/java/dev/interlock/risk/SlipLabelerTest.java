package dev.interlock.risk;

import static dev.interlock.risk.Changelogs.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Commitment;
import dev.interlock.model.CommitmentKind;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlipLabelerTest {
  private static final Status DONE = new Status("Done", StatusCategory.DONE);
  private static final Status OPEN = new Status("Open", StatusCategory.TO_DO);
  private static final Instant T = Instant.parse("2014-03-01T00:00:00Z");
  private static final Instant END = Instant.parse("2014-12-31T00:00:00Z");
  private static final Commitment DUE_MAR_10 =
      new Commitment(CommitmentKind.DUE_DATE, LocalDate.parse("2014-03-10"), "due date");

  private static SlipLabeler.Outcome outcome(Issue later, Instant dataEnd) {
    Snapshot s = new Snapshot("t", null, List.of(later), List.of(), List.of());
    return new SlipLabeler(new SnapshotReplay(s), dataEnd).outcome(later, DUE_MAR_10, T);
  }

  private static SlipLabeler.Verdict verdict(Issue later, Instant dataEnd) {
    Snapshot s = new Snapshot("t", null, List.of(later), List.of(), List.of());
    return new SlipLabeler(new SnapshotReplay(s), dataEnd).verdict(later, DUE_MAR_10, T);
  }

  private static Issue resolvedAt(String resolved, List<HistoryEvent> history) {
    return Changelogs.issue(
        "A-1",
        DONE,
        "2014-01-01T00:00:00Z",
        resolved,
        LocalDate.parse("2014-03-10"),
        List.of(),
        List.of(),
        List.of(),
        history,
        List.of());
  }

  @Test
  void resolvedOnTheCommitmentDayIsOnTime() {
    assertThat(outcome(resolvedAt("2014-03-10T23:00:00Z", List.of()), END))
        .isEqualTo(SlipLabeler.Outcome.ON_TIME);
    assertThat(verdict(resolvedAt("2014-03-10T23:00:00Z", List.of()), END))
        .isEqualTo(SlipLabeler.Verdict.ON_TIME);
  }

  @Test
  void resolvedTheDayAfterSlipped() {
    assertThat(outcome(resolvedAt("2014-03-11T00:00:00Z", List.of()), END))
        .isEqualTo(SlipLabeler.Outcome.SLIPPED);
    assertThat(verdict(resolvedAt("2014-03-11T00:00:00Z", List.of()), END))
        .isEqualTo(SlipLabeler.Verdict.LATE);
  }

  @Test
  void aCommitmentMovedLaterSlippedEvenWhenTheNewDateIsMet() {
    Issue later =
        Changelogs.issue(
            "A-1",
            DONE,
            "2014-01-01T00:00:00Z",
            "2014-03-15T00:00:00Z",
            LocalDate.parse("2014-03-20"),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                event("2014-03-05T00:00:00Z", "duedate", "2014-03-10", null, "2014-03-20", null)),
            List.of());
    assertThat(outcome(later, END)).isEqualTo(SlipLabeler.Outcome.SLIPPED);
    assertThat(verdict(later, END)).isEqualTo(SlipLabeler.Verdict.MOVED);
  }

  @Test
  void aCommitmentRemovedSlipped() {
    Issue later =
        Changelogs.issue(
            "A-1",
            OPEN,
            "2014-01-01T00:00:00Z",
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(event("2014-03-05T00:00:00Z", "duedate", "2014-03-10", null, null, null)),
            List.of());
    assertThat(outcome(later, Instant.parse("2014-03-06T00:00:00Z")))
        .isEqualTo(SlipLabeler.Outcome.SLIPPED);
    assertThat(verdict(later, Instant.parse("2014-03-06T00:00:00Z")))
        .isEqualTo(SlipLabeler.Verdict.DESCOPED);
  }

  @Test
  void aCommitmentMovedEarlierAndMetIsOnTime() {
    Issue later =
        Changelogs.issue(
            "A-1",
            DONE,
            "2014-01-01T00:00:00Z",
            "2014-03-04T00:00:00Z",
            LocalDate.parse("2014-03-05"),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                event("2014-03-02T00:00:00Z", "duedate", "2014-03-10", null, "2014-03-05", null)),
            List.of());
    assertThat(outcome(later, END)).isEqualTo(SlipLabeler.Outcome.ON_TIME);
  }

  @Test
  void stillOpenAfterTheCommitmentSlipped() {
    Issue later =
        Changelogs.issue(
            "A-1",
            OPEN,
            "2014-01-01T00:00:00Z",
            null,
            LocalDate.parse("2014-03-10"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThat(outcome(later, END)).isEqualTo(SlipLabeler.Outcome.SLIPPED);
    assertThat(verdict(later, END)).isEqualTo(SlipLabeler.Verdict.OPEN_AFTER);
  }

  @Test
  void stillOpenWhenTheDataEndsBeforeTheCommitmentIsUnknown() {
    Issue later =
        Changelogs.issue(
            "A-1",
            OPEN,
            "2014-01-01T00:00:00Z",
            null,
            LocalDate.parse("2014-03-10"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThat(outcome(later, Instant.parse("2014-03-10T12:00:00Z")))
        .isEqualTo(SlipLabeler.Outcome.UNKNOWN);
  }

  @Test
  void aResolutionAfterTheDataEndsIsNotSeen() {
    assertThat(
            outcome(
                resolvedAt("2014-03-09T00:00:00Z", List.of()),
                Instant.parse("2014-03-05T00:00:00Z")))
        .isEqualTo(SlipLabeler.Outcome.UNKNOWN);
  }

  private static final Status REOPENED = new Status("Reopened", StatusCategory.TO_DO);

  private static List<HistoryEvent> resolve(String at) {
    return List.of(
        event(at, "status", "1", "Open", "6", "Done"),
        event(at, "resolution", null, null, "1", "Fixed"));
  }

  private static List<HistoryEvent> reopen(String at) {
    return List.of(
        event(at, "status", "6", "Done", "4", "Reopened"),
        event(at, "resolution", "1", "Fixed", null, null));
  }

  private static List<HistoryEvent> concat(List<List<HistoryEvent>> parts) {
    return parts.stream().flatMap(List::stream).toList();
  }

  private static Issue withHistory(Status now, String resolved, List<HistoryEvent> history) {
    return Changelogs.issue(
        "A-1",
        now,
        "2014-01-01T00:00:00Z",
        resolved,
        LocalDate.parse("2014-03-10"),
        List.of(),
        List.of(),
        List.of(),
        history,
        List.of());
  }

  @Test
  void resolvedByTheDayThenReopenedAndResolvedAgainAfterItIsOnTime() {
    // Resolved on 03-05 (due 03-10), reopened on 03-20, resolved again on 04-10: the commitment
    // was met; the earlier label read the final resolution time and called it late.
    Issue later =
        withHistory(
            DONE,
            "2014-04-10T00:00:00Z",
            concat(
                List.of(
                    resolve("2014-03-05T00:00:00Z"),
                    reopen("2014-03-20T00:00:00Z"),
                    resolve("2014-04-10T00:00:00Z"))));
    assertThat(verdict(later, END)).isEqualTo(SlipLabeler.Verdict.ON_TIME);
  }

  @Test
  void resolvedByTheDayThenReopenedAndStillOpenIsOnTime() {
    Issue later =
        withHistory(
            REOPENED,
            null,
            concat(List.of(resolve("2014-03-05T00:00:00Z"), reopen("2014-03-20T00:00:00Z"))));
    assertThat(verdict(later, END)).isEqualTo(SlipLabeler.Verdict.ON_TIME);
  }

  @Test
  void reopenedBeforeTheDayEndedAndResolvedAfterItIsLate() {
    Issue later =
        withHistory(
            DONE,
            "2014-03-15T00:00:00Z",
            concat(
                List.of(
                    resolve("2014-03-05T00:00:00Z"),
                    reopen("2014-03-10T12:00:00Z"),
                    resolve("2014-03-15T00:00:00Z"))));
    assertThat(verdict(later, END)).isEqualTo(SlipLabeler.Verdict.LATE);
  }

  @Test
  void reopenedAndResolvedAgainWithinTheDayIsOnTime() {
    Issue later =
        withHistory(
            DONE,
            "2014-03-10T20:00:00Z",
            concat(
                List.of(
                    resolve("2014-03-05T00:00:00Z"),
                    reopen("2014-03-10T12:00:00Z"),
                    resolve("2014-03-10T20:00:00Z"))));
    assertThat(verdict(later, END)).isEqualTo(SlipLabeler.Verdict.ON_TIME);
  }

  private static Issue resolvedAs(String resolution, String at) {
    Issue i = resolvedAt(at, List.of());
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
        resolution,
        i.dueDate(),
        i.fixVersions(),
        i.sprints(),
        i.components(),
        i.labels(),
        i.parent(),
        i.epic(),
        i.storyPoints(),
        i.teamField(),
        i.links(),
        i.history(),
        i.comments(),
        i.flagged(),
        i.historyFetched());
  }

  @Test
  void closedAsWontFixOrDuplicateIsDescopedNotOnTimeOrLate() {
    Snapshot s = new Snapshot("t", null, List.of(), List.of(), List.of());
    SlipLabeler labeler = new SlipLabeler(new SnapshotReplay(s), END);
    Issue wontFix = resolvedAs("Won't Fix", "2014-03-05T00:00:00Z");
    Issue duplicateLate = resolvedAs("Duplicate", "2014-03-20T00:00:00Z");
    Issue fixedLate = resolvedAs("Fixed", "2014-03-20T00:00:00Z");

    assertThat(labeler.verdict(wontFix, DUE_MAR_10, T)).isEqualTo(SlipLabeler.Verdict.DESCOPED);
    assertThat(labeler.verdict(duplicateLate, DUE_MAR_10, T))
        .isEqualTo(SlipLabeler.Verdict.DESCOPED);
    // Late or descoped (what the model learns): slipped; late only: no label.
    assertThat(labeler.outcome(wontFix, DUE_MAR_10, T)).isEqualTo(SlipLabeler.Outcome.SLIPPED);
    assertThat(labeler.outcome(wontFix, DUE_MAR_10, T, SlipLabeler.Target.LATE_ONLY))
        .isEqualTo(SlipLabeler.Outcome.UNKNOWN);
    assertThat(labeler.outcome(fixedLate, DUE_MAR_10, T, SlipLabeler.Target.LATE_ONLY))
        .isEqualTo(SlipLabeler.Outcome.SLIPPED);
  }
}
