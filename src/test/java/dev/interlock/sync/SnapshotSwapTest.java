package dev.interlock.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotSwapTest {
  @TempDir Path dir;

  private Path snapshot(String content) throws Exception {
    Path target = dir.resolve("snapshot");
    Files.createDirectories(target);
    Files.writeString(target.resolve("search-001-0001.json"), content);
    return target;
  }

  private String[] entries() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void aCommitReplacesTheWholeFolderAndLeavesNothingBeside() throws Exception {
    Path target = snapshot("old");
    Files.writeString(target.resolve("search-002-0001.json"), "only in the old one");
    Path staging = SnapshotSwap.stage(target);
    Files.writeString(staging.resolve("search-001-0001.json"), "new");
    assertThat(SnapshotSwap.readable(target)).isEqualTo(target);
    SnapshotSwap.commit(staging, target);
    assertThat(Files.readString(target.resolve("search-001-0001.json"))).isEqualTo("new");
    assertThat(target.resolve("search-002-0001.json")).doesNotExist();
    assertThat(entries()).containsExactly("snapshot");
  }

  @Test
  void aCrashBetweenTheTwoRenamesIsReadFromTheOldCopyAndRecoveredByTheNextPull() throws Exception {
    Path target = snapshot("last good");
    // What a process killed after the first rename of a commit leaves.
    Files.move(target, SnapshotSwap.previous(target));
    Files.createDirectory(dir.resolve(".snapshot.pulling-999999999"));
    assertThat(SnapshotSwap.readable(target)).isEqualTo(SnapshotSwap.previous(target));
    assertThat(Files.readString(SnapshotSwap.readable(target).resolve("search-001-0001.json")))
        .isEqualTo("last good");

    Path staging = SnapshotSwap.stage(target);
    assertThat(Files.readString(target.resolve("search-001-0001.json"))).isEqualTo("last good");
    // The dead process's staging folder is gone; this process's own is the only one.
    assertThat(entries()).containsExactly(staging.getFileName().toString(), "snapshot");
    SnapshotSwap.discard(staging);
    assertThat(entries()).containsExactly("snapshot");
  }

  @Test
  void theStagingFolderOfALiveProcessIsLeftAlone() throws Exception {
    Path target = snapshot("x");
    long parent = ProcessHandle.current().parent().orElseThrow().pid();
    Path other = Files.createDirectory(dir.resolve(".snapshot.pulling-" + parent));
    Path staging = SnapshotSwap.stage(target);
    assertThat(other).exists();
    SnapshotSwap.discard(staging);
  }
}
