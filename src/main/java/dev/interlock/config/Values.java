package dev.interlock.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns scalar {@link Node}s into values: expands {@code ${VAR}} from the environment, parses
 * numbers, and resolves relative paths against the directory of the configuration file.
 */
final class Values {
  private final Map<String, String> env;
  private final Path baseDir;

  Values(Map<String, String> env, Path baseDir) {
    this.env = Map.copyOf(env);
    this.baseDir = baseDir;
  }

  /** The expanded, stripped text of a required value; empty text is an error. */
  String text(Node node) throws ConfigException {
    String text = expand(node.asScalar());
    if (text.isBlank()) {
      throw node.error("empty value; write a value or remove the key");
    }
    return text.strip();
  }

  /** The expanded text of an optional value; a value that expands to blank counts as unset. */
  Optional<String> optionalText(Optional<Node> node) throws ConfigException {
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String text = expand(node.get().asScalar());
    return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }

  int wholeNumber(Node node) throws ConfigException {
    String text = text(node);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw node.error("expected a whole number, got \"" + text + "\"");
    }
  }

  /** An optional path, resolved against the directory of the configuration file. */
  Optional<Path> optionalPath(Optional<Node> node) throws ConfigException {
    Optional<String> text = optionalText(node);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(resolve(text.get()));
    } catch (InvalidPathException e) {
      throw node.get().error("not a valid path: \"" + text.get() + "\"; " + e.getReason());
    }
  }

  /** {@code path} resolved against the directory of the configuration file. */
  Path resolve(String path) {
    return baseDir.resolve(path).normalize();
  }

  /** The expanded items of an optional list; each item must be a non-empty single value. */
  List<String> texts(Optional<Node> node) throws ConfigException {
    List<String> texts = new ArrayList<>();
    if (node.isPresent()) {
      for (Node item : node.get().asSequence().items()) {
        texts.add(text(item));
      }
    }
    return List.copyOf(texts);
  }

  /** The text with {@code ${VAR}} expanded; empty for no value. */
  private String expand(Node.Scalar scalar) throws ConfigException {
    String raw = scalar.text();
    if (raw == null) {
      return "";
    }
    return Interpolation.expand(
        raw,
        env,
        variable ->
            scalar.error(
                "environment variable " + variable + " is not set; export it or write the value"));
  }
}
