package dev.interlock.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes configurations to a test's folder and loads them. */
final class ConfigFiles {
  static final String NAME = "interlock.yaml";

  private ConfigFiles() {}

  static Path write(Path dir, String yaml) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(NAME), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InterlockConfig load(Path dir, String yaml, Map<String, String> env)
      throws ConfigException {
    return ConfigLoader.load(write(dir, yaml), env);
  }

  /**
   * The message of the error loading {@code yaml}, checked to start with the full path of the file
   * and then shortened to start with {@code interlock.yaml}, so tests read like what users see.
   */
  static String loadError(Path dir, String yaml, Map<String, String> env) {
    Path file = write(dir, yaml);
    try {
      ConfigLoader.load(file, env);
    } catch (ConfigException e) {
      String message = e.getMessage();
      if (!message.startsWith(file + ":")) {
        throw new AssertionError("message does not start with the file's path: " + message);
      }
      return NAME + message.substring(file.toString().length());
    }
    throw new AssertionError("expected a ConfigException for:\n" + yaml);
  }

  static String loadError(Path dir, String yaml) {
    return loadError(dir, yaml, Map.of());
  }
}
