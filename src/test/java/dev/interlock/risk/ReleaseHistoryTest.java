package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import dev.interlock.model.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseHistoryTest {
  private static final Status OPEN = new Status("Open", StatusCategory.TO_DO);

  // Version 40: planned for 2014-03-01 when first pulled on 2014-01-01, moved to 2014-05-01 on
  // 2014-02-15 (today's snapshot says 2014-06-01). Version 41 was never seen by the store.
  private static final ReleaseHistory HISTORY =
      new ReleaseHistory(
          List.of(
              new ReleaseHistory.Seen(
                  "40",
                  LocalDate.parse("2014-05-01"),
                  false,
                  Instant.parse("2014-02-15T00:00:00Z"),
                  Instant.parse("2014-04-01T00:00:00Z")),
              new ReleaseHistory.Seen(
                  "40",
                  LocalDate.parse("2014-03-01"),
                  false,
                  Instant.parse("2014-01-01T00:00:00Z"),
                  Instant.parse("2014-02-14T00:00:00Z"))));

  private static Snapshot snapshot() {
    Issue i =
        Changelogs.issue(
            "A-1",
            OPEN,
            "2013-06-01T00:00:00Z",
            null,
            null,
            List.of(
                new Version("40", "1.4", LocalDate.parse("2014-06-01"), true),
                new Version("41", "1.5", LocalDate.parse("2014-09-01"), false)),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return new Snapshot("t", null, List.of(i), List.of(), List.of());
  }

  private static List<Version> versionsAt(String t) {
    return HISTORY.asSeenAt(snapshot(), Instant.parse(t)).issues().get(0).fixVersions();
  }

  @Test
  void aVersionIsDatedAsTheStoreLastSawItByT() {
    assertThat(versionsAt("2014-02-01T00:00:00Z"))
        .containsExactly(
            new Version("40", "1.4", LocalDate.parse("2014-03-01"), false),
            new Version("41", "1.5", LocalDate.parse("2014-09-01"), false));
    assertThat(versionsAt("2014-03-01T00:00:00Z").get(0).releaseDate())
        .isEqualTo(LocalDate.parse("2014-05-01"));
  }

  @Test
  void beforeTheStoreSawAVersionItKeepsTheSnapshotsDate() {
    assertThat(versionsAt("2013-12-01T00:00:00Z").get(0))
        .isEqualTo(new Version("40", "1.4", LocalDate.parse("2014-06-01"), true));
    assertThat(HISTORY.seenBy(Instant.parse("2013-12-01T00:00:00Z"))).isFalse();
    assertThat(HISTORY.seenBy(Instant.parse("2014-01-01T00:00:00Z"))).isTrue();
    assertThat(ReleaseHistory.NONE.asSeenAt(snapshot(), Instant.parse("2014-03-01T00:00:00Z")))
        .isEqualTo(snapshot());
  }
}
