package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.state.RunLock;
import dev.interlock.state.StateStore;
import dev.interlock.testing.JavaProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nightly} on the bundled sample (offline): the store, its runs, the lock, --dry-run. */
class NightlyCommandTest {
  static final Instant NIGHT = Instant.parse("2026-11-16T02:00:00Z");

  @TempDir Path tmp;

  /** The sample's configuration with its output and state in {@code tmp}. */
  private Path config() throws Exception {
    String yaml =
        Files.readString(Path.of("config/sample.yaml"))
            .replace("../sample-data/acme", Path.of("sample-data/acme").toAbsolutePath().toString())
            .replace("dir: ../out", "dir: out")
            .replace("path: ../state/interlock.db", "path: state/interlock.db");
    Path file = tmp.resolve("sample.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private static CommandRun nightly(Instant at, String... args) {
    return LiveRuns.run(Clock.fixed(at, ZoneOffset.UTC), args);
  }

  @Test
  void theFirstNightCreatesTheStoreAndTheSecondRecordsASecondRun() throws Exception {
    Path config = config();
    CommandRun first = nightly(NIGHT, "nightly", "--config", config.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(first.out().lines()).hasSize(1);
    assertThat(first.out())
        .startsWith("nightly: read the snapshot ")
        .contains("agenda as of 2026-11-16T02:00:00Z with 12 items (599 issues, 2 cycles,")
        .contains("run 1 recorded in " + tmp.resolve("state/interlock.db"));
    assertThat(tmp.resolve("out/agenda.md")).exists();
    CommandRun second =
        nightly(NIGHT.plusSeconds(86_400), "nightly", "--config", config.toString());
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("run 2 recorded in ");
    try (StateStore store = StateStore.open(tmp.resolve("state/interlock.db"))) {
      var runs = store.runs();
      assertThat(runs).hasSize(2);
      assertThat(runs.get(0).asOf()).isEqualTo(NIGHT);
      assertThat(runs.get(1).asOf()).isEqualTo(NIGHT.plusSeconds(86_400));
      assertThat(runs.get(0).pullMode()).isEqualTo("offline");
      assertThat(runs.get(0).counts().issues()).isEqualTo(599);
      assertThat(runs.get(0).configDigest()).hasSize(64);
      assertThat(store.items(runs.get(0).id()))
          .filteredOn(i -> i.section().equals("riskiest"))
          .hasSize(12);
      assertThat(store.findings(runs.get(0).id())).isNotEmpty();
      assertThat(store.teams(runs.get(0).id())).hasSize(7);
    }
  }

  @Test
  void withAScheduleTheAgendaIsForTheNextMeetingAndTheRunRemembersIt() throws Exception {
    // The shipped sample configuration meets Mondays and Thursdays at 09:30, Europe/Berlin.
    Path config = config();
    assertThat(Files.readString(config))
        .contains("schedule: {days: [MON, THU], time: \"09:30\", zone: Europe/Berlin}");
    CommandRun run = nightly(NIGHT, "nightly", "--config", config.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String md = Files.readString(tmp.resolve("out/agenda.md"));
    assertThat(md)
        .contains("For the meeting of Monday 2026-11-16 09:30 Europe/Berlin")
        .contains("covers the time since the last meeting, Thursday 2026-11-12 09:30.");
    assertThat(Files.readString(tmp.resolve("out/agenda.html")))
        .contains("For the meeting of <b>Monday 2026-11-16 09:30 Europe/Berlin</b>");
    try (StateStore store = StateStore.open(tmp.resolve("state/interlock.db"))) {
      assertThat(store.runs().get(0).meeting()).isEqualTo(Instant.parse("2026-11-16T08:30:00Z"));
    }
  }

  @Test
  void aDryRunWritesTheAgendaAndRecordsNothing() throws Exception {
    Path config = config();
    CommandRun run = nightly(NIGHT, "nightly", "--dry-run", "--config", config.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("nothing recorded (--dry-run)");
    assertThat(tmp.resolve("out/agenda.html")).exists();
    assertThat(tmp.resolve("state/interlock.db")).doesNotExist();
  }

  @Test
  void aDamagedStateDatabaseIsExitThreeNamingItAndNothingIsWritten() throws Exception {
    Path config = config();
    Path db = tmp.resolve("state/interlock.db");
    Files.createDirectories(db.getParent());
    Files.writeString(db, "not a database\n".repeat(100));
    CommandRun run = nightly(NIGHT, "nightly", "--config", config.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_CONFIG);
    assertThat(run.err()).startsWith("interlock: " + db).contains("move it aside");
    assertThat(tmp.resolve("out")).doesNotExist();
    assertThat(Files.readString(db)).isEqualTo("not a database\n".repeat(100));
  }

  @Test
  void aSecondProcessGetsExitSixAndWritesNothingAndAKilledHolderLeavesNoLock() throws Exception {
    Path config = config();
    Path db = tmp.resolve("state/interlock.db");
    Path ready = tmp.resolve("holding");
    Process holder = JavaProcess.start(tmp, HoldLock.class, db.toString(), ready.toString());
    try {
      for (int i = 0; i < 600 && !Files.exists(ready); i++) {
        Thread.sleep(50);
      }
      assertThat(ready).as(JavaProcess.stderr(tmp, HoldLock.class)).exists();
      CommandRun second = nightly(NIGHT, "nightly", "--config", config.toString());
      assertThat(second.exitCode()).isEqualTo(ExitCodes.LOCKED);
      assertThat(second.err())
          .startsWith("interlock: another Interlock run holds the lock " + RunLock.fileFor(db))
          .contains("pid " + holder.pid() + " since ");
      assertThat(second.out()).isEmpty();
      assertThat(tmp.resolve("out")).doesNotExist();
      assertThat(db).doesNotExist();
    } finally {
      holder.destroyForcibly(); // SIGKILL: no chance to release anything
      holder.waitFor(30, TimeUnit.SECONDS);
    }
    CommandRun after = nightly(NIGHT, "nightly", "--config", config.toString());
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(Files.readString(RunLock.fileFor(db)))
        .startsWith("pid " + ProcessHandle.current().pid());
  }

  /** Takes the run lock of the database in args[0], says so in the file args[1], and waits. */
  public static final class HoldLock {
    public static void main(String[] args) throws Exception {
      var lock = RunLock.tryTake(Path.of(args[0]), Instant.parse("2026-11-16T01:59:00Z"));
      if (lock.isEmpty()) {
        System.exit(3);
      }
      Files.writeString(Path.of(args[1]), "held");
      Thread.sleep(120_000);
    }
  }
}
