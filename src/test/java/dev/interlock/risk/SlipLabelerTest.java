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
}
