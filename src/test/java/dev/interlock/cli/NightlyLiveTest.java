package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlock.contract.JiraWireMock;
import dev.interlock.fakejira.FakeJira;
import dev.interlock.fakejira.SiteData;
import dev.interlock.state.StateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code nightly} against the fake Jira serving the Acme sample: a first full pull, changes on the
 * site, a second night that asks only for what changed (and sweeps), and failures that must leave
 * the snapshot as it was.
 */
class NightlyLiveTest {
  static final Instant NIGHT_1 = Instant.parse("2026-11-20T02:00:00Z");
  static final Instant CHANGED = NIGHT_1.plus(Duration.ofHours(12));
  static final Instant NIGHT_2 = NIGHT_1.plus(Duration.ofDays(1));
  static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
  static final ObjectMapper JSON = new ObjectMapper();

  private static SiteData acme;

  @TempDir Path tmp;
  @RegisterExtension final JiraWireMock server = JiraWireMock.create();
  private FakeJira fake;

  @BeforeAll
  static void readSample() throws IOException {
    acme = SiteData.read(Path.of("sample-data/acme"));
  }

  private Path config(FakeJira.Options options, String fullEvery) throws IOException {
    fake = new FakeJira(acme, options);
    String url = server.serve(fake);
    Path file = LiveRuns.config(tmp, url, options.cloud() ? "cloud" : "datacenter", "");
    Files.writeString(
        file,
        Files.readString(file)
            + "\nsync:\n  dir: state/snapshot\n  fullEvery: "
            + fullEvery
            + "\n");
    return file;
  }

  private static CommandRun nightly(Instant at, Path config, String... more) {
    List<String> args = new ArrayList<>(List.of("nightly", "--config", config.toString()));
    args.addAll(List.of(more));
    return LiveRuns.run(Clock.fixed(at, ZoneOffset.UTC), args.toArray(String[]::new));
  }

  /** Issues with no links and no sub-tasks, so that changing them touches no other issue. */
  private static List<ObjectNode> loners(String project) {
    return acme.issues().stream()
        .filter(i -> i.path("fields").path("project").path("key").asText().equals(project))
        .filter(i -> i.path("fields").path("issuelinks").isEmpty())
        .filter(i -> i.path("fields").path("subtasks").isEmpty())
        .filter(i -> i.path("fields").path("parent").isMissingNode())
        .toList();
  }

  /** The keys of what changed, with the site after the changes. */
  record Changes(SiteData site, String edited, String created, String deleted, String moved) {}

  /** An issue edited, one created, one deleted, one moved to a project no team owns. */
  static Changes change(Instant when) {
    String stamp = JIRA_TIME.format(when);
    ObjectNode edited = loners("PAY").get(0).deepCopy();
    ((ObjectNode) edited.path("fields")).put("summary", "Edited overnight: ünïcode and | pipes");
    ((ObjectNode) edited.path("fields")).put("updated", stamp);
    ObjectNode created = loners("PAY").get(1).deepCopy();
    created.put("key", "PAY-9001").put("id", "99001");
    ((ObjectNode) created.path("fields")).put("summary", "Created overnight");
    ((ObjectNode) created.path("fields")).put("created", stamp).put("updated", stamp);
    ObjectNode deleted = loners("CHK").get(0);
    ObjectNode moved = loners("DATA").get(0).deepCopy();
    String movedKey = moved.path("key").asText();
    moved.put("key", "OPS-9002");
    ((ObjectNode) moved.path("fields").path("project")).put("key", "OPS");
    ((ObjectNode) moved.path("fields")).put("updated", stamp);
    List<ObjectNode> issues = new ArrayList<>();
    for (ObjectNode i : acme.issues()) {
      String key = i.path("key").asText();
      if (key.equals(edited.path("key").asText())) {
        issues.add(edited);
      } else if (key.equals(movedKey)) {
        issues.add(moved);
      } else if (!key.equals(deleted.path("key").asText())) {
        issues.add(i);
      }
    }
    issues.add(created);
    return new Changes(
        new SiteData(issues, acme.fields(), acme.linkTypes()),
        edited.path("key").asText(),
        "PAY-9001",
        deleted.path("key").asText(),
        movedKey);
  }

