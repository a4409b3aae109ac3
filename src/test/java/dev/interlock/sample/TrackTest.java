package dev.interlock.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrackTest {
  private static final Instant CREATED = Instant.parse("2026-10-01T09:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-16T08:00:00Z");
  private static final Member ANNA = new Member("a1", "Anna");

  @Test
  void changesAtOrAfterNowNeverHappen() {
    Track<String> track = new Track<>("To Do", CREATED, NOW);
    track.set(Instant.parse("2026-11-02T10:00:00Z"), ANNA, "In Progress");
    track.set(NOW, ANNA, "Done");

    assertThat(track.current()).isEqualTo("In Progress");
    assertThat(track.changes()).hasSize(1);
  }

  @Test
  void aChangeDatedBeforeThePreviousOneIsMovedUpToItAndReplacesIt() {
    Track<String> track = new Track<>(null, CREATED, NOW);
    Instant later = Instant.parse("2026-11-02T10:00:00Z");
    track.set(later, ANNA, "a");
    track.set(Instant.parse("2026-10-20T10:00:00Z"), ANNA, "b");

    assertThat(track.changes()).containsExactly(new Track.Change<>(later, ANNA, null, "b"));
  }

  @Test
  void twoChangesAtOneInstantCollapseIntoOne() {
    Track<String> track = new Track<>("x", CREATED, NOW);
    Instant at = Instant.parse("2026-11-02T10:00:00Z");
    track.set(at, ANNA, "y");
    track.set(at, ANNA, "z");

    assertThat(track.changes()).containsExactly(new Track.Change<>(at, ANNA, "x", "z"));
  }

  @Test
  void settingTheSameValueRecordsNothing() {
    Track<String> track = new Track<>("x", CREATED, NOW);
    track.set(Instant.parse("2026-11-02T10:00:00Z"), ANNA, "x");

    assertThat(track.changes()).isEmpty();
    assertThat(track.at(CREATED)).isEqualTo("x");
  }
}
