package dev.interlock.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.interlock.jira.IssueDto;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the issues of one {@code *.json} file: a search response ({@code {"issues":[…]}}), a single
 * issue (it has {@code key} and {@code fields}) or an array of issues. The file is streamed twice:
 * once to learn its shape, once to read the issues one by one, so a large search page is never held
 * as a tree.
 */
final class JsonIssueFile {
  private enum Shape {
    SEARCH,
    ISSUE,
    ARRAY
  }

  private static final String ISSUES = "issues";

  private final ObjectReader issueReader;
  private final JsonFactory factory;

  /** {@code issueReader} reads {@link IssueDto}s. */
  JsonIssueFile(ObjectReader issueReader) {
    this.issueReader = issueReader;
    this.factory = issueReader.getFactory();
  }

  /** Passes every issue of {@code file} to {@code sink}, in file order. */
  void read(Path file, Consumer<IssueDto> sink) throws SourceException {
    String name = file.getFileName().toString();
    try {
      Shape shape = shapeOf(file, name);
      try (JsonParser p = factory.createParser(file.toFile())) {
        p.nextToken();
        if (shape == Shape.ISSUE) {
          sink.accept(issueReader.readValue(p, IssueDto.class));
          return;
        }
        if (shape == Shape.SEARCH) {
          moveIntoIssues(p);
        }
        readArray(p, name, sink);
      }
    } catch (IOException e) {
      throw ReadFailures.inFile(name, e);
    }
  }

  private Shape shapeOf(Path file, String name) throws IOException, SourceException {
    try (JsonParser p = factory.createParser(file.toFile())) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        p.skipChildren();
        expectEnd(p);
        return Shape.ARRAY;
      }
      if (first != JsonToken.START_OBJECT) {
        throw ReadFailures.notIssues(name, "top-level value: " + describe(first));
      }
      List<String> keys = new ArrayList<>();
      boolean issues = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        keys.add(key);
        issues |= p.nextToken() == JsonToken.START_ARRAY && ISSUES.equals(key);
        p.skipChildren();
      }
      expectEnd(p);
      return shapeOf(name, keys, issues);
    }
  }

  private static Shape shapeOf(String name, List<String> keys, boolean issues)
      throws SourceException {
    if (issues) {
      return Shape.SEARCH;
    }
    if (keys.contains("key") && keys.contains("fields")) {
      return Shape.ISSUE;
    }
    String found = keys.isEmpty() ? "none" : String.join(", ", keys);
    throw ReadFailures.notIssues(name, "top-level keys: " + found);
  }

  private static void expectEnd(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw new JsonParseException(p, "more than one top-level value");
    }
  }

  private static void moveIntoIssues(JsonParser p) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      if (p.nextToken() == JsonToken.START_ARRAY && ISSUES.equals(key)) {
        return;
      }
      p.skipChildren();
    }
  }

  private void readArray(JsonParser p, String name, Consumer<IssueDto> sink)
      throws IOException, SourceException {
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
      if (t != JsonToken.START_OBJECT) {
        throw ReadFailures.notIssues(name, "issue " + index + " is " + describe(t));
      }
      sink.accept(issueReader.readValue(p, IssueDto.class));
    }
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "none (empty file)";
    }
    return switch (token) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case START_ARRAY -> "an array";
      default -> token.asString();
    };
  }
}