  /** The keys on tonight's search pages (not the pages kept from the night before). */
  static Set<String> fetchedTonight(Path snapshot) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(snapshot)) {
      for (Path p :
          files
              .filter(p -> p.getFileName().toString().matches("search-\\d{3}-\\d{4}\\.json"))
              .toList()) {
        JSON.readTree(p.toFile()).path("issues").forEach(i -> keys.add(i.path("key").asText()));
      }
    }
    return keys;
  }

  static Set<String> keysIn(Path snapshot) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(snapshot)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonNode root = JSON.readTree(p.toFile());
        root.path("issues").forEach(i -> keys.add(i.path("key").asText()));
      }
    }
    return keys;
  }

  @ParameterizedTest
  @ValueSource(strings = {"cloud", "datacenter"})
  void theSecondNightAsksOnlyForTheChangesAndEqualsAFreshFullPull(String flavor) throws Exception {
    Path config =
        config(
            flavor.equals("cloud") ? FakeJira.Options.ofCloud() : FakeJira.Options.ofDataCenter(),
            "1d");
    CommandRun first = nightly(NIGHT_1, config);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("nightly: full pull of " + server.baseUrl());
    Path snapshot = tmp.resolve("state/snapshot");
    int firstRequests = fake.totalRequests();

    Changes changes = change(CHANGED);
    fake.setSite(changes.site());
    int before = fake.jqls().size();
    CommandRun second = nightly(NIGHT_2, config);
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out())
        .startsWith("nightly: incremental pull of " + server.baseUrl())
        .contains("(2 issues fetched, ")
        .contains(", 2 removed, swept; ");
    // Only the edited and the created issue came back from the teams' searches.
    assertThat(fetchedTonight(snapshot))
        .containsExactlyInAnyOrder(changes.created(), changes.edited());
    List<String> tonight = fake.jqls().subList(before, fake.jqls().size());
    assertThat(tonight.stream().filter(q -> q.contains("updated >= \"2026/11/20 01:50\"")))
        .hasSize(7);
    assertThat(keysIn(snapshot))
        .contains(changes.edited(), changes.created())
        .doesNotContain(changes.deleted(), changes.moved(), "OPS-9002");

    // A fresh full pull of the changed site gives the same agenda, byte for byte.
    Path fresh = tmp.resolve("fresh/snapshot");
    assertThat(
            LiveRuns.run("sync", "--config", config.toString(), "--out", fresh.toString())
                .exitCode())
        .isZero();
    String asOf = NIGHT_2.toString();
    for (Path source : List.of(snapshot, fresh)) {
      CommandRun agenda =
          LiveRuns.run(
              "agenda",
              "--config",
              config.toString(),
              "--source",
              source.toString(),
              "--as-of",
              asOf,
              "--out",
              tmp.resolve("agenda-" + source.getParent().getFileName()).toString());
      assertThat(agenda.exitCode()).as(agenda.err()).isZero();
    }
    // The pull's time and kind (full or incremental) are in the source line and the header.
    String pulled = "pulled \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC( from [^ ]+)? \\([a-z, ]+\\)";
    for (String file : List.of("agenda.md", "agenda.html", "agenda.json", "graph.dot")) {
      String nightlyAgenda =
          Files.readString(tmp.resolve("agenda-state").resolve(file)).replaceAll(pulled, "");
      String freshAgenda =
          Files.readString(tmp.resolve("agenda-fresh").resolve(file)).replaceAll(pulled, "");
      assertThat(nightlyAgenda).as(file).isEqualTo(freshAgenda);
    }
    // The edited issue is the edited version, read back through the offline source.
    var snapshotRead = new dev.interlock.source.OfflineSource(snapshot).load();
    assertThat(
            snapshotRead
                .requireIssue(dev.interlock.model.IssueKey.parse(changes.edited()))
                .summary())
        .isEqualTo("Edited overnight: ünïcode and | pipes");
  }

  @Test
  void eachNightIsRecordedWithItsPullAndTeams() throws Exception {
    Path config = config(FakeJira.Options.ofCloud(), "7d");
    assertThat(nightly(NIGHT_1, config).exitCode()).isZero();
    fake.setSite(change(CHANGED).site());
    assertThat(nightly(NIGHT_2, config).exitCode()).isZero();
    try (StateStore store = StateStore.open(tmp.resolve("state/interlock.db"))) {
      var runs = store.runs();
      assertThat(runs).hasSize(2);
      assertThat(runs.get(0).pullMode()).isEqualTo("full");
      assertThat(runs.get(1).pullMode()).isEqualTo("incremental");
      // Not a sweep night: sign-in, fields, link types, one search per team and the action-item
      // search, nothing more (the changed issues link to nothing new, their changelogs fit in the
      // search, and the action items are all in the teams' projects).
      assertThat(runs.get(1).requests()).isEqualTo(3 + 7 + 1);
      assertThat(runs.get(1).source()).isEqualTo(server.baseUrl());
      assertThat(store.teams(runs.get(1).id()))
          .extracting(t -> t.outcome())
          .containsOnly("pulled")
          .hasSize(7);
      assertThat(store.items(runs.get(1).id())).isNotEmpty();
      assertThat(store.versionsSeen()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "America/Los_Angeles"})
  void theJqlDateIsInTheAccountsTimeZoneAndSelectsExactlyTheChangedIssues(String zone)
      throws IOException {
    Path config = config(FakeJira.Options.ofCloud().inTimeZone(zone), "7d");
    assertThat(nightly(NIGHT_1, config).exitCode()).isZero();
    // One issue changed an hour after the first night (and eight hours before what a UTC literal
    // would mean in Los Angeles), nothing else.
    ObjectNode edited = loners("IDN").get(0).deepCopy();
    ((ObjectNode) edited.path("fields"))
        .put("updated", JIRA_TIME.format(NIGHT_1.plusSeconds(3600)));
    List<ObjectNode> issues = new ArrayList<>(acme.issues());
    issues.replaceAll(i -> i.path("key").equals(edited.path("key")) ? edited : i);
    fake.setSite(new SiteData(issues, acme.fields(), acme.linkTypes()));
    int before = fake.jqls().size();
    assertThat(nightly(NIGHT_2, config).exitCode()).isZero();
    String literal =
        DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")
            .withZone(java.time.ZoneId.of(zone))
            .format(NIGHT_1.minus(Duration.ofMinutes(10)));
    assertThat(fake.jqls().subList(before, fake.jqls().size()))
        .filteredOn(q -> q.contains("updated >="))
        .hasSize(7)
        .allMatch(q -> q.contains("updated >= \"" + literal + "\""));
    assertThat(fetchedTonight(tmp.resolve("state/snapshot")))
        .containsExactly(edited.path("key").asText());
  }

  /** Every file of {@code dir} with its bytes' digest, by relative path. */
  static java.util.Map<String, String> contents(Path dir) throws IOException {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(p).toString(),
            dev.interlock.state.Digests.sha256(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  @Test
  void aTeamThatFailsOnTheSecondNightLeavesTheSnapshotByteForByte() throws IOException {
    Path config = config(FakeJira.Options.ofCloud(), "7d");
    assertThat(nightly(NIGHT_1, config).exitCode()).isZero();
    Path snapshot = tmp.resolve("state/snapshot");
    var before = contents(snapshot);
    fake.setSite(change(CHANGED).site());
    fake.setOptions(FakeJira.Options.ofCloud().failing("CHK"));
    CommandRun second = nightly(NIGHT_2, config);
    assertThat(second.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(second.out()).contains("incomplete: the previous snapshot was kept");
    assertThat(second.err()).contains("Checkout: pull failed").contains("was kept as it was");
    assertThat(contents(snapshot)).isEqualTo(before);
    assertThat(Files.readString(tmp.resolve("out/agenda.md"))).contains("was kept as it was");
    try (Stream<Path> siblings = Files.list(snapshot.getParent())) {
      // No staging folder and no half-swapped copy is left beside the snapshot.
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("snapshot", "interlock.db", "interlock.db.lock");
    }
  }

  @Test
  void withPublishEnabledEachNightEditsItsCommentsInPlaceAndNeverAddsASecond() throws Exception {
    Path config = config(FakeJira.Options.ofCloud(), "7d");
    Files.writeString(config, Files.readString(config) + "publish: {enabled: true}\n");
    CommandRun first = nightly(NIGHT_1, config);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains(" published created ");
    List<String> firstWrites = fake.writes();
    assertThat(firstWrites).isNotEmpty().allMatch(w -> w.startsWith("POST "));
    // The same night again: nothing changed, nothing is written.
    CommandRun again = nightly(NIGHT_1, config);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(fake.writes()).hasSameSizeAs(firstWrites);
    // The next night: only comments whose content changed are edited; none is added twice.
    CommandRun next = nightly(NIGHT_2, config);
    assertThat(next.exitCode()).as(next.err()).isZero();
    List<String> tonight = fake.writes().subList(firstWrites.size(), fake.writes().size());
    assertThat(tonight).noneMatch(w -> w.startsWith("POST ") && firstWrites.contains(w));
    for (String w : firstWrites) {
      assertThat(fake.comments(w.split(" ")[1])).hasSize(1);
    }
    // A dry run plans and writes the plan, and sends nothing.
    int before = fake.writes().size();
    CommandRun dry = nightly(NIGHT_2.plusSeconds(3600), config, "--dry-run");
    assertThat(dry.out()).contains("publish plan written (--dry-run, nothing sent)");
    assertThat(fake.writes()).hasSize(before);
    // It plans against what the store remembers: nothing to create, everything is known.
    assertThat(JSON.readTree(tmp.resolve("out/publish/plan.json").toFile()).path("create").asInt())
        .isZero();
  }

  @Test
  void aPublishRefusedByMaxWritesEndsTheNightWithThreeAndIsRecorded() throws Exception {
    Path config = config(FakeJira.Options.ofCloud(), "7d");
    Files.writeString(
        config, Files.readString(config) + "publish: {enabled: true, maxWrites: 1}\n");
    CommandRun night = nightly(NIGHT_1, config);
    assertThat(night.exitCode()).isEqualTo(ExitCodes.INVALID_CONFIG);
    assertThat(night.err()).contains("more than publish.maxWrites (1); nothing was written");
    assertThat(fake.writes()).isEmpty();
    assertThat(tmp.resolve("out/agenda.md")).exists();
    try (StateStore store = StateStore.open(tmp.resolve("state/interlock.db"))) {
      assertThat(store.runs()).extracting(r -> r.exitCode()).containsExactly(3);
    }
  }

  @Test
  void aFirstPullWithAFailedTeamIsSavedAndTheAgendaNamesTheTeam() throws IOException {
    Path config = config(FakeJira.Options.ofCloud().failing("CHK"), "7d");
    CommandRun first = nightly(NIGHT_1, config);
    assertThat(first.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    String line =
        "Checkout: not pulled on 2026-11-20 (Jira answered 500 for POST /rest/api/2/search/jql";
    assertThat(first.err()).contains(line);
    assertThat(Files.readString(tmp.resolve("out/agenda.md")))
        .contains(line)
        .contains("its items are missing");
    // Read again later from the saved folder, the agenda still names the team.
    CommandRun again =
        LiveRuns.run(
            "agenda",
            "--config",
            config.toString(),
            "--source",
            tmp.resolve("state/snapshot").toString(),
            "--as-of",
            NIGHT_1.toString(),
            "--out",
            tmp.resolve("again").toString());
    assertThat(again.exitCode()).isZero();
    assertThat(Files.readString(tmp.resolve("again/agenda.md"))).contains(line);
  }

  @Test
  void aServerThatClosesTheConnectionHalfWayLeavesTheSnapshotByteForByte() throws Exception {
    Path config = config(FakeJira.Options.ofCloud(), "7d");
    assertThat(nightly(NIGHT_1, config).exitCode()).isZero();
    Path snapshot = tmp.resolve("state/snapshot");
    var before = contents(snapshot);
    fake.setSite(change(CHANGED).site());
    fake.dropConnections(true);
    CommandRun second = nightly(NIGHT_2, config);
    assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.JIRA_UNREACHABLE);
    assertThat(second.err()).contains("is left as it was");
    assertThat(contents(snapshot)).isEqualTo(before);
    try (StateStore store = StateStore.open(tmp.resolve("state/interlock.db"))) {
      assertThat(store.runs()).extracting(r -> r.exitCode()).containsExactly(0, 4);
    }
  }
}
