package dev.interlock.jira;

/**
 * Where the client reports each request it sends and each retry. Lines never hold a credential: the
 * {@code Authorization} header is redacted before a line is built (see {@link Redaction}).
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RequestLog {
  /** Logs nothing. */
  RequestLog NONE = line -> {};

  void log(String line);
}
