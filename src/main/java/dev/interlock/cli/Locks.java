package dev.interlock.cli;

import dev.interlock.state.RunLock;
import dev.interlock.state.StateException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The run lock beside the state database, as the commands that write take it. */
final class Locks {
  private Locks() {}

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
}
