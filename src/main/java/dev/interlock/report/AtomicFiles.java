package dev.interlock.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Replaces a set of files so that readers see either the whole old set or the whole new one, never
 * a mix and never a part of a file. The new files are written into a hidden staging folder beside
 * the output folder and flushed to disk; the files they replace are kept there too (as hard links,
 * or copies where the file system has none). Only then is each new file renamed over its target in
 * one atomic step; if one of those renames fails, the files already replaced get their previous
 * content back and the new ones that had no predecessor are removed. A file name may name a
 * subfolder ({@code groups/group-1-web/agenda.md}); missing subfolders are created before the first
 * rename. Other files in the output folder are never touched, and the staging folder is removed in
 * every case.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Creates {@code dir} and its missing parents. */
  static void createFolder(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ReportWriteException(
          dir, "cannot create the output folder " + dir + ": " + whyNoFolder(dir, e), e);
    }
  }

  /**
   * Atomically replaces (or creates) each file of {@code dir} with its content, as one set.
   *
   * @param contents file name (a relative path inside {@code dir}, {@code /} between folders) to
   *     content, in the order they are moved in
   */
  static void replaceAll(Path dir, Map<String, byte[]> contents) {
    contents.keySet().forEach(AtomicFiles::requireInside);
    Path stage = createStage(dir);
    try {
      Map<String, Path> staged = new LinkedHashMap<>();
      contents.forEach((name, content) -> staged.put(name, writeStaged(stage, dir, name, content)));
      Path previous = createFolderIn(stage, "previous", dir);
      Map<String, Path> kept = new LinkedHashMap<>();
      for (String name : contents.keySet()) {
        Path target = dir.resolve(name);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
          kept.put(name, keep(target, previous.resolve(name)));
        }
      }
      contents.keySet().forEach(name -> createParent(dir.resolve(name), dir));
      List<String> moved = new ArrayList<>();
      try {
        for (Map.Entry<String, Path> e : staged.entrySet()) {
          moveIntoPlace(dir.resolve(e.getKey()), e.getValue());
          moved.add(e.getKey());
        }
      } catch (ReportWriteException e) {
        restore(dir, moved, kept, e);
        throw e;
      }
    } finally {
      deleteTree(stage);
    }
  }

  private static Path createStage(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
    Path name = absolute.getFileName();
    Path stage =
        absolute.resolveSibling("." + (name == null ? "out" : name) + ".interlock-" + random);
    try {
      return Files.createDirectory(stage);
    } catch (IOException e) {
      throw new ReportWriteException(
          dir,
          "cannot write the outputs into "
              + dir
              + ": the staging folder "
              + stage
              + " beside it cannot be created: "
              + why(e)
              + "; the folder that holds "
              + dir
              + " must be writable",
          e);
    }
  }

  private static Path createFolderIn(Path stage, String name, Path dir) {
    try {
      return Files.createDirectory(stage.resolve(name));
    } catch (IOException e) {
      throw new ReportWriteException(
          dir, "cannot write the outputs into " + dir + ": " + why(e), e);
    }
  }

  private static void requireInside(String name) {
    Path path = Path.of(name);
    if (name.isEmpty()
        || path.isAbsolute()
        || !path.normalize().equals(path)
        || name.startsWith("..")) {
      throw new IllegalArgumentException("not a plain relative file name: " + name);
    }
  }

  private static void createParent(Path file, Path dir) {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw failed(file, "creating its folder inside " + dir + " failed", e);
    }
  }

  private static Path writeStaged(Path stage, Path dir, String name, byte[] content) {
    Path temp = stage.resolve("new").resolve(name);
    createParent(temp, dir);
    try (FileChannel channel =
        FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
      return temp;
    } catch (IOException e) {
      throw failed(dir.resolve(name), "writing it into the staging folder " + stage + " failed", e);
    }
  }

  private static Path keep(Path target, Path copy) {
    try {
      Files.createDirectories(copy.getParent());
      try {
        Files.createLink(copy, target);
      } catch (UnsupportedOperationException | IOException noLink) {
        Files.copy(target, copy, StandardCopyOption.COPY_ATTRIBUTES);
      }
      return copy;
    } catch (IOException e) {
      throw failed(target, "keeping its previous content in case of failure failed", e);
    }
  }

  private static void restore(
      Path dir, List<String> moved, Map<String, Path> kept, ReportWriteException failure) {
    for (String name : moved) {
      Path target = dir.resolve(name);
      try {
        Path old = kept.get(name);
        if (old != null) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
          Files.deleteIfExists(target);
        }
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private static void moveIntoPlace(Path file, Path temp) {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw failed(file, "moving the new " + file.getFileName() + " into place failed", e);
    }
  }

  private static ReportWriteException failed(Path file, String step, IOException e) {
    return new ReportWriteException(file, "cannot write " + file + ": " + step + ": " + why(e), e);
  }

  private static void deleteTree(Path stage) {
    try (Stream<Path> walk = Files.walk(stage)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new ReportWriteException(
          stage,
          "the outputs are written, but the staging folder "
              + stage
              + " could not be removed: "
              + why(e)
              + "; delete it by hand",
          e);
    }
  }

  private static String whyNoFolder(Path dir, IOException e) {
    for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        return p + " is a file, not a folder";
      }
    }
    return why(e);
  }

  /** The cause in words: the operating system's reason and the path it concerns. */
  private static String why(IOException e) {
    if (e instanceof AccessDeniedException denied) {
      return "permission denied on " + denied.getFile();
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + " (" + fs.getFile() + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
