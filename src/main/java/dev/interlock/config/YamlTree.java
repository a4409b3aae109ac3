package dev.interlock.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML file into {@link Node}s that remember their line, column and key path. Rejects what
 * YAML itself allows but a configuration must not: the same key twice in one mapping.
 */
final class YamlTree {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final String SYNTAX_HINT =
      "; check the indentation (spaces, not tabs), colons and quotes here and on the line before";

  private final JsonParser parser;
  private final String file;

  private YamlTree(JsonParser parser, String file) {
    this.parser = parser;
    this.file = file;
  }

  /** The top-level node of {@code path}; {@code file} is how messages name the file. */
  static Node read(Path path, String file) throws ConfigException {
    String text = readText(path, file);
    try (JsonParser parser = YAML.createParser(text)) {
      if (parser.nextToken() == null) {
        throw new Where(file, 1, 1)
            .error("", "the file is empty; start from config/interlock.example.yaml");
      }
      return new YamlTree(parser, file).node("");
    } catch (StreamReadException e) {
      throw syntaxError(e, file);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the configuration file: " + e.getMessage());
    }
  }

  private static String readText(Path path, String file) throws ConfigException {
    if (Files.isDirectory(path)) {
      throw new ConfigException(file + ": is a directory; give the path of the YAML file itself");
    }
    try {
      return Files.readString(path);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such configuration file; check the path");
    } catch (AccessDeniedException e) {
      throw new ConfigException(
          file + ": cannot read the configuration file: permission denied; check its permissions");
    } catch (CharacterCodingException e) {
      throw new ConfigException(file + ": is not UTF-8 text; save the configuration as UTF-8");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the configuration file: " + e);
    }
  }

  private static ConfigException syntaxError(StreamReadException e, String file) {
    // SnakeYAML's problem mark is exact; Jackson's own location sometimes trails behind it.
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      Mark mark = yaml.getProblemMark();
      String problem = yaml.getProblem().replace('\n', ' ');
      return new Where(file, mark.getLine() + 1, mark.getColumn() + 1)
          .error("", "invalid YAML: " + problem + SYNTAX_HINT);
    }
    JsonLocation at = e.getLocation();
    return new Where(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1))
        .error("", "invalid YAML: " + e.getOriginalMessage().replace('\n', ' ') + SYNTAX_HINT);
  }

  private Node node(String path) throws IOException, ConfigException {
    Where where = here();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return mapping(where, path);
    }
    if (token == JsonToken.START_ARRAY) {
      return sequence(where, path);
    }
    String text = token == JsonToken.VALUE_NULL ? null : parser.getText();
    return new Node.Scalar(where, path, text);
  }

  private Node.Mapping mapping(Where where, String path) throws IOException, ConfigException {
    Map<String, Node> values = new LinkedHashMap<>();
    Map<String, Where> keys = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String keyPath = Node.child(path, key);
      Where at = here();
      if (keys.containsKey(key)) {
        int first = keys.get(key).line();
        throw at.error(keyPath, "duplicate key, already set on line " + first + "; keep one");
      }
      keys.put(key, at);
      parser.nextToken();
      values.put(key, node(keyPath));
    }
    return new Node.Mapping(where, path, values, keys);
  }

  private Node.Sequence sequence(Where where, String path) throws IOException, ConfigException {
    List<Node> items = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t == null) {
        throw here().error(path, "the list is not closed; add the missing ]");
      }
      items.add(node(path + "[" + items.size() + "]"));
    }
    return new Node.Sequence(where, path, items);
  }

  private Where here() {
    JsonLocation at = parser.currentTokenLocation();
    return new Where(file, at.getLineNr(), at.getColumnNr());
  }
}
