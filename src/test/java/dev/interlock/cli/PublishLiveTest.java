package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlock.contract.JiraWireMock;
import dev.interlock.fakejira.FakeJira;
import dev.interlock.fakejira.SiteData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code publish} against the fake Jira serving the Acme sample, with comments and comment
 * properties: one comment per planned issue, nothing written twice, no duplicate after a lost store
 * or a lost answer, failures on one issue that leave the others written.
 */
class PublishLiveTest {
  static final String AS_OF = "2026-11-16";
  static final ObjectMapper JSON = new ObjectMapper();
  private static SiteData acme;

  @TempDir Path tmp;
  @RegisterExtension final JiraWireMock server = JiraWireMock.create();
  private FakeJira fake;
  private Path config;

  @BeforeAll
  static void readSample() throws IOException {
    acme = SiteData.read(Path.of("sample-data/acme"));
  }

  private void start(String flavor, String publish) throws IOException {
    FakeJira.Options options =
        flavor.equals("cloud") ? FakeJira.Options.ofCloud() : FakeJira.Options.ofDataCenter();
    fake = new FakeJira(acme, options);
    config = LiveRuns.config(tmp, server.serve(fake), flavor, "");
    Files.writeString(config, Files.readString(config) + publish);
  }

  private CommandRun publish(Path source, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "publish",
                "--config",
                config.toString(),
                "--source",
                source.toString(),
                "--as-of",
                AS_OF));
    args.addAll(List.of(more));
    return LiveRuns.run(
        Clock.fixed(Instant.parse("2026-11-16T02:00:00Z"), ZoneOffset.UTC),
        args.toArray(String[]::new));
  }

  private JsonNode plan() throws IOException {
    return JSON.readTree(tmp.resolve("out/publish/plan.json").toFile());
  }

  private static Map<String, String> bodies(JsonNode plan) {
    Map<String, String> bodies = new TreeMap<>();
    plan.path("comments")
        .forEach(c -> bodies.put(c.path("issue").asText(), c.path("body").asText()));
    return bodies;
  }

  private static final Path ACME = Path.of("sample-data/acme");

  @ParameterizedTest
  @ValueSource(strings = {"cloud", "datacenter"})
  void theFirstRunCreatesExactlyThePlanAndTheSecondWritesNothing(String flavor) throws Exception {
    start(flavor, "");
    CommandRun dry = publish(ACME);
    assertThat(dry.exitCode()).as(dry.err()).isZero();
    assertThat(dry.out()).startsWith("publish plan (dry run, nothing sent to Jira): create ");
    assertThat(fake.writes()).as("a dry run sends no write").isEmpty();
    Map<String, String> planned = bodies(plan());
    assertThat(planned).hasSizeGreaterThan(10);
    assertThat(plan().path("create").asInt()).isEqualTo(planned.size());

    CommandRun first = publish(ACME, "--apply");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("created " + planned.size() + ", updated 0");
    assertThat(fake.writes()).hasSize(planned.size()).allMatch(w -> w.startsWith("POST "));
    for (Map.Entry<String, String> e : planned.entrySet()) {
      List<ObjectNode> on = fake.comments(e.getKey());
      assertThat(on).as(e.getKey()).hasSize(1);
      assertThat(on.get(0).path("body").asText()).isEqualTo(e.getValue());
    }
    if (flavor.equals("cloud")) {
      assertThat(server.checked()).contains("POST /rest/api/2/issue/PAY-55/comment");
    }

    // The token is nowhere: not in the plan, the bodies, the store.
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (!f.getFileName().toString().endsWith(".yaml")) {
          assertThat(
                  new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
              .as(f.toString())
              .doesNotContain(LiveRuns.ENV.get("JIRA_API_TOKEN"));
        }
      }
    }
    CommandRun second = publish(ACME, "--apply");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("created 0, updated 0, deleted 0, found and kept 0, unchanged " + planned.size());
    assertThat(fake.writes()).hasSize(planned.size());
  }

  @Test
  void aChangedItemUpdatesExactlyTheCommentsWhoseContentChanged() throws Exception {
    start("cloud", "");
    assertThat(publish(ACME, "--apply").exitCode()).isZero();
    Map<String, String> before = bodies(plan());
    int writes = fake.writes().size();
    Path changed = copyWithDueDate("DATA-70", "2026-11-30");
    CommandRun dry = publish(changed);
    Map<String, String> after = bodies(plan());
    List<String> differ = new ArrayList<>();
    after.forEach(
        (k, v) -> {
          if (!v.equals(before.get(k))) {
            differ.add(k);
          }
        });
    assertThat(differ).isNotEmpty().contains("DATA-70").hasSizeLessThan(before.size() / 2);
    assertThat(plan().path("update").asInt()).isEqualTo(differ.size());
    assertThat(plan().path("create").asInt()).isZero();
    CommandRun apply = publish(changed, "--apply");
    assertThat(apply.exitCode()).as(apply.err()).isZero();
    List<String> tonight = fake.writes().subList(writes, fake.writes().size());
    assertThat(tonight).hasSize(differ.size()).allMatch(w -> w.startsWith("PUT "));
    assertThat(tonight.stream().map(w -> w.split(" ")[1]).toList())
        .containsExactlyInAnyOrderElementsOf(differ);
    assertThat(fake.comments("DATA-70")).hasSize(1);
    assertThat(fake.comments("DATA-70").get(0).path("body").asText())
        .isEqualTo(after.get("DATA-70"));
  }

  @Test
  void aDeletedStateDatabaseMakesTheRerunFindItsCommentsAndWriteNothing() throws Exception {
    start("cloud", "");
    assertThat(publish(ACME, "--apply").exitCode()).isZero();
    int writes = fake.writes().size();
    for (String f : List.of("interlock.db", "interlock.db-wal", "interlock.db-shm")) {
      Files.deleteIfExists(tmp.resolve("state").resolve(f));
    }
    // Other comments on the issue are not ours: one by a person, one by the same account without
    // Interlock's property (a human using the bot's token by hand).
    String ours = fake.comments("PAY-55").get(0).path("body").asText();
    fake.addForeignComment("PAY-55", "someone-else", "I think PAY-55 is fine");
    fake.addForeignComment("PAY-55", "5b10ac8d82e05b22cc7d4ef5", "posted by hand");
    CommandRun rerun = publish(ACME, "--apply");
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(rerun.out()).contains("created 0, updated 0, deleted 0, found and kept " + writes);
    assertThat(fake.writes()).hasSize(writes);
    assertThat(fake.comments("PAY-55"))
        .extracting(c -> c.path("body").asText())
        .containsExactly(ours, "I think PAY-55 is fine", "posted by hand");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cloud", "datacenter"})
  void aCreateStoredButNeverAnsweredLeavesExactlyOneCommentAfterTheRerun(String flavor)
      throws Exception {
    start(flavor, "");
    fake.storeThenDrop("PAY-55");
    CommandRun first = publish(ACME, "--apply");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(fake.comments("PAY-55")).hasSize(1);
    CommandRun rerun = publish(ACME, "--apply");
    assertThat(rerun.exitCode()).isZero();
    assertThat(fake.comments("PAY-55")).hasSize(1);
    assertThat(fake.writes().stream().filter(w -> w.startsWith("POST PAY-55"))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cloud", "datacenter"})
  void aRefusedWriteOnOneIssueLeavesTheOthersWrittenAndEndsWithFive(String flavor)
      throws Exception {
    start(flavor, "");
    fake.failWrites("PAY-55", 413);
    fake.failWrites("CHK-63", 404);
    fake.failWrites("CAT-57", 400);
    fake.failWrites("PLAT-59", 429); // per-issue write limit, every retry
    CommandRun run = publish(ACME, "--apply");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(run.err())
        .contains("interlock: not published: PAY-55: Jira answered 413")
        .contains("interlock: not published: CHK-63: Jira answered 404")
        .contains("interlock: not published: CAT-57: Jira answered 400")
        .contains("interlock: not published: PLAT-59: Jira answered 429");
    int planned = bodies(plan()).size();
    long written =
        bodies(plan()).keySet().stream().filter(k -> fake.comments(k).size() == 1).count();
    assertThat(written).isEqualTo(planned - 4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"update", "delete", "keep"})
  void anIssueThatLeftTheAgendaIsToldOnceOrItsCommentDeletedOrKept(String onLeave)
      throws Exception {
    start("cloud", "");
    assertThat(publish(ACME, "--apply").exitCode()).isZero();
    int planned = bodies(plan()).size();
    int writes = fake.writes().size();
    // Every issue leaves: the configuration no longer posts per-issue comments.
    Files.writeString(
        config, Files.readString(config) + "publish: {comments: none, onLeave: " + onLeave + "}\n");
    CommandRun leave = publish(ACME, "--apply");
    assertThat(leave.exitCode()).as(leave.err()).isZero();
    assertThat(plan().path("leave").asInt()).isEqualTo(planned);
    List<String> tonight = fake.writes().subList(writes, fake.writes().size());
    switch (onLeave) {
      case "update" -> {
        assertThat(tonight).hasSize(planned).allMatch(w -> w.startsWith("PUT "));
        assertThat(fake.comments("PAY-55").get(0).path("body").asText())
            .contains("PAY-55 is no longer on the agenda");
      }
      case "delete" -> {
        assertThat(tonight).hasSize(planned).allMatch(w -> w.startsWith("DELETE "));
        assertThat(fake.comments("PAY-55")).isEmpty();
      }
      default -> assertThat(tonight).isEmpty();
    }
    // Said once: the next run has nothing to leave and writes nothing.
    int after = fake.writes().size();
    assertThat(publish(ACME, "--apply").exitCode()).isZero();
    assertThat(plan().path("leave").asInt()).isZero();
    assertThat(fake.writes()).hasSize(after);
  }

  @Test
  void theMeetingIssueGetsOneCommentPerMeetingEditedInPlaceUntilThen() throws Exception {
    start("cloud", "publish: {comments: none, meetingIssue: OPS-1}\n");
    CommandRun first = publish(ACME, "--apply");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(fake.comments("OPS-1")).hasSize(1);
    String body = fake.comments("OPS-1").get(0).path("body").asText();
    assertThat(body)
        // The sample meets Mondays and Thursdays at 09:30 Berlin: the heading names the meeting.
        .startsWith(
            "*Acme Scrum of Scrums: agenda for the meeting of Monday 2026-11-16 09:30"
                + " Europe/Berlin*")
        .contains("*Riskiest cross-team items*\n# ")
        .contains("*Cycles*\n* ");
    assertThat(bodies(plan()).keySet()).containsExactly("OPS-1");
    // The same meeting again: nothing to write.
    int writes = fake.writes().size();
    assertThat(publish(ACME, "--apply").exitCode()).isZero();
    assertThat(fake.writes()).hasSize(writes);
    // The next agenda is another meeting: a second comment; the first stays as it was.
    CommandRun next =
        LiveRuns.run(
            Clock.fixed(Instant.parse("2026-11-17T02:00:00Z"), ZoneOffset.UTC),
            "publish",
            "--config",
            config.toString(),
            "--source",
            ACME.toString(),
            "--as-of",
            "2026-11-17",
            "--apply");
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(fake.comments("OPS-1")).hasSize(2);
    assertThat(fake.comments("OPS-1").get(0).path("body").asText()).isEqualTo(body);
    // With the store lost, the rerun of that meeting finds its own comment: no third one.
    for (String f : List.of("interlock.db", "interlock.db-wal", "interlock.db-shm")) {
      Files.deleteIfExists(tmp.resolve("state").resolve(f));
    }
    assertThat(publish(ACME, "--apply").exitCode()).isZero();
    assertThat(fake.comments("OPS-1")).hasSize(2);
  }

  @Test
  void moreWritesThanMaxWritesWriteNothing() throws Exception {
    start("cloud", "publish: {maxWrites: 3}\n");
    CommandRun run = publish(ACME, "--apply");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_CONFIG);
    assertThat(run.err()).contains("more than publish.maxWrites (3); nothing was written");
    assertThat(fake.writes()).isEmpty();
  }

  @Test
  void wikiMarkupInANameFromJiraComesOutAsPlainText() throws Exception {
    start("cloud", "");
    // A display name full of wiki markup: it reaches PAY-67's body through the reason
    // "<assignee> holds 6 open issues".
    String markup = "[~admin] {code}x{code} *b* |t| !i.png! {color:red}r{color} [a|http://e]";
    Path changed =
        copy(
            "markup/acme",
            issue -> {
              JsonNode assignee = issue.path("fields").path("assignee");
              if (assignee.path("displayName").asText().equals("Mateo Nguyen")) {
                ((ObjectNode) assignee).put("displayName", markup);
              }
            });
    CommandRun dry = publish(changed);
    assertThat(dry.exitCode()).as(dry.err()).isZero();
    String body = bodies(plan()).get("PAY-67");
    assertThat(body)
        .contains(
            "\\[\\~admin\\] \\{code\\}x\\{code\\} \\*b\\* \\|t\\| \\!i.png\\!"
                + " \\{color:red\\}r\\{color\\} \\[a\\|http://e\\] holds");
    String all = String.join("\n", bodies(plan()).values());
    assertThat(all.replace("\\[", "").replace("\\{", ""))
        .doesNotContain("[~")
        .doesNotContain("{code}");
    try (Stream<Path> files = Files.list(tmp.resolve("out/publish"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".txt")).count())
          .isEqualTo(bodies(plan()).size());
    }
  }

  private Path copyWithDueDate(String key, String due) throws IOException {
    return copy(
        "changed/acme",
        issue -> {
          if (issue.path("key").asText().equals(key)) {
            ((ObjectNode) issue.path("fields")).put("duedate", due);
          }
        });
  }

  /** A copy of the Acme sample under {@code tmp/name} with {@code edit} applied to every issue. */
  private Path copy(String name, java.util.function.Consumer<JsonNode> edit) throws IOException {
    Path copy = tmp.resolve(name);
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(ACME)) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().startsWith("search-")) {
          JsonNode page = JSON.readTree(f.toFile());
          page.path("issues").forEach(edit);
          JSON.writeValue(copy.resolve(f.getFileName()).toFile(), page);
        } else {
          Files.copy(f, copy.resolve(f.getFileName()));
        }
      }
    }
    return copy;
  }
}
