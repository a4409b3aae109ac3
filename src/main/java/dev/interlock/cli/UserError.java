package dev.interlock.cli;

/**
 * A failure the user can fix, with the exit code to end on. The message says what is wrong and what
 * to do; it is printed without a stack trace unless {@code --verbose}.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  UserError(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
