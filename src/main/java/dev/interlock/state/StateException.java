package dev.interlock.state;

/** The state database cannot be used; the message names the file and says what to do. */
public final class StateException extends Exception {
  private static final long serialVersionUID = 1L;

  public StateException(String message, Throwable cause) {
    super(message, cause);
  }

  public StateException(String message) {
    super(message);
  }
}
