package dev.interlock.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files so that readers see either the old content or the new, never a part. Each new
 * content goes to a hidden temporary file beside its target and is flushed to disk; only when all
 * are written is each renamed over its target in one atomic step. So a full disk replaces nothing,
 * and on any failure the temporary files are removed.
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

  /** Atomically replaces (or creates) each file with its content, in the map's order. */
  static void replaceAll(Map<Path, byte[]> contents) {
    Map<Path, Path> temporaries = new LinkedHashMap<>();
    try {
      contents.forEach((file, content) -> temporaries.put(file, writeTemporary(file, content)));
      temporaries.forEach(AtomicFiles::moveIntoPlace);
    } catch (ReportWriteException e) {
      temporaries.values().forEach(temp -> deleteQuietly(temp, e));
      throw e;
    }
  }

  private static Path writeTemporary(Path file, byte[] content) {
    String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
    Path temp = file.resolveSibling("." + file.getFileName() + "." + random + ".tmp");
    try (FileChannel channel =
        FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
      return temp;
    } catch (IOException e) {
      deleteQuietly(temp, e);
      throw failed(file, "writing the temporary file " + temp.getFileName() + " failed", e);
    }
  }

  private static void moveIntoPlace(Path file, Path temp) {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw failed(file, "moving " + temp.getFileName() + " into place failed", e);
    }
  }

  private static ReportWriteException failed(Path file, String step, IOException e) {
    return new ReportWriteException(file, "cannot write " + file + ": " + step + ": " + why(e), e);
  }

  private static void deleteQuietly(Path temp, Exception failure) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException cleanup) {
      failure.addSuppressed(cleanup);
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
