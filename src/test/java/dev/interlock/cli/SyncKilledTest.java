package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.contract.JiraWireMock;
import dev.interlock.fakejira.FakeJira;
import dev.interlock.fakejira.SiteData;
import dev.interlock.testing.JavaProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A {@code sync} killed with SIGKILL in the middle of its pull leaves the snapshot as it was. */
class SyncKilledTest {
  @TempDir Path tmp;
  @RegisterExtension final JiraWireMock server = JiraWireMock.create();

  @Test
  void aPullKilledHalfWayLeavesTheLastGoodSnapshotByteForByte() throws Exception {
    FakeJira fake =
        new FakeJira(SiteData.read(Path.of("sample-data/acme")), FakeJira.Options.ofCloud());
    Path config = LiveRuns.config(tmp, server.serve(fake), "cloud", "  pageSize: 20\n");
    Path snapshot = tmp.resolve("snapshots/acme");
    assertThat(
            LiveRuns.run("sync", "--config", config.toString(), "--out", snapshot.toString())
                .exitCode())
        .isZero();
    var before = NightlyLiveTest.contents(snapshot);

    fake.setOptions(FakeJira.Options.ofCloud().withLatency(250));
    Process child =
        JavaProcess.start(
            tmp,
            LiveRuns.ENV,
            Main.class,
            "sync",
            "--config",
            config.toString(),
            "--out",
            snapshot.toString());
    Path staging = null;
    for (int i = 0; i < 600 && staging == null; i++) {
      Thread.sleep(50);
      staging = stagingWithPages(snapshot.getParent());
    }
    assertThat(staging).as("the child's staging folder with a search page").isNotNull();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);

    assertThat(NightlyLiveTest.contents(snapshot)).isEqualTo(before);
    assertThat(staging).exists();

    // The next pull clears what the killed one left and replaces the snapshot as a whole.
    fake.setOptions(FakeJira.Options.ofCloud());
    CommandRun again =
        LiveRuns.run("sync", "--config", config.toString(), "--out", snapshot.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    try (Stream<Path> siblings = Files.list(snapshot.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("acme");
    }
    assertThat(NightlyLiveTest.contents(snapshot).keySet()).isEqualTo(before.keySet());
  }

  private static Path stagingWithPages(Path parent) throws Exception {
    try (Stream<Path> entries = Files.list(parent)) {
      for (Path p :
          entries.filter(p -> p.getFileName().toString().startsWith(".acme.pulling-")).toList()) {
        try (Stream<Path> files = Files.list(p)) {
          if (files.anyMatch(f -> f.getFileName().toString().startsWith("search-001-0002"))) {
            return p;
          }
        }
      }
    }
    return null;
  }
}
