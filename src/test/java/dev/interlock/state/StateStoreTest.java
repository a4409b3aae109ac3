package dev.interlock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlock.testing.JavaProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {
  @TempDir Path dir;

  static RunRecord run(Instant at, String version, LocalDate releaseDate) {
    return new RunRecord(
        0,
        at,
        at.plusSeconds(7),
        at,
        at.plusSeconds(86_400),
        "digest-1",
        "https://acme.atlassian.net",
        "full",
        19,
        new RunRecord.Counts(594, 7, 89, 63, 2, 12),
        List.of(
            new RunRecord.TeamOutcome("Checkout", "failed", null, "Jira answered 503"),
            new RunRecord.TeamOutcome("Payments", "pulled", 120, null)),
        List.of(
            new RunRecord.Item("riskiest", 1, "10055", "PAY-55", 0.92, "r1"),
            new RunRecord.Item("riskiest", 2, "10063", "CHK-63", null, "r2")),
        List.of(
            new RunRecord.FindingRecord(
                "CYCLE",
                "HIGH",
                List.of("CAT-57", "PAY-55"),
                List.of("Catalog", "Payments"),
                "f1")),
        List.of(new RunRecord.SeenVersion("PAY", "10400", version, releaseDate, false)),
        0,
        "0.1.0");
  }

  @Test
  void anEmptyFileIsMigratedToTheCurrentSchemaInWalMode() throws Exception {
    Path file = dir.resolve("state/interlock.db");
    try (StateStore store = StateStore.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(StateStore.SCHEMA_VERSION);
      assertThat(store.runs()).isEmpty();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
    // A second open of the migrated file changes nothing and keeps the version.
    try (StateStore again = StateStore.open(file)) {
      assertThat(again.schemaVersion()).isEqualTo(StateStore.SCHEMA_VERSION);
    }
  }

  @Test
  void aRunIsRecordedWithItsTeamsItemsFindingsAndVersions() throws Exception {
    Instant at = Instant.parse("2026-11-16T02:00:00Z");
    try (StateStore store = StateStore.open(dir.resolve("s.db"))) {
      long id = store.record(run(at, "2.4", LocalDate.parse("2026-11-20")));
      RunRecord back = store.runs().get(0);
      assertThat(back.id()).isEqualTo(id);
      assertThat(back.asOf()).isEqualTo(at);
      assertThat(back.meeting()).isEqualTo(at.plusSeconds(86_400));
      assertThat(back.counts()).isEqualTo(new RunRecord.Counts(594, 7, 89, 63, 2, 12));
      assertThat(back.requests()).isEqualTo(19);
      assertThat(store.teams(id))
          .extracting(RunRecord.TeamOutcome::team, RunRecord.TeamOutcome::outcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Checkout", "failed"),
              org.assertj.core.groups.Tuple.tuple("Payments", "pulled"));
      assertThat(store.items(id))
          .extracting(RunRecord.Item::issueKey, RunRecord.Item::risk)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("PAY-55", 0.92),
              org.assertj.core.groups.Tuple.tuple("CHK-63", null));
      assertThat(store.findings(id).get(0).issues()).containsExactly("CAT-57", "PAY-55");
      assertThat(store.findings(id).get(0).teams()).containsExactly("Catalog", "Payments");
    }
  }

  @Test
  void aVersionSeenUnchangedMovesItsLastSeenAndAChangedDateGetsItsOwnRow() throws Exception {
    Instant night1 = Instant.parse("2026-11-16T02:00:00Z");
    Instant night2 = night1.plusSeconds(86_400);
    Instant night3 = night2.plusSeconds(86_400);
    try (StateStore store = StateStore.open(dir.resolve("s.db"))) {
      store.record(run(night1, "2.4", LocalDate.parse("2026-11-20")));
      store.record(run(night2, "2.4", LocalDate.parse("2026-11-20")));
      store.record(run(night3, "2.4", LocalDate.parse("2026-12-04")));
      List<StateStore.VersionHistory> seen = store.versionsSeen();
      assertThat(seen).hasSize(2);
      assertThat(seen.get(0).version().releaseDate()).isEqualTo(LocalDate.parse("2026-11-20"));
      assertThat(seen.get(0).firstSeen()).isEqualTo(night1.plusSeconds(7));
      assertThat(seen.get(0).lastSeen()).isEqualTo(night2.plusSeconds(7));
      assertThat(seen.get(1).version().releaseDate()).isEqualTo(LocalDate.parse("2026-12-04"));
      assertThat(seen.get(1).firstSeen()).isEqualTo(night3.plusSeconds(7));
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedNamingItAndLeftAsItWas() throws Exception {
    Path file = dir.resolve("interlock.db");
    byte[] garbage = "this is not SQLite, it is a note someone saved here\n".repeat(50).getBytes();
    Files.write(file, garbage);
    assertThatThrownBy(() -> StateStore.open(file))
        .isInstanceOf(StateException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("move it aside");
    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
  }

  @Test
  void aDatabaseFromANewerInterlockIsRefused() throws Exception {
    Path file = dir.resolve("interlock.db");
    StateStore.open(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, installed_on, execution_time, success) SELECT 99, '7',"
              + " 'from the future', 'SQL', 'V7__future.sql', 0, 'x', installed_on, 1, 1 FROM"
              + " flyway_schema_history WHERE version = '1'");
    }
    assertThatThrownBy(() -> StateStore.open(file))
        .isInstanceOf(StateException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("schema version 7")
        .hasMessageContaining("newer Interlock");
  }

  @Test
  void aCrashInsideATransactionLosesNoCommittedRunAndKeepsNoHalfRun() throws Exception {
    Path file = dir.resolve("interlock.db");
    Process child = JavaProcess.start(dir, CrashInTransaction.class, file.toString());
    int code = JavaProcess.await(child);
    assertThat(code)
        .as(
            "the child halts inside its second transaction: %s",
            JavaProcess.stderr(dir, CrashInTransaction.class))
        .isEqualTo(CrashInTransaction.HALTED);
    try (StateStore store = StateStore.open(file)) {
      assertThat(store.runs()).hasSize(1);
      long id = store.runs().get(0).id();
      assertThat(store.items(id)).hasSize(2);
      assertThat(store.teams(id)).hasSize(2);
      // The run the child was writing when it died left nothing behind.
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM agenda_item")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    }
  }

  @Test
  void aDatabaseLockedByAnotherProcessIsAClearErrorAfterTheBusyTimeout() throws Exception {
    Path file = dir.resolve("interlock.db");
    StateStore.open(file).close();
    Path ready = dir.resolve("locked");
    Process child = JavaProcess.start(dir, HoldWriteLock.class, file.toString(), ready.toString());
    try {
      for (int i = 0; i < 600 && !Files.exists(ready); i++) {
        Thread.sleep(50);
      }
      assertThat(ready).as(JavaProcess.stderr(dir, HoldWriteLock.class)).exists();
      try (StateStore store = StateStore.open(file)) {
        assertThatThrownBy(
                () -> store.record(run(Instant.parse("2026-11-16T02:00:00Z"), "2.4", null)))
            .isInstanceOf(StateException.class)
            .hasMessageContaining(file.toString())
            .hasMessageContaining("locked by another process");
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    // Once the other process is gone, the store is usable again and holds no half-written run.
    try (StateStore store = StateStore.open(file)) {
      assertThat(store.runs()).isEmpty();
      store.record(run(Instant.parse("2026-11-16T02:00:00Z"), "2.4", null));
      assertThat(store.runs()).hasSize(1);
    }
  }

  /** Holds an exclusive write transaction on the database in args[0] until killed. */
  public static final class HoldWriteLock {
    public static void main(String[] args) throws Exception {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
      try (Statement s = c.createStatement()) {
        s.execute("BEGIN EXCLUSIVE");
        s.executeUpdate(
            "INSERT INTO run (started_at, ended_at, as_of, config_digest, source, pull_mode,"
                + " interlock_version) VALUES ('x', 'x', 'x', 'd', 's', 'full', '0')");
      }
      Files.writeString(Path.of(args[1]), "locked");
      Thread.sleep(120_000);
    }
  }

  /** Records one run, then dies (no shutdown, no rollback) half way through writing a second. */
  public static final class CrashInTransaction {
    static final int HALTED = 42;

    public static void main(String[] args) throws Exception {
      Path file = Path.of(args[0]);
      try (StateStore store = StateStore.open(file)) {
        store.record(run(Instant.parse("2026-11-16T02:00:00Z"), "2.4", null));
      }
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO run (started_at, ended_at, as_of, config_digest, source, pull_mode,"
                + " interlock_version) VALUES ('2026-11-17T02:00:00Z', '2026-11-17T02:00:09Z',"
                + " '2026-11-17T02:00:00Z', 'd', 's', 'full', '0.1.0')");
        s.executeUpdate(
            "INSERT INTO agenda_item (run_id, section, position, issue_key, reasons_digest)"
                + " VALUES (last_insert_rowid(), 'riskiest', 1, 'PAY-1', 'x')");
      }
      Runtime.getRuntime().halt(HALTED);
    }
  }
}
