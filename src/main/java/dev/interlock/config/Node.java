package dev.interlock.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One value of the YAML file with where it was written and its key path ({@code teams[1].name}), so
 * that every check after parsing can still name the line. Values are raw: {@code ${VAR}} is
 * expanded later, by {@link Values}.
 */
sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

  Where where();

  /** The key path, e.g. {@code linkTypes.Blocks}; empty for the top level. */
  String path();

  /** How an error message names this value after "got". */
  String describe();

  /** The key path of {@code key} inside the mapping at {@code parent}. */
  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  default ConfigException error(String what) {
    return where().error(path(), what);
  }

  default Mapping asMapping() throws ConfigException {
    if (this instanceof Mapping mapping) {
      return mapping;
    }
    throw error("expected key: value pairs, got " + describe());
  }

  default Sequence asSequence() throws ConfigException {
    if (this instanceof Sequence sequence) {
      return sequence;
    }
    throw error("expected a list (lines starting with \"- \", or [a, b]), got " + describe());
  }

  default Scalar asScalar() throws ConfigException {
    if (this instanceof Scalar scalar) {
      return scalar;
    }
    throw error("expected a single value, got " + describe());
  }

  /** Key-value pairs in file order; {@code keys} holds where each key was written. */
  record Mapping(Where where, String path, Map<String, Node> values, Map<String, Where> keys)
      implements Node {

    public Mapping {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    @Override
    public String describe() {
      return "key: value pairs";
    }

    String childPath(String key) {
      return Node.child(path, key);
    }

    /** Where {@code key} was written, or where this mapping starts when it is absent. */
    Where whereOf(String key) {
      return keys.getOrDefault(key, where);
    }

    /** Fails on the first key, in file order, that is not in {@code allowed}. */
    void allowOnly(List<String> allowed) throws ConfigException {
      for (String key : keys.keySet()) {
        if (!allowed.contains(key)) {
          throw keys.get(key)
              .error(childPath(key), "unknown key; allowed keys: " + String.join(", ", allowed));
        }
      }
    }

    /** The value of {@code key}; empty when the key is absent or has no value ({@code key:}). */
    Optional<Node> find(String key) {
      Node value = values.get(key);
      boolean isNull = value instanceof Scalar scalar && scalar.text() == null;
      return isNull ? Optional.empty() : Optional.ofNullable(value);
    }

    /** The value of {@code key}, or an error {@code "<path>: missing; <hint>"}. */
    Node require(String key, String hint) throws ConfigException {
      Optional<Node> value = find(key);
      if (value.isEmpty()) {
        throw whereOf(key).error(childPath(key), "missing; " + hint);
      }
      return value.get();
    }

    /** The mapping under {@code key}, or an empty one standing where the key would be. */
    Mapping mappingOrEmpty(String key) throws ConfigException {
      Optional<Node> value = find(key);
      if (value.isPresent()) {
        return value.get().asMapping();
      }
      return new Mapping(whereOf(key), childPath(key), Map.of(), Map.of());
    }
  }

  /** A list in file order. */
  record Sequence(Where where, String path, List<Node> items) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A single value as written (numbers and booleans too); {@code text} is null for no value. */
  record Scalar(Where where, String path, @Nullable String text) implements Node {
    @Override
    public String describe() {
      return text == null ? "nothing" : "\"" + text + "\"";
    }
  }
}
