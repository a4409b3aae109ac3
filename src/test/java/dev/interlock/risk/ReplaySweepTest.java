package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.SharedFiles;
import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.source.OfflineSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sweep over many moments gives, at every moment, exactly the snapshot a fresh replay gives,
 * whichever order the moments come in: it keeps an issue's replay only while nothing the replay
 * reads lies between the two moments.
 */
class ReplaySweepTest {
  private static final Duration WEEK = Duration.ofDays(7);

  @Test
  void sweepOverTheSampleEqualsAFreshReplayAtEveryWeekBackwardsAndForwards() throws Exception {
    Snapshot full = new OfflineSource(Path.of("sample-data/acme")).load();
    List<Instant> moments = weeksBack(Instant.parse("2026-11-16T08:00:00Z"), 30);
    assertSweepEqualsFreshReplay(full, moments);
    List<Instant> forwards = new ArrayList<>(moments);
    java.util.Collections.reverse(forwards);
    assertSweepEqualsFreshReplay(full, forwards);
  }

  @Test
  void sweepOverApacheEqualsAFreshReplayEveryWeekOfThreeYears() throws Exception {
    Path folder = SharedFiles.require("realdata/apache-2014/issues.jsonl.gz").getParent();
    Snapshot full = new OfflineSource(folder).load();
    Snapshot asOfT = new SnapshotReplay(full).asOf(Instant.parse("2014-12-01T00:00:00Z"));
    List<Instant> moments = new ArrayList<>();
    for (Instant m : weeksBack(Instant.parse("2014-12-01T00:00:00Z"), 160)) {
      moments.add(m.plus(Duration.ofHours(moments.size() % 24)));
    }
    assertSweepEqualsFreshReplay(asOfT, moments);
  }

  @Test
  void sweepOverDuraspaceEqualsAFreshReplayEveryWeekOfFourYears() throws Exception {
    Path folder = SharedFiles.require("realdata/duraspace-2011/issues.jsonl.gz").getParent();
    Snapshot full = new OfflineSource(folder).load();
    assertSweepEqualsFreshReplay(full, weeksBack(Instant.parse("2012-01-01T00:00:00Z"), 210));
  }

  @Test
  void aChangeBetweenTwoMomentsIsFoundAndOneOutsideIsNot() {
    Instant[] at = {Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-02-10T00:00:00Z")};
    Instant jan1 = Instant.parse("2026-01-01T00:00:00Z");
    Instant jan10 = at[0];
    Instant jan20 = Instant.parse("2026-01-20T00:00:00Z");
    assertThat(ReplaySweep.changesBetween(at, jan1, jan20)).isTrue();
    assertThat(ReplaySweep.changesBetween(at, jan20, jan1)).isTrue();
    // The replay as of an instant already sees what happened at it: [jan10, feb10) is one state.
    assertThat(ReplaySweep.changesBetween(at, jan10, jan20)).isFalse();
    assertThat(ReplaySweep.changesBetween(at, jan1, jan10)).isTrue();
    assertThat(ReplaySweep.changesBetween(at, jan20, at[1])).isTrue();
    assertThat(ReplaySweep.changesBetween(new Instant[0], jan1, jan20)).isFalse();
  }

  private static List<Instant> weeksBack(Instant end, int weeks) {
    List<Instant> moments = new ArrayList<>();
    for (int k = 0; k < weeks; k++) {
      moments.add(end.minus(WEEK.multipliedBy(k)));
    }
    return moments;
  }

  private static void assertSweepEqualsFreshReplay(Snapshot snapshot, List<Instant> moments) {
    SnapshotReplay fresh = new SnapshotReplay(snapshot);
    ReplaySweep sweep = fresh.sweep();
    int compared = 0;
    for (Instant t : moments) {
      List<Issue> expected = fresh.asOf(t).issues();
      List<Issue> actual = sweep.asOf(t).issues();
      assertThat(actual).as("as of %s", t).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        assertThat(actual.get(i))
            .as("%s as of %s", expected.get(i).key(), t)
            .isEqualTo(expected.get(i));
      }
      compared += expected.size();
      // The rest of the snapshot (source, time, link types, skips, site) is the fresh replay's too.
      assertThat(sweep.asOf(t)).as("as of %s", t).isEqualTo(fresh.asOf(t));
    }
    assertThat(compared).as("issues compared").isPositive();
  }
}
