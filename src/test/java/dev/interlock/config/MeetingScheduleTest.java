package dev.interlock.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingScheduleTest {
  static final MeetingSchedule MON_THU =
      MeetingSchedule.of(
          List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
          LocalTime.of(9, 30),
          ZoneId.of("Europe/Berlin"));

  @TempDir java.nio.file.Path dir;

  @Test
  void theNextMeetingIsTheFirstSlotAfterTheMomentInTheMeetingsZone() {
    // Monday 2026-11-16 00:00 UTC is 01:00 in Berlin: that Monday's 09:30 is still ahead.
    assertThat(MON_THU.next(Instant.parse("2026-11-16T00:00:00Z")).toInstant())
        .isEqualTo(Instant.parse("2026-11-16T08:30:00Z"));
    // At the meeting's own minute it is the next one, Thursday.
    assertThat(MON_THU.next(Instant.parse("2026-11-16T08:30:00Z")).toInstant())
        .isEqualTo(Instant.parse("2026-11-19T08:30:00Z"));
    assertThat(MON_THU.previous(Instant.parse("2026-11-16T00:00:00Z")).toInstant())
        .isEqualTo(Instant.parse("2026-11-12T08:30:00Z"));
    assertThat(MON_THU.previous(Instant.parse("2026-11-16T08:30:00Z")).toInstant())
        .isEqualTo(Instant.parse("2026-11-16T08:30:00Z"));
  }

  @Test
  void acrossTheEndOfSummerTimeTheLocalTimeStays() {
    // Berlin leaves summer time on Sunday 2026-10-25: 09:30 is 07:30 UTC before, 08:30 after.
    assertThat(MON_THU.previous(Instant.parse("2026-10-26T12:00:00Z")).toInstant())
        .isEqualTo(Instant.parse("2026-10-26T08:30:00Z"));
    assertThat(MON_THU.previous(Instant.parse("2026-10-26T08:00:00Z")).toInstant())
        .isEqualTo(Instant.parse("2026-10-22T07:30:00Z"));
  }

  @Test
  void theScheduleIsReadFromTheConfigurationAndBadValuesNamedWithTheirKey() throws Exception {
    String teams = "source: {offline: s}\nteams: [{name: P, projects: [PAY]}]\n";
    InterlockConfig c =
        ConfigFiles.load(
            dir,
            teams
                + "meeting: {schedule: {days: [MON, thursday], time: \"09:30\", zone: Europe/Berlin}}\n",
            Map.of());
    assertThat(c.meeting().schedule()).isEqualTo(MON_THU);
    assertThat(
            ConfigFiles.loadError(
                dir, teams + "meeting: {schedule: {days: [MOON], time: \"09:30\"}}\n"))
        .contains("meeting.schedule.days")
        .contains("\"MOON\" is not a day");
    assertThat(
            ConfigFiles.loadError(
                dir, teams + "meeting: {schedule: {days: [MON], time: \"9.30am\"}}\n"))
        .contains("meeting.schedule.time")
        .contains("must be a time of day such as \"09:30\"");
    assertThat(
            ConfigFiles.loadError(
                dir,
                teams
                    + "meeting: {schedule: {days: [MON], time: \"09:30\", zone: Mars/Olympus}}\n"))
        .contains("meeting.schedule.zone")
        .contains("is not a time zone");
  }
}
