package dev.interlock.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkClockTest {
  @Test
  void aSaturdayAfternoonMovesToMondayMorning() {
    assertThat(WorkClock.align(Instant.parse("2026-11-14T15:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-16T08:00:00Z"));
  }

  @Test
  void workingTimeIsLeftAlone() {
    Instant tuesday = Instant.parse("2026-11-17T10:11:12.345Z");
    assertThat(WorkClock.align(tuesday)).isEqualTo(tuesday);
  }

  @Test
  void hoursThatRunPastClosingContinueTheNextWorkingMorning() {
    assertThat(WorkClock.plusHours(Instant.parse("2026-11-13T16:00:00Z"), 3))
        .isEqualTo(Instant.parse("2026-11-16T09:00:00Z"));
  }

  @Test
  void aWorkingDayIsTenHours() {
    assertThat(WorkClock.plusDays(Instant.parse("2026-11-16T08:00:00Z"), 1.5))
        .isEqualTo(Instant.parse("2026-11-17T13:00:00Z"));
  }
}
