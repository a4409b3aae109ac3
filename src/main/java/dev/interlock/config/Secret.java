package dev.interlock.config;

/**
 * A credential as written in the configuration, e.g. {@code ${JIRA_API_TOKEN}}: resolved from the
 * environment only when a live source needs it, never printed. {@link #toString()} is redacted.
 */
public record Secret(String template) {
  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}
