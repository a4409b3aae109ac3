package dev.interlock.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each meeting's agenda held, kept in a real SQLite file. */
class MeetingRecordsTest {
  private static final Instant THURSDAY = Instant.parse("2026-11-12T08:30:00Z");
  private static final Instant MONDAY = Instant.parse("2026-11-16T08:30:00Z");

  @TempDir Path dir;

  @Test
  void aMeetingIsReadBackWithItsTopicsAfterReopeningTheFile() throws Exception {
    Path file = dir.resolve("interlock.db");
    try (StateStore store = StateStore.open(file)) {
      store.recordMeeting(
          new MeetingRecord(
              THURSDAY,
              Instant.parse("2026-11-12T02:00:00Z"),
              Instant.parse("2026-11-12T02:03:00Z"),
              null,
              List.of(
                  new MeetingRecord.Topic(
                      "riskiest", "PLAT-59", 0.93, LocalDate.of(2026, 11, 20), true),
                  new MeetingRecord.Topic("cycle", "CAT-57 CHK-63 PAY-55", null, null, true),
                  new MeetingRecord.Topic(
                      "action", "IDN-83", null, LocalDate.of(2026, 11, 13), true))));
    }
    try (StateStore again = StateStore.open(file)) {
      List<MeetingRecord> before = again.meetingsBefore(MONDAY);
      assertThat(before).hasSize(1);
      MeetingRecord m = before.get(0);
      assertThat(m.meeting()).isEqualTo(THURSDAY);
      assertThat(m.asOf()).isEqualTo(Instant.parse("2026-11-12T02:00:00Z"));
      assertThat(m.runId()).isNull();
      // Topics come back ordered by kind, then topic.
      assertThat(m.topics())
          .containsExactly(
              new MeetingRecord.Topic("action", "IDN-83", null, LocalDate.of(2026, 11, 13), true),
              new MeetingRecord.Topic("cycle", "CAT-57 CHK-63 PAY-55", null, null, true),
              new MeetingRecord.Topic(
                  "riskiest", "PLAT-59", 0.93, LocalDate.of(2026, 11, 20), true));
      assertThat(again.schemaVersion()).isEqualTo(2);
    }
  }

  @Test
  void aRerunBeforeTheSameMeetingReplacesItsRecordAndLeavesTheOthers() throws Exception {
    try (StateStore store = StateStore.open(dir.resolve("interlock.db"))) {
      store.recordMeeting(record(THURSDAY, "2026-11-12T02:00:00Z", "PAY-55", "CHK-63"));
      store.recordMeeting(record(MONDAY, "2026-11-16T02:00:00Z", "PAY-55", "DATA-70"));
      store.recordMeeting(record(MONDAY, "2026-11-16T07:45:00Z", "MOB-65"));

      List<MeetingRecord> all = store.meetingsBefore(Instant.parse("2026-11-19T08:30:00Z"));
      assertThat(all).extracting(MeetingRecord::meeting).containsExactly(THURSDAY, MONDAY);
      assertThat(all.get(1).asOf()).isEqualTo(Instant.parse("2026-11-16T07:45:00Z"));
      assertThat(all.get(1).topics())
          .extracting(MeetingRecord.Topic::topic)
          .containsExactly("MOB-65");
      assertThat(all.get(0).topics())
          .extracting(MeetingRecord.Topic::topic)
          .containsExactly("CHK-63", "PAY-55");
    }
  }

  @Test
  void onlyMeetingsStrictlyBeforeTheOneAskedAboutAreEarlier() throws Exception {
    try (StateStore store = StateStore.open(dir.resolve("interlock.db"))) {
      store.recordMeeting(record(THURSDAY, "2026-11-12T02:00:00Z", "PAY-55"));
      store.recordMeeting(record(MONDAY, "2026-11-16T02:00:00Z", "PAY-55"));

      assertThat(store.meetingsBefore(MONDAY))
          .extracting(MeetingRecord::meeting)
          .containsExactly(THURSDAY);
      assertThat(store.meetingsBefore(THURSDAY)).isEmpty();
    }
  }

  private static MeetingRecord record(Instant meeting, String asOf, String... keys) {
    List<MeetingRecord.Topic> topics =
        java.util.Arrays.stream(keys)
            .map(k -> new MeetingRecord.Topic("riskiest", k, 0.5, null, true))
            .toList();
    return new MeetingRecord(meeting, Instant.parse(asOf), Instant.parse(asOf), null, topics);
  }
}
