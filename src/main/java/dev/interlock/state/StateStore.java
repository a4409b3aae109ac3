package dev.interlock.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The state database. {@link #open} creates the file when missing, migrates its schema to {@link
 * #SCHEMA_VERSION} with the versioned SQL files under {@code db/state}, and refuses a database that
 * a newer Interlock migrated further. Journal in WAL mode; a writer waits up to {@link
 * #BUSY_MILLIS} for another. Each {@link #record} is one transaction: a crash before its commit
 * leaves the store as it was, a crash after it loses nothing.
 */
public final class StateStore implements AutoCloseable {
  /** The schema this Interlock writes; the highest {@code V<n>__*.sql} migration. */
  public static final int SCHEMA_VERSION = 2;

  static final int BUSY_MILLIS = 5_000;
  private static final String MIGRATIONS = "classpath:db/state";

  private final Path file;
  private final Jdbi jdbi;

  private StateStore(Path file, Jdbi jdbi) {
    this.file = file;
    this.jdbi = jdbi;
  }

  /**
   * Opens (creating when missing) the database at {@code file}.
   *
   * @throws StateException when the file is not a database, is corrupt, is locked beyond the busy
   *     timeout, cannot be created, or carries a newer schema
   */
  public static StateStore open(Path file) throws StateException {
    Path absolute = file.toAbsolutePath().normalize();
    createParent(absolute);
    SQLiteDataSource source = dataSource(absolute);
    Flyway flyway =
        Flyway.configure(StateStore.class.getClassLoader())
            .dataSource(source)
            .locations(MIGRATIONS)
            .loggers("slf4j")
            .load();
    try {
      refuseNewer(absolute, flyway);
      flyway.migrate();
    } catch (FlywayException e) {
      throw unusable(absolute, e);
    }
    StateStore store = new StateStore(absolute, Jdbi.create(source));
    store.check();
    return store;
  }

  public Path file() {
    return file;
  }

  /** The schema version the file carries now. */
  public int schemaVersion() throws StateException {
    return call(
        h ->
            h.createQuery(
                    "SELECT COALESCE(MAX(CAST(version AS INTEGER)), 0) FROM"
                        + " flyway_schema_history WHERE success = 1")
                .mapTo(Integer.class)
                .one());
  }

  /** Records {@code run} with everything it carries in one transaction; returns its id. */
  public long record(RunRecord run) throws StateException {
    return call(
        h ->
            h.inTransaction(
                tx -> {
                  long id = insertRun(tx, run);
                  insertTeams(tx, id, run.teams());
                  insertItems(tx, id, run.items());
                  insertFindings(tx, id, run.findings());
                  recordVersions(tx, run.endedAt(), run.versions());
                  return id;
                }));
  }

  /** The recorded runs, oldest first (without their items and findings: see {@link #items}). */
  public List<RunRecord> runs() throws StateException {
    return call(
        h ->
            h.createQuery("SELECT * FROM run ORDER BY id")
                .map(
                    (rs, ctx) ->
                        new RunRecord(
                            rs.getLong("id"),
                            Instant.parse(rs.getString("started_at")),
                            Instant.parse(rs.getString("ended_at")),
                            Instant.parse(rs.getString("as_of")),
                            instantOrNull(rs.getString("meeting")),
                            rs.getString("config_digest"),
                            rs.getString("source"),
                            rs.getString("pull_mode"),
                            rs.getInt("requests"),
                            new RunRecord.Counts(
                                rs.getInt("issues"),
                                rs.getInt("teams"),
                                rs.getInt("dependencies"),
                                rs.getInt("cross_team"),
                                rs.getInt("cycles"),
                                rs.getInt("agenda_items")),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            rs.getInt("exit_code"),
                            rs.getString("interlock_version")))
                .list());
  }

  /** The last recorded run, if any. */
  public Optional<RunRecord> lastRun() throws StateException {
    List<RunRecord> all = runs();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The team outcomes of run {@code runId}, by team name. */
  public List<RunRecord.TeamOutcome> teams(long runId) throws StateException {
    return call(
        h ->
            h.createQuery("SELECT * FROM run_team WHERE run_id = :id ORDER BY team")
                .bind("id", runId)
                .map(
                    (rs, ctx) ->
                        new RunRecord.TeamOutcome(
                            rs.getString("team"),
                            rs.getString("outcome"),
                            (Integer) rs.getObject("issues"),
                            rs.getString("reason")))
                .list());
  }

  /** The agenda items of run {@code runId}, by section then position. */
  public List<RunRecord.Item> items(long runId) throws StateException {
    return call(
        h ->
            h.createQuery("SELECT * FROM agenda_item WHERE run_id = :id ORDER BY section, position")
                .bind("id", runId)
                .map(
                    (rs, ctx) ->
                        new RunRecord.Item(
                            rs.getString("section"),
                            rs.getInt("position"),
                            rs.getString("issue_id"),
                            rs.getString("issue_key"),
                            (Double) rs.getObject("risk"),
                            rs.getString("reasons_digest")))
                .list());
  }

  /** The findings of run {@code runId}, in the agenda's order. */
  public List<RunRecord.FindingRecord> findings(long runId) throws StateException {
    return call(
        h ->
            h.createQuery("SELECT * FROM finding WHERE run_id = :id ORDER BY position")
                .bind("id", runId)
                .map(
                    (rs, ctx) ->
                        new RunRecord.FindingRecord(
                            rs.getString("kind"),
                            rs.getString("severity"),
                            split(rs.getString("issues"), " "),
                            split(rs.getString("teams"), ","),
                            rs.getString("digest")))
                .list());
  }

  /** A fix version's state with when it was first and last seen. */
  public record VersionHistory(
      RunRecord.SeenVersion version, Instant firstSeen, Instant lastSeen) {}

  /** Every distinct state of every fix version seen, by project, version, first seen. */
  public List<VersionHistory> versionsSeen() throws StateException {
    return call(
        h ->
            h.createQuery(
                    "SELECT * FROM fix_version_seen ORDER BY project, version_id, first_seen,"
                        + " name")
                .map(
                    (rs, ctx) ->
                        new VersionHistory(
                            new RunRecord.SeenVersion(
                                rs.getString("project"),
                                rs.getString("version_id"),
                                rs.getString("name"),
                                rs.getString("release_date").isEmpty()
                                    ? null
                                    : LocalDate.parse(rs.getString("release_date")),
                                rs.getInt("released") != 0),
                            Instant.parse(rs.getString("first_seen")),
                            Instant.parse(rs.getString("last_seen"))))
                .list());
  }

  /** Interlock's comment on one issue, as the store remembers it. */
  public record PublishedComment(
      String issueId, String issueKey, String commentId, String digest, Instant lastWritten) {}

  /** Every comment Interlock remembers having written, by issue id. */
  public java.util.Map<String, PublishedComment> publishedComments() throws StateException {
    java.util.Map<String, PublishedComment> byIssue = new java.util.TreeMap<>();
    call(h ->
            h.createQuery("SELECT * FROM published_comment ORDER BY issue_id")
                .map(
                    (rs, ctx) ->
                        new PublishedComment(
                            rs.getString("issue_id"),
                            rs.getString("issue_key"),
                            rs.getString("comment_id"),
                            rs.getString("digest"),
                            Instant.parse(rs.getString("last_written"))))
                .list())
        .forEach(c -> byIssue.put(c.issueId(), c));
    return byIssue;
  }

  /** Remembers {@code comment} (replacing what the store knew of its issue). */
  public void recordPublished(PublishedComment comment, @Nullable Long runId)
      throws StateException {
    call(
        h ->
            h.createUpdate(
                    "INSERT INTO published_comment (issue_id, issue_key, comment_id, digest,"
                        + " last_written, run_id) VALUES (:issue, :key, :comment, :digest,"
                        + " :written, :run) ON CONFLICT (issue_id) DO UPDATE SET issue_key ="
                        + " excluded.issue_key, comment_id = excluded.comment_id, digest ="
                        + " excluded.digest, last_written = excluded.last_written, run_id ="
                        + " excluded.run_id")
                .bind("issue", comment.issueId())
                .bind("key", comment.issueKey())
                .bind("comment", comment.commentId())
                .bind("digest", comment.digest())
                .bind("written", comment.lastWritten().toString())
                .bind("run", runId)
                .execute());
  }

  /** Forgets the comment on issue {@code issueId} (deleted, or left alone from now on). */
  public void forgetPublished(String issueId) throws StateException {
    call(
        h ->
            h.createUpdate("DELETE FROM published_comment WHERE issue_id = :issue")
                .bind("issue", issueId)
                .execute());
  }

  /**
   * Records what the agenda for {@code record.meeting()} held, in one transaction, replacing an
   * earlier record of the same meeting (a rerun before the meeting).
   */
  public void recordMeeting(MeetingRecord record) throws StateException {
    call(
        h ->
            h.inTransaction(
                tx -> {
                  String meeting = record.meeting().toString();
                  tx.createUpdate("DELETE FROM meeting WHERE meeting = :m")
                      .bind("m", meeting)
                      .execute();
                  tx.createUpdate(
                          "INSERT INTO meeting (meeting, as_of, recorded_at, run_id) VALUES (:m,"
                              + " :asOf, :at, :run)")
                      .bind("m", meeting)
                      .bind("asOf", record.asOf().toString())
                      .bind("at", record.recordedAt().toString())
                      .bind("run", record.runId())
                      .execute();
                  insertTopics(tx, meeting, record.topics());
                  return null;
                }));
  }

  /** The recorded meetings strictly before {@code meeting}, oldest first, with their topics. */
  public List<MeetingRecord> meetingsBefore(Instant meeting) throws StateException {
    return call(
        h -> {
          List<MeetingRecord> heads =
              h.createQuery("SELECT * FROM meeting WHERE meeting < :m ORDER BY meeting")
                  .bind("m", meeting.toString())
                  .map(
                      (rs, ctx) ->
                          new MeetingRecord(
                              Instant.parse(rs.getString("meeting")),
                              Instant.parse(rs.getString("as_of")),
                              Instant.parse(rs.getString("recorded_at")),
                              longOrNull(rs, "run_id"),
                              List.of()))
                  .list();
          List<MeetingRecord> full = new java.util.ArrayList<>();
          for (MeetingRecord m : heads) {
            full.add(
                new MeetingRecord(
                    m.meeting(), m.asOf(), m.recordedAt(), m.runId(), topics(h, m.meeting())));
          }
          return full;
        });
  }

  private static List<MeetingRecord.Topic> topics(Handle h, Instant meeting) {
    return h.createQuery("SELECT * FROM meeting_topic WHERE meeting = :m ORDER BY kind, topic")
        .bind("m", meeting.toString())
        .map(
            (rs, ctx) ->
                new MeetingRecord.Topic(
                    rs.getString("kind"),
                    rs.getString("topic"),
                    doubleOrNull(rs, "risk"),
                    rs.getString("date") == null ? null : LocalDate.parse(rs.getString("date")),
                    rs.getInt("open") != 0))
        .list();
  }

  private static @Nullable Long longOrNull(java.sql.ResultSet rs, String column)
      throws java.sql.SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static @Nullable Double doubleOrNull(java.sql.ResultSet rs, String column)
      throws java.sql.SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  private static void insertTopics(Handle h, String meeting, List<MeetingRecord.Topic> topics) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO meeting_topic (meeting, kind, topic, risk, date, open) VALUES (:m,"
                + " :kind, :topic, :risk, :date, :open)");
    for (MeetingRecord.Topic t : topics) {
      batch
          .bind("m", meeting)
          .bind("kind", t.kind())
          .bind("topic", t.topic())
          .bind("risk", t.risk())
          .bind("date", t.date() == null ? null : t.date().toString())
          .bind("open", t.open() ? 1 : 0)
          .add();
    }
    execute(batch, topics.size());
  }

  @Override
  public void close() {
    // Each call opens and closes its own connection; nothing stays open between calls.
  }

  private static long insertRun(Handle h, RunRecord run) {
    return h.createUpdate(
            "INSERT INTO run (started_at, ended_at, as_of, meeting, config_digest, source,"
                + " pull_mode, requests, issues, teams, dependencies, cross_team, cycles,"
                + " agenda_items, exit_code, interlock_version) VALUES (:started, :ended, :asOf,"
                + " :meeting, :digest, :source, :mode, :requests, :issues, :teams, :deps,"
                + " :cross, :cycles, :items, :exit, :version)")
        .bind("started", run.startedAt().toString())
        .bind("ended", run.endedAt().toString())
        .bind("asOf", run.asOf().toString())
        .bind("meeting", run.meeting() == null ? null : run.meeting().toString())
        .bind("digest", run.configDigest())
        .bind("source", run.source())
        .bind("mode", run.pullMode())
        .bind("requests", run.requests())
        .bind("issues", run.counts().issues())
        .bind("teams", run.counts().teams())
        .bind("deps", run.counts().dependencies())
        .bind("cross", run.counts().crossTeam())
        .bind("cycles", run.counts().cycles())
        .bind("items", run.counts().agendaItems())
        .bind("exit", run.exitCode())
        .bind("version", run.interlockVersion())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  private static void insertTeams(Handle h, long id, List<RunRecord.TeamOutcome> teams) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO run_team (run_id, team, outcome, issues, reason) VALUES (:id, :team,"
                + " :outcome, :issues, :reason)");
    for (RunRecord.TeamOutcome t : teams) {
      batch
          .bind("id", id)
          .bind("team", t.team())
          .bind("outcome", t.outcome())
          .bind("issues", t.issues())
          .bind("reason", t.reason())
          .add();
    }
    execute(batch, teams.size());
  }

  private static void insertItems(Handle h, long id, List<RunRecord.Item> items) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO agenda_item (run_id, section, position, issue_id, issue_key, risk,"
                + " reasons_digest) VALUES (:id, :section, :position, :issueId, :key, :risk,"
                + " :digest)");
    for (RunRecord.Item i : items) {
      batch
          .bind("id", id)
          .bind("section", i.section())
          .bind("position", i.position())
          .bind("issueId", i.issueId())
          .bind("key", i.issueKey())
          .bind("risk", i.risk())
          .bind("digest", i.reasonsDigest())
          .add();
    }
    execute(batch, items.size());
  }

  private static void insertFindings(Handle h, long id, List<RunRecord.FindingRecord> findings) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO finding (run_id, position, kind, severity, issues, teams, digest) VALUES"
                + " (:id, :position, :kind, :severity, :issues, :teams, :digest)");
    int position = 0;
    for (RunRecord.FindingRecord f : findings) {
      batch
          .bind("id", id)
          .bind("position", ++position)
          .bind("kind", f.kind())
          .bind("severity", f.severity())
          .bind("issues", String.join(" ", f.issues()))
          .bind("teams", String.join(",", f.teams()))
          .bind("digest", f.digest())
          .add();
    }
    execute(batch, findings.size());
  }

  /** A state seen before only moves its last-seen time; a new state gets its own row. */
  private static void recordVersions(Handle h, Instant seen, List<RunRecord.SeenVersion> versions) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO fix_version_seen (project, version_id, name, release_date, released,"
                + " first_seen, last_seen) VALUES (:project, :id, :name, :date, :released, :seen,"
                + " :seen) ON CONFLICT (project, version_id, name, release_date, released) DO"
                + " UPDATE SET last_seen = excluded.last_seen");
    for (RunRecord.SeenVersion v : versions) {
      batch
          .bind("project", v.project())
          .bind("id", v.versionId())
          .bind("name", v.name())
          .bind("date", v.releaseDate() == null ? "" : v.releaseDate().toString())
          .bind("released", v.released() ? 1 : 0)
          .bind("seen", seen.toString())
          .add();
    }
    execute(batch, versions.size());
  }

  private static void execute(PreparedBatch batch, int size) {
    if (size > 0) {
      batch.execute();
    }
  }

  /** Reads one row so that a file SQLite cannot read fails on open, not in the middle of a run. */
  private void check() throws StateException {
    schemaVersion();
  }

  /** A unit of work against the database. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Handle h);
  }

  private <T> T call(Work<T> work) throws StateException {
    try (Handle h = jdbi.open()) {
      return work.run(h);
    } catch (JdbiException e) {
      throw unusable(file, e);
    }
  }

  private static void refuseNewer(Path file, Flyway flyway) throws StateException {
    for (MigrationInfo m : flyway.info().applied()) {
      if (m.getVersion() != null && m.getVersion().getMajor().intValue() > SCHEMA_VERSION) {
        throw new StateException(
            file
                + ": the state database has schema version "
                + m.getVersion()
                + ", written by a newer Interlock (this one knows up to "
                + SCHEMA_VERSION
                + "); run the newer Interlock, or point state.path at another file");
      }
    }
  }

  private static StateException unusable(Path file, Exception e) {
    String cause = rootMessage(e);
    if (cause.contains("SQLITE_BUSY") || cause.contains("database is locked")) {
      return new StateException(
          file
              + ": the state database is locked by another process (waited "
              + BUSY_MILLIS / 1000
              + " s); let the other Interlock run finish, or stop whatever holds the file, and run"
              + " again",
          e);
    }
    return new StateException(
        file
            + ": cannot use the state database ("
            + cause
            + "); if the file is damaged or is not Interlock's, move it aside and run again (a"
            + " new one is created: earlier meetings are forgotten, no issue data is lost)",
        e);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.toString() : t.getMessage();
    return message.strip();
  }

  private static void createParent(Path file) throws StateException {
    Path parent = file.getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new StateException(
          file
              + ": cannot create the folder for the state database ("
              + e.getMessage()
              + "); set state.path to a writable place",
          e);
    }
  }

  private static SQLiteDataSource dataSource(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_MILLIS);
    config.enforceForeignKeys(true);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file);
    return source;
  }

  private static @Nullable Instant instantOrNull(@Nullable String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static List<String> split(String joined, String separator) {
    return joined.isEmpty()
        ? List.of()
        : List.of(joined.split(java.util.regex.Pattern.quote(separator)));
  }
}
