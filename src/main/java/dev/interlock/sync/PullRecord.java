package dev.interlock.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code pull.json}: how a snapshot folder was taken. {@code takenAt} is when the pull began (an
 * incremental pull the next night starts from it); {@code lastSweepAt} when the last full pull or
 * sweep listed every team's keys. Per team: pulled or failed (with the reason), its issue count,
 * and {@code since}, the start of its last successful pull. {@code invisible}: linked keys outside
 * the teams that Jira would not show (asked again only on a sweep). Carries no credential and no
 * account name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PullRecord(
    int format,
    Instant takenAt,
    String site,
    String flavor,
    String mode,
    boolean swept,
    Instant lastSweepAt,
    @Nullable String timeZone,
    List<TeamPull> teams,
    Counts counts,
    List<String> invisible,
    int requests,
    int retries,
    double seconds) {

  public static final String FILE = "pull.json";
  public static final String FULL = "full";
  public static final String INCREMENTAL = "incremental";

  public PullRecord {
    teams = List.copyOf(teams);
    invisible = invisible == null ? List.of() : List.copyOf(invisible);
  }

  /** One team's pull. {@code outcome}: pulled or failed. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TeamPull(
      String team, String outcome, int issues, @Nullable Instant since, @Nullable String reason) {
    public boolean failed() {
      return outcome.equals("failed");
    }
  }

  /**
   * Issues in the snapshot, fetched tonight (changed or all), kept from the previous snapshot,
   * removed by the sweep, outside the teams, not visible, changelogs completed.
   */
  public record Counts(
      int issues,
      int fetched,
      int kept,
      int removed,
      int outside,
      int invisible,
      int changelogsCompleted) {}

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** The record in {@code dir}, or empty when the folder has none (older or hand-made). */
  public static Optional<PullRecord> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), PullRecord.class));
    } catch (IOException e) {
      throw new IOException(
          file
              + " cannot be read ("
              + e.getMessage().lines().findFirst().orElse("")
              + "); delete it to read the snapshot without it, or pull again with --full",
          e);
    }
  }

  void write(Path dir) throws IOException {
    JSON.writeValue(dir.resolve(FILE).toFile(), this);
  }

  public List<TeamPull> failedTeams() {
    return teams.stream().filter(TeamPull::failed).toList();
  }

  /** {@code "2026-11-16 02:00 UTC"}. */
  public static String minute(Instant t) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(t);
  }

  /**
   * What the agenda says of each team that failed: {@code "Data: not pulled on 2026-11-16 (Jira
   * answered 503 after 4 retries); its items are missing"}, or, when its earlier issues were kept,
   * that they are as of its last good pull.
   */
  public List<String> warnings() {
    return failedTeams().stream()
        .map(
            t ->
                t.team()
                    + ": not pulled on "
                    + minute(takenAt).substring(0, 10)
                    + " ("
                    + t.reason()
                    + "); "
                    + (t.since() != null && mode.equals(INCREMENTAL)
                        ? "its items are as they were at its last good pull, " + minute(t.since())
                        : "its items are missing"))
        .toList();
  }

  /**
   * The agenda header's line on its data: {@code "pulled 2026-11-16 02:00 UTC (incremental)"}, with
   * {@code "; not pulled: Data"} naming each team that failed.
   */
  public String headerNote() {
    String note =
        "pulled "
            + minute(takenAt)
            + " ("
            + mode
            + (swept && mode.equals(INCREMENTAL) ? ", swept" : "")
            + ")";
    List<String> failed = failedTeams().stream().map(TeamPull::team).toList();
    return failed.isEmpty() ? note : note + "; not pulled: " + String.join(", ", failed);
  }

  /** {@code "pulled 2026-11-16 02:00 UTC from https://acme.atlassian.net (incremental)"}. */
  public String describe() {
    return "pulled "
        + minute(takenAt)
        + " from "
        + site
        + " ("
        + mode
        + (swept && mode.equals(INCREMENTAL) ? ", swept" : "")
        + ")";
  }
}
