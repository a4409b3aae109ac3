package dev.interlock.source;

import dev.interlock.model.Snapshot;

/**
 * Where a {@link Snapshot} comes from: a folder of saved Jira responses ({@link OfflineSource}) or
 * Jira itself ({@link LiveSource}). There is no default: the command line chooses from the
 * configuration.
 */
@FunctionalInterface
public interface Source {

  /**
   * Reads everything at once. Either the whole snapshot is returned or nothing is.
   *
   * @throws SourceException with a message for the user, saying what failed and what to do
   */
  Snapshot load() throws SourceException;
}
