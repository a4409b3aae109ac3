package dev.interlock.source;

/**
 * A {@link Source} could not deliver a snapshot. The message is written for the user: it names the
 * folder, file or request, where in it, and what to do next.
 */
public final class SourceException extends Exception {

  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
