package dev.interlock.config;

/**
 * The configuration cannot be used. The message is for the user: it names the file, the line and
 * column, the key and what to do, e.g. {@code "interlock.yaml:7:7: teams[1].projects: missing"}. It
 * never contains a secret. The command line maps it to exit code 3.
 */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
