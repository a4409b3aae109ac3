package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlock.state.MeetingRecord;
import dev.interlock.state.StateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three successive meetings of the sample (Thursday 2026-11-05, Monday 11-09 and Thursday 11-12,
 * 09:30 Berlin), each prepared by a nightly run with a state store in a real SQLite file.
 */
class MeetingMemoryTest {
  private static final Instant NIGHT_1 = Instant.parse("2026-11-05T02:00:00Z");
  private static final Instant NIGHT_2 = Instant.parse("2026-11-09T02:00:00Z");
  private static final Instant NIGHT_3 = Instant.parse("2026-11-12T02:00:00Z");
  private static final Instant MEETING_3 = Instant.parse("2026-11-12T08:30:00Z");

  @TempDir Path tmp;

  @Test
  void anItemOnTheFirstTwoMeetingsAndStillOpenIsEscalatedAtTheThird() throws Exception {
    Path config = config();
    JsonNode first = nightly(config, NIGHT_1);
    JsonNode second = nightly(config, NIGHT_2);
    JsonNode third = nightly(config, NIGHT_3);

    // PLAT-59 (it blocks Identity's IDN-68) is among the riskiest at all three meetings.
    assertThat(riskiest(first)).contains("PLAT-59");
    assertThat(riskiest(second)).contains("PLAT-59");
    // At the second meeting the store knows one earlier meeting: nothing is escalated yet.
    assertThat(second.at("/memory/basis").asText())
        .isEqualTo("recorded in the state store interlock.db (1 earlier meeting)");
    assertThat(second.at("/memory/escalations")).isEmpty();
    assertThat(delta(second, "PLAT-59").path("status").asText()).isEqualTo("still on");
    // At the third it has been on two earlier agendas and is still open: escalated.
    assertThat(third.at("/memory/basis").asText())
        .isEqualTo("recorded in the state store interlock.db (2 earlier meetings)");
    JsonNode escalation = escalation(third, "PLAT-59");
    assertThat(escalation.path("kind").asText()).isEqualTo("blocker");
    assertThat(escalation.path("since").asText()).isEqualTo("2026-11-05");
    assertThat(escalation.path("meetings").asInt()).isEqualTo(3);
    assertThat(escalation.path("decide").asText())
        .isEqualTo("the engineering managers of the teams involved");
    assertThat(delta(third, "PLAT-59").path("since").asText()).isEqualTo("2026-11-05");
    assertThat(delta(third, "PLAT-59").path("meetings").asInt()).isEqualTo(3);
    // The overdue action item IDN-83 was open at both earlier meetings: escalated too.
    assertThat(escalation(third, "IDN-83").path("kind").asText()).isEqualTo("action item");
    assertThat(Files.readString(tmp.resolve("out/agenda.md")))
        .contains("## Escalate\n\nTo decide: the engineering managers of the teams involved.\n")
        .contains(
            "([PLAT-59](https://acme.atlassian.net/browse/PLAT-59) (Platform)) — on the agenda"
                + " since 2026-11-05 (3 meetings)");
  }

  @Test
  void anActionItemDoneBetweenTwoMeetingsIsListedOnceAndThenGone() throws Exception {
    Path config = config();
    JsonNode first = nightly(config, NIGHT_1);
    JsonNode second = nightly(config, NIGHT_2);
    JsonNode third = nightly(config, NIGHT_3);

    // CAT-83 (agree the availability event schema) was done on Friday 2026-11-06.
    JsonNode open = actionItem(first, "CAT-83");
    assertThat(open.path("open").asBoolean()).isTrue();
    assertThat(open.path("owner").isNull()).isFalse();
    JsonNode done = actionItem(second, "CAT-83");
    assertThat(done.path("open").asBoolean()).isFalse();
    assertThat(done.path("done").asText()).isEqualTo("2026-11-06");
    assertThat(actionItemKeys(third)).doesNotContain("CAT-83");
    assertThat(Files.readString(tmp.resolve("out/agenda.md"))).doesNotContain("CAT-83");
  }

  @Test
  void anOpenCrossTeamBlockerWithoutOwnerOrActionItemIsCalledOutUntilAnActionItemCoversIt()
      throws Exception {
    Path config = config();
    JsonNode first = nightly(config, NIGHT_1);
    JsonNode third = nightly(config, NIGHT_3);

    // IDN-67 blocks Mobile's MOB-65, nobody is assigned and no action item is about it yet.
    assertThat(first.at("/memory/unownedBlockers").toString())
        .contains("\"key\":\"IDN-67\"")
        .contains("\"key\":\"MOB-65\"");
    // By the third meeting MOB-83 ("Find an owner for the passkey attestation review", itself
    // without an owner) is about IDN-67: the blocker is no longer called out, the action item is.
    assertThat(third.at("/memory/unownedBlockers").toString()).doesNotContain("IDN-67");
    JsonNode unowned = actionItem(third, "MOB-83");
    assertThat(unowned.path("owner").isNull()).isTrue();
    assertThat(Files.readString(tmp.resolve("out/agenda.md")))
        .contains(
            "[MOB-83](https://acme.atlassian.net/browse/MOB-83) Find an owner for the passkey"
                + " attestation review — no owner: agree one");
  }

