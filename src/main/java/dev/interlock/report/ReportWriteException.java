package dev.interlock.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writing the agenda failed. The message names the file or folder and what failed; {@link #path()}
 * is that file or folder. No file is ever left half-written: each one holds either its previous
 * content or the new one.
 */
public final class ReportWriteException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;

  ReportWriteException(Path path, String message, IOException cause) {
    super(message, cause);
    this.path = path;
  }

  /** The file or folder that could not be written. */
  public Path path() {
    return path;
  }
}
