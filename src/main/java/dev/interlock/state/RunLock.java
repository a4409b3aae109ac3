package dev.interlock.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One Interlock run at a time per state database: an exclusive operating-system lock on {@code
 * interlock.db.lock} beside it. The operating system releases the lock when the process ends, so a
 * run killed with SIGKILL leaves no lock behind; the file itself stays and only says who held it
 * last ({@code "pid 4242 since 2026-11-16T02:00:00Z"}).
 */
public final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file for the database {@code database}. */
  public static Path fileFor(Path database) {
    return database.resolveSibling(database.getFileName() + ".lock");
  }

  /**
   * Takes the lock, or returns empty at once when another run holds it ({@link #holder} says who).
   *
   * @throws StateException when the lock file cannot be created or opened
   */
  public static Optional<RunLock> tryTake(Path database, Instant now) throws StateException {
    Path file = fileFor(database.toAbsolutePath().normalize());
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      byte[] who =
          ("pid " + ProcessHandle.current().pid() + " since " + now + "\n")
              .getBytes(StandardCharsets.UTF_8);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(who), 0);
      channel.force(true);
      return Optional.of(new RunLock(channel, lock));
    } catch (IOException e) {
      closeQuietly(channel, e);
      throw new StateException(
          file
              + ": cannot take the run lock ("
              + e.getMessage()
              + "); check the folder's"
              + " permissions",
          e);
    }
  }

  /** What the lock file says of the run holding it, e.g. {@code "pid 4242 since 2026-…Z"}. */
  public static String holder(Path database) {
    try {
      String text =
          Files.readString(fileFor(database.toAbsolutePath().normalize()), StandardCharsets.UTF_8)
              .strip();
      return text.isEmpty() ? "an unknown process" : text;
    } catch (IOException e) {
      return "an unknown process";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }

  private static void closeQuietly(FileChannel channel, IOException cause) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException suppressed) {
      cause.addSuppressed(suppressed);
    }
  }
}