  @Test
  void rerunningTheSameMeetingReplacesItsRecord() throws Exception {
    Path config = config();
    nightly(config, NIGHT_1);
    nightly(config, NIGHT_2);
    nightly(config, NIGHT_3);
    Instant rerun = Instant.parse("2026-11-12T07:00:00Z");
    nightly(config, rerun);

    try (StateStore store = StateStore.open(tmp.resolve("state/interlock.db"))) {
      List<MeetingRecord> meetings = store.meetingsBefore(Instant.parse("2027-01-01T00:00:00Z"));
      assertThat(meetings)
          .extracting(MeetingRecord::meeting)
          .containsExactly(
              Instant.parse("2026-11-05T08:30:00Z"),
              Instant.parse("2026-11-09T08:30:00Z"),
              MEETING_3);
      assertThat(meetings.get(2).asOf()).isEqualTo(rerun);
      // Four runs are kept, but the third meeting has one record: the rerun's.
      assertThat(store.runs()).hasSize(4);
      assertThat(meetings.get(2).runId()).isEqualTo(store.runs().get(3).id());
    }
  }

  @Test
  void withoutAStoreEarlierMeetingsAreRecomputedAndTheAgendaSaysSo() throws Exception {
    Path config = config();
    CommandRun run =
        CommandRun.of(
            "agenda",
            "--config",
            config.toString(),
            "--as-of",
            NIGHT_3.toString(),
            "--out",
            tmp.resolve("agenda").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.exists(tmp.resolve("state/interlock.db"))).isFalse();
    JsonNode agenda = new ObjectMapper().readTree(tmp.resolve("agenda/agenda.json").toFile());
    assertThat(agenda.at("/memory/basis").asText())
        .isEqualTo(
            "recomputed from the snapshot's history as of each of the 3 earlier scheduled"
                + " meetings (no state store)");
    assertThat(agenda.at("/memory/earlierMeetings").toString())
        .isEqualTo("[\"2026-11-02T08:30:00Z\",\"2026-11-05T08:30:00Z\",\"2026-11-09T08:30:00Z\"]");
    assertThat(Files.readString(tmp.resolve("agenda/agenda.md")))
        .contains("_Earlier meetings: recomputed from the snapshot's history");
  }

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

  /** Runs the nightly job as of {@code at} and returns the agenda.json it wrote. */
  private JsonNode nightly(Path config, Instant at) throws Exception {
    CommandRun run =
        LiveRuns.run(
            Clock.fixed(at, ZoneOffset.UTC),
            "nightly",
            "--config",
            config.toString(),
            "--as-of",
            at.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(tmp.resolve("out/agenda.json").toFile());
  }

  private static List<String> riskiest(JsonNode agenda) {
    List<String> keys = new ArrayList<>();
    agenda.path("riskiest").forEach(r -> keys.add(r.at("/issue/key").asText()));
    return keys;
  }

  private static List<String> actionItemKeys(JsonNode agenda) {
    List<String> keys = new ArrayList<>();
    agenda.at("/memory/actionItems").forEach(a -> keys.add(a.at("/issue/key").asText()));
    return keys;
  }

  private static JsonNode actionItem(JsonNode agenda, String key) {
    for (JsonNode a : agenda.at("/memory/actionItems")) {
      if (a.at("/issue/key").asText().equals(key)) {
        return a;
      }
    }
    throw new AssertionError("no action item " + key + " in " + actionItemKeys(agenda));
  }

  private static JsonNode escalation(JsonNode agenda, String key) {
    for (JsonNode e : agenda.at("/memory/escalations")) {
      for (JsonNode i : e.path("issues")) {
        if (i.path("key").asText().equals(key)) {
          return e;
        }
      }
    }
    throw new AssertionError("no escalation of " + key + ": " + agenda.at("/memory/escalations"));
  }

  private static JsonNode delta(JsonNode agenda, String key) {
    for (JsonNode d : agenda.at("/memory/deltas")) {
      if (d.path("key").asText().equals(key)) {
        return d;
      }
    }
    throw new AssertionError("no delta for " + key);
  }
}
