package dev.interlock.cli;

import dev.interlock.state.RunLock;
import dev.interlock.state.StateException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The state database and the run lock beside it, as the commands that write them use them. */
final class StateFiles {
  private StateFiles() {}

  /** Takes the lock or ends with exit code 6 naming who holds it. */
  static RunLock take(Path database, Instant now) {
    try {
      Optional<RunLock> lock = RunLock.tryTake(database, now);
      if (lock.isEmpty()) {
        throw new UserError(
            ExitCodes.LOCKED,
            "another Interlock run holds the lock "
                + RunLock.fileFor(database)
                + " ("
                + RunLock.holder(database)
                + "); nothing was done. Let it finish; a run that was killed holds no lock.",
            null);
      }
      return lock.get();
    } catch (StateException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }

  /** The state database at {@code database} when it exists (see {@link #open}); else null. */
  static dev.interlock.state.@org.jspecify.annotations.Nullable StateStore openExisting(
      Path database) {
    return java.nio.file.Files.exists(database) ? open(database) : null;
  }

  /** Opens (creating) the state database; one that cannot be used ends with exit code 3. */
  static dev.interlock.state.StateStore open(Path database) {
    try {
      return dev.interlock.state.StateStore.open(database);
    } catch (StateException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }
}
