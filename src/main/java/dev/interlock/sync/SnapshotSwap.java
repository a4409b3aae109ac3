package dev.interlock.sync;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces a snapshot folder only when its successor is complete. A pull writes into a new hidden
 * sibling ({@code .NAME.pulling-PID}); {@link #commit} renames the old folder to {@code
 * .NAME.previous} and the new one into place, both atomic renames in the same parent, then removes
 * the old. Until the second rename the old snapshot is whole; a process killed between the two
 * renames leaves it whole under {@code .NAME.previous}, where {@link #recover} (run before every
 * pull) and {@link #readable} (used by every read) find it. A pull that fails or is killed leaves a
 * staging folder that the next pull removes.
 */
public final class SnapshotSwap {
  private SnapshotSwap() {}

  /** A new, empty staging folder beside {@code target}; stale ones of dead processes go first. */
  public static Path stage(Path target) throws IOException {
    Path parent = parent(target);
    Files.createDirectories(parent);
    recover(target);
    removeStale(target);
    Path staging = parent.resolve(prefix(target) + ProcessHandle.current().pid());
    deleteTree(staging);
    Files.createDirectory(staging);
    return staging;
  }

  /** Puts {@code staging} in place of {@code target}; the old snapshot is removed afterwards. */
  public static void commit(Path staging, Path target) throws IOException {
    Path previous = previous(target);
    deleteTree(previous);
    if (Files.exists(target)) {
      move(target, previous);
    }
    move(staging, target);
    deleteTree(previous);
  }

  /** Removes a staging folder of a pull that failed. */
  public static void discard(Path staging) throws IOException {
    deleteTree(staging);
  }

  /** After a crash between the two renames of a commit, puts the old snapshot back in place. */
  public static void recover(Path target) throws IOException {
    Path previous = previous(target);
    if (!Files.exists(target) && Files.isDirectory(previous)) {
      move(previous, target);
    }
  }

  /**
   * The folder to read for {@code target}: itself, or the whole old snapshot that a crash in the
   * middle of a commit left under {@code .NAME.previous}.
   */
  public static Path readable(Path target) {
    Path previous = previous(target);
    return !Files.exists(target) && Files.isDirectory(previous) ? previous : target;
  }

  static Path previous(Path target) {
    return parent(target).resolve("." + name(target) + ".previous");
  }

  private static String prefix(Path target) {
    return "." + name(target) + ".pulling-";
  }

  private static void removeStale(Path target) throws IOException {
    String prefix = prefix(target);
    List<Path> stale;
    try (Stream<Path> entries = Files.list(parent(target))) {
      stale =
          entries
              .filter(p -> p.getFileName().toString().startsWith(prefix))
              .filter(p -> !alive(p.getFileName().toString().substring(prefix.length())))
              .toList();
    }
    for (Path p : stale) {
      deleteTree(p);
    }
  }

  private static boolean alive(String pid) {
    try {
      long id = Long.parseLong(pid);
      return id != ProcessHandle.current().pid()
          && ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "cannot rename " + from + " to " + to + " in one step on this file system", e);
    }
  }

  private static Path parent(Path target) {
    Path parent = target.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      throw new IllegalArgumentException("a snapshot folder needs a parent folder: " + target);
    }
    return parent;
  }

  private static String name(Path target) {
    return target.toAbsolutePath().normalize().getFileName().toString();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
