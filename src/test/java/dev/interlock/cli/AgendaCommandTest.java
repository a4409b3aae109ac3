package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgendaCommandTest {
  private static final Path TINY = Path.of("src/test/resources/dev/interlock/cli/tiny.yaml");

  @TempDir Path tmp;

  @Test
  void theMainJobWritesTheFourFilesAndPrintsTheSummary() {
    CommandRun run =
        CommandRun.of(
            "agenda",
            "--config",
            TINY.toString(),
            "--out",
            tmp.toString(),
            "--as-of",
            "2026-11-16");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .startsWith(
            "Tiny Scrum of Scrums as of 2026-11-16T00:00:00Z from offline snapshot "
                + TINY.toAbsolutePath().getParent().resolve("tiny")
                + "\n"
                + "issues 3, teams 2, dependencies 3 (cross-team 3), cycles 1, agenda items 3\n"
                + "skipped: link from an issue to itself: 1; link of a type that is not configured"
                + " and not inferable (Gates): 1\n")
        .contains("agenda.md", "agenda.html", "agenda.json", "graph.dot");
    assertThat(tmp.resolve("agenda.md")).exists();
    assertThat(tmp.resolve("agenda.html")).exists();
    assertThat(tmp.resolve("agenda.json")).exists();
    assertThat(tmp.resolve("graph.dot")).exists();
    assertThat(run.err()).contains("warning: link type \"Gates\" is not configured");
  }

  @Test
  void theDataLintNamesTheSelfLinkedIssueAndAConfiguredTeamWithNoIssue() throws IOException {
    Path config = tmp.resolve("tiny.yaml");
    Files.writeString(
        config,
        Files.readString(TINY)
            .replace(
                "source: {offline: tiny}",
                "source: {offline: " + TINY.toAbsolutePath().getParent().resolve("tiny") + "}")
            .replace(
                "  - {name: Checkout, projects: [CHK]}\n",
                "  - {name: Checkout, projects: [CHK]}\n  - {name: Search, projects: [SRCH]}\n"));
    CommandRun run =
        CommandRun.of(
            "agenda",
            "--config",
            config.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--as-of",
            "2026-11-16");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err())
        .contains(
            "warning: team \"Search\" is configured but matches no issue in the snapshot; check"
                + " its projects, components, labels or jql.");
    assertThat(Files.readString(tmp.resolve("out/agenda.md")))
        .containsPattern("[A-Z]+-[0-9]+ links to itself; remove the link\\.")
        .doesNotContain("(s)");
  }

  @Test
  void anOutputFolderThatIsAFileEndsWithCodeThreeNamingThePath() throws IOException {
    Path file = Files.writeString(tmp.resolve("out"), "a file where the folder should be");
    CommandRun run =
        CommandRun.of(
            "agenda",
            "--config",
            TINY.toString(),
            "--out",
            file.toString(),
            "--as-of",
            "2026-11-16");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains(
            "cannot create the output folder " + file + ": " + file + " is a file, not a folder")
        .doesNotContain("Exception", "at dev.interlock");
    assertThat(Files.readString(file)).isEqualTo("a file where the folder should be");
  }

  @Test
  void anAsOfBeforeTheFirstIssueOrLongAfterTheLastChangeIsWarnedAbout() {
    CommandRun early =
        CommandRun.of(
            "agenda",
            "--config",
            "config/sample.yaml",
            "--out",
            tmp.resolve("early").toString(),
            "--as-of",
            "2001-01-01");
    assertThat(early.exitCode()).isEqualTo(0);
    assertThat(early.err())
        .containsPattern(
            "warning: the agenda is as of 2001-01-01T00:00:00Z, before the first issue of the"
                + " snapshot was created \\(20[0-9-]+T[0-9:.]+Z\\): nothing existed yet; pass a"
                + " later --as-of\\.");

    CommandRun late =
        CommandRun.of(
            "agenda",
            "--config",
            TINY.toString(),
            "--out",
            tmp.resolve("late").toString(),
            "--as-of",
            "2031-01-01T10:11:12.123456789Z");
    assertThat(late.exitCode()).isEqualTo(0);
    assertThat(late.out()).startsWith("Tiny Scrum of Scrums as of 2031-01-01T10:11:12Z from ");
    assertThat(late.err())
        .contains(
            "warning: the agenda is as of 2031-01-01T10:11:12Z but the newest change in the"
                + " snapshot is ")
        .doesNotContain("before the first issue");
  }

  @Test
  void theSameSnapshotAndAsOfGiveByteIdenticalFiles() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    CommandRun.of(
        "agenda",
        "--config",
        TINY.toString(),
        "--out",
        a.toString(),
        "--as-of",
        "2026-11-16T08:00:00Z");
    CommandRun.of(
        "agenda",
        "--config",
        TINY.toString(),
        "--out",
        b.toString(),
        "--as-of",
        "2026-11-16T08:00:00Z");
    for (String f : List.of("agenda.md", "agenda.html", "agenda.json", "graph.dot")) {
      assertThat(Files.readAllBytes(b.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }

  @Test
  void aCycleAcrossTeamsIsOnTheAgendaNotAnError() throws IOException {
    CommandRun run =
        CommandRun.of(
            "agenda",
            "--config",
            TINY.toString(),
            "--out",
            tmp.toString(),
            "--as-of",
            "2026-11-16");
    assertThat(run.exitCode()).isEqualTo(0);
    String md = Files.readString(tmp.resolve("agenda.md"));
    assertThat(md)
        .contains(
            "- After the meeting: Checkout, Payments — break the cycle CHK-1 → PAY-2: which link is"
                + " wrong, or which part ships first?\n");
    assertThat(md).contains("Währungsumrechnung für Zahlungen — €");
  }

  @Test
  void aBadAsOfIsAUsageErrorThatSaysWhatIsExpected() {
    CommandRun run = CommandRun.of("agenda", "--config", TINY.toString(), "--as-of", "yesterday");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "'yesterday' is not a date (2014-09-01) or an ISO-8601 timestamp (2014-09-01T10:00:00Z)");
  }

  @Test
  void aMissingConfigOptionIsAUsageError() {
    CommandRun run = CommandRun.of("agenda");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--config=FILE'");
  }

  @Test
  void anInvalidConfigurationEndsWithCodeThreeAndNamesFileLineAndKey() throws IOException {
    Path cfg = tmp.resolve("bad.yaml");
    Files.writeString(cfg, "source: {offline: x}\nteams:\n  - {name: Payments, projets: [PAY]}\n");
    CommandRun run = CommandRun.of("agenda", "--config", cfg.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "interlock: "
                + cfg
                + ":3:22: teams[0].projets: unknown key; allowed keys: name,"
                + " projects, components, labels, jql\n");
  }

  @Test
  void aMissingSnapshotFolderEndsWithCodeThreeAndSaysWhatToDo() throws IOException {
    Path cfg = tmp.resolve("c.yaml");
    Files.writeString(
        cfg, "source: {offline: nowhere}\nteams:\n  - {name: Payments, projects: [PAY]}\n");
    CommandRun run = CommandRun.of("agenda", "--config", cfg.toString(), "--as-of", "2026-11-16");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "interlock: snapshot folder not found: "
                + tmp.resolve("nowhere")
                + " (set source.offline in the configuration or pass --source)\n");
  }

  @Test
  void tooLittleHistorySaysInEveryFileThatTheScoresAreNotLearnedWithTheWarningsNumbers()
      throws IOException {
    // By 2026-07-01 only 35 commitments of the sample had fallen due (5 slipped): too few.
    CommandRun run =
        CommandRun.of(
            "agenda",
            "--config",
            "config/sample.yaml",
            "--out",
            tmp.toString(),
            "--as-of",
            "2026-07-01");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err())
        .contains(
            "warning: too little history to learn from as of 2026-07-01T00:00:00Z: 35 known"
                + " outcomes (5 slipped, 30 on time); a model needs 40, with 8 of each.");
    String notLearned =
        "Risk scores are not learned: too little history before 2026-07-01 (35 known outcomes, 5"
            + " slipped; a model needs 40, with 8 slipped and 8 on time). They are the transparent"
            + " first risk score";
    assertThat(Files.readString(tmp.resolve("agenda.md"))).contains(notLearned);
    assertThat(Files.readString(tmp.resolve("agenda.html"))).contains(notLearned);
    assertThat(Files.readString(tmp.resolve("agenda.json")))
        .contains(
            String.join(
                "\n    ",
                "  \"riskBasis\": {",
                "\"learned\": false,",
                "\"dueBefore\": \"2026-07-01\",",
                "\"outcomes\": 35,",
                "\"slipped\": 5,",
                "\"items\": 31,",
                "\"how\": null,"));
  }

  @Test
  void aPastAsOfRebuildsTheSnapshotAsItWasThen() throws Exception {
    Instant then = Instant.parse("2026-09-01T00:00:00Z");
    long existing =
        new dev.interlock.source.OfflineSource(Path.of("sample-data/acme"))
            .load().issues().stream().filter(i -> !i.created().isAfter(then)).count();
    CommandRun run =
        CommandRun.of(
            "agenda",
            "--config",
            "config/sample.yaml",
            "--out",
            tmp.toString(),
            "--as-of",
            "2026-09-01");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(existing).isLessThan(599);
    assertThat(run.out()).contains("issues " + existing + ", teams 7");
    assertThat(run.err())
        .contains(
            "warning: the snapshot has changes after the as-of time 2026-09-01T00:00:00Z (newest"
                + " 2026-11-13T17:47:07.271Z)")
        .contains("issues are rebuilt as they were then from their changelogs.");
  }

  @Test
  void aSnapshotWithoutChangelogsIsSaidOnceAndItsRiskIsNotLearned() throws IOException {
    // The tiny snapshot's issues were fetched without expand=changelog.
    CommandRun run =
        CommandRun.of(
            "agenda",
            "--config",
            TINY.toString(),
            "--out",
            tmp.toString(),
            "--as-of",
            "2026-11-16");
    String warning =
        "warning: the snapshot has no change history (issues were fetched without"
            + " expand=changelog): past states cannot be rebuilt, and risk cannot be learned from"
            + " history.\n";

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err().split(java.util.regex.Pattern.quote(warning), -1)).hasSize(2);
    assertThat(run.err()).doesNotContain("too little history");
    String notLearned =
        "Risk scores are not learned: the snapshot has no change history, so no past outcome can"
            + " be rebuilt. They are the transparent first risk score";
    assertThat(Files.readString(tmp.resolve("agenda.md"))).contains(notLearned);
    assertThat(Files.readString(tmp.resolve("agenda.html"))).contains(notLearned);
    assertThat(Files.readString(tmp.resolve("agenda.json")))
        .contains("\"learned\": false,")
        .contains("\"outcomes\": 0,")
        .contains("\"history\": false\n");
  }

  @Test
  void aFlaggedIssueIsAnImpedimentOnTheAgendaSinceItsHistorySaysAndNotBefore() throws IOException {
    Path snapshot = Files.createDirectories(tmp.resolve("flagged"));
    Path tinyFolder = TINY.toAbsolutePath().getParent().resolve("tiny");
    String flaggedOnNov9 =
        "\"key\":\"CHK-1\",\"changelog\":{\"startAt\":0,\"maxResults\":1,\"total\":1,"
            + "\"histories\":[{\"id\":\"7\",\"created\":\"2026-11-09T10:00:00.000+0000\","
            + "\"items\":[{\"field\":\"Flagged\",\"fieldtype\":\"custom\",\"from\":null,"
            + "\"fromString\":null,\"to\":\"[10019]\",\"toString\":\"Impediment\"}]}]},"
            + "\"fields\":{\"flagged\":true,";
    String json = Files.readString(tinyFolder.resolve("search-0001.json"));
    assertThat(json).contains("\"key\":\"CHK-1\",\"fields\":{");
    Files.writeString(
        snapshot.resolve("search-0001.json"),
        json.replace("\"key\":\"CHK-1\",\"fields\":{", flaggedOnNov9));

    CommandRun now =
        CommandRun.of(
            "agenda",
            "--config",
            TINY.toString(),
            "--source",
            snapshot.toString(),
            "--out",
            tmp.resolve("now").toString(),
            "--as-of",
            "2026-11-16");
    CommandRun before =
        CommandRun.of(
            "agenda",
            "--config",
            TINY.toString(),
            "--source",
            snapshot.toString(),
            "--out",
            tmp.resolve("before").toString(),
            "--as-of",
            "2026-11-05");

    assertThat(now.exitCode()).isEqualTo(0);
    assertThat(now.err())
        .contains(
            "warning: 2 issues of 3 came without a changelog (fetched without expand=changelog):"
                + " their past states cannot be rebuilt; pull them again with `interlock sync`.")
        .doesNotContain("the snapshot has no change history");
    assertThat(Files.readString(tmp.resolve("now/agenda.md")))
        .contains(
            "**1. CHK-1** Checkout: retry 3-D Secure challenge on timeout — Checkout · risk 75%"
                + " · due 2026-11-20\n"
                + "- Why: flagged as impediment since 2026-11-09; blocked by 2 open issues");
    assertThat(before.exitCode()).isEqualTo(0);
    assertThat(Files.readString(tmp.resolve("before/agenda.md")))
        .contains("**1. CHK-1** Checkout")
        .doesNotContain("flagged as impediment");
  }

  @Test
  void aNightlyRunAsOfAPastMomentOfASnapshotWithoutChangelogsStopsTheSameWay() throws Exception {
    // A copy of the tiny configuration whose run lock, state and output stay in the test's folder.
    Path tiny = TINY.resolveSibling("tiny").toAbsolutePath();
    Path config = tmp.resolve("tiny.yaml");
    java.nio.file.Files.writeString(
        config,
        java.nio.file.Files.readString(TINY)
                .replace("{offline: tiny}", "{offline: " + tiny + "}")
                .replace("{dir: out}", "{dir: " + tmp.resolve("out") + "}")
            + "state: {path: "
            + tmp.resolve("state/interlock.db")
            + "}\n");
    CommandRun past =
        CommandRun.of(
            "nightly", "--config", config.toString(), "--dry-run", "--as-of", "2026-11-01");

    assertThat(past.exitCode()).as(past.err()).isEqualTo(3);
    assertThat(past.err())
        .contains(
            "as of 2026-11-01T00:00:00Z: the snapshot has changes up to 2026-11-12T09:00:00Z but no"
                + " change history");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aPastAsOfOnASnapshotWithoutChangelogsStopsWithCodeThreeAndSaysWhy() {
    // The tiny snapshot has no changelogs and changes up to 2026-11-12T09:00:00Z.
    CommandRun past =
        CommandRun.of(
            "agenda",
            "--config",
            TINY.toString(),
            "--out",
            tmp.resolve("past").toString(),
            "--as-of",
            "2026-11-01");

    assertThat(past.exitCode()).isEqualTo(3);
    assertThat(past.err())
        .contains(
            "as of 2026-11-01T00:00:00Z: the snapshot has changes up to 2026-11-12T09:00:00Z but no"
                + " change history")
        .contains("Pass an --as-of at or after 2026-11-12T09:00:00Z");
    assertThat(tmp.resolve("past")).doesNotExist();

    CommandRun current =
        CommandRun.of(
            "agenda",
            "--config",
            TINY.toString(),
            "--out",
            tmp.resolve("now").toString(),
            "--as-of",
            "2026-11-12T09:00:00Z");
    assertThat(current.exitCode()).isEqualTo(0);
  }
}
