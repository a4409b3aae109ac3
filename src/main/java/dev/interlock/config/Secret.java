package dev.interlock.config;

import java.util.Map;

/**
 * A credential as written in the configuration, e.g. {@code ${JIRA_API_TOKEN}}: resolved from the
 * environment only when a live source needs it, never printed. {@link #toString()} is redacted, and
 * no message names the resolved value.
 */
public record Secret(String template) {

  public Secret {
    if (template.isBlank()) {
      throw new IllegalArgumentException("secret template is blank");
    }
  }

  /**
   * The credential: the template with {@code ${VAR}} and {@code ${VAR:-default}} expanded from
   * {@code env}. Throws when a variable is unset or the credential comes out empty; the message
   * names the variable, never a value.
   */
  public String resolve(Map<String, String> env) throws ConfigException {
    String value =
        Interpolation.expand(
            template,
            env,
            variable ->
                new ConfigException(
                    "environment variable "
                        + variable
                        + " is not set; export it before a live run, or set source.offline to"
                        + " run without Jira"));
    if (value.isBlank()) {
      throw new ConfigException(
          "the credential " + template + " is empty; export a value before a live run");
    }
    return value;
  }

  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}
