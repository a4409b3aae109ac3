package dev.interlock.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what went wrong while reading a snapshot file into a {@link SourceException} whose message
 * names the file and the position: {@code "search-0002.json: malformed JSON at line 3, column 17:
 * …"}, or for one line of a JSON-lines file {@code "issues.jsonl.gz line 42: malformed JSON at
 * column 9: …"}.
 */
final class ReadFailures {
  private ReadFailures() {}

  /** A failure anywhere in the JSON file {@code file}. */
  static SourceException inFile(String file, IOException e) {
    if (!(e instanceof JsonProcessingException failure)) {
      return new SourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
    JsonProcessingException json = syntaxErrorIn(failure);
    JsonLocation at = json.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new SourceException(
        file + ": " + what(json) + where + path(json) + ": " + reason(json), json);
  }

  /** A failure in line {@code line} of the JSON-lines file {@code file}. */
  static SourceException inLine(String file, long line, JsonProcessingException failure) {
    JsonProcessingException json = syntaxErrorIn(failure);
    JsonLocation at = json.getLocation();
    String where = at == null ? "" : " at column " + at.getColumnNr();
    return new SourceException(
        file + " line " + line + ": " + what(json) + where + path(json) + ": " + reason(json),
        json);
  }

  /** A JSON file that holds something else than issues. */
  static SourceException notIssues(String file, String found) {
    return new SourceException(
        file + ": not a Jira search response, issue or issue array (" + found + ")");
  }

  // A syntax error met while binding arrives wrapped in a mapping error: report the syntax error.
  private static JsonProcessingException syntaxErrorIn(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonParseException parse) {
        return parse;
      }
    }
    return e;
  }

  private static String what(JsonProcessingException e) {
    return e instanceof JsonParseException ? "malformed JSON" : "unreadable value";
  }

  // "fields.created" or "issuelinks[2].type": where in the issue a value could not be read.
  private static String path(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return "";
    }
    String path =
        mapping.getPath().stream()
            .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining());
    return " (" + (path.startsWith(".") ? path.substring(1) : path) + ")";
  }

  // The reason in the file's terms: what kind of value was expected and what was found. Jackson's
  // own words name our Java classes, which mean nothing to the person who has to fix the file.
  private static String reason(JsonProcessingException e) {
    String reason = e.getOriginalMessage();
    reason = cut(cut(reason == null ? "" : reason, "\n"), " (start marker");
    if (!reason.isEmpty() && !JAVA_NAME.matcher(reason).find()) {
      return reason;
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String found =
          e instanceof InvalidFormatException format
              ? "the value " + quote(format.getValue())
              : found(reason);
      return "expected "
          + kind(mismatch.getTargetType())
          + (found == null ? "" : ", found " + found);
    }
    return "a value of the wrong kind for this field";
  }

  private static final Pattern JAVA_NAME =
      Pattern.compile("`[\\w.$<>, ]+`|dev\\.interlock|java\\.");
  private static final Pattern FOUND =
      Pattern.compile(
          "from (Object|Array|String|Integer|Floating-point|Boolean|Null) value(?: \\('(.*)'\\))?");

  private static String found(String message) {
    Matcher m = FOUND.matcher(message);
    if (!m.find()) {
      return null;
    }
    return switch (m.group(1)) {
      case "Object" -> "an object";
      case "Array" -> "a list";
      case "String" -> m.group(2) == null ? "a text" : "the text " + quote(m.group(2));
      case "Integer", "Floating-point" -> "a number";
      case "Boolean" -> "true or false";
      default -> "null";
    };
  }

  private static String kind(Class<?> type) {
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type == String.class || type.isEnum()) {
      return "a text";
    }
    if (Number.class.isAssignableFrom(type)
        || (type.isPrimitive() && type != boolean.class && type != char.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (TemporalAccessor.class.isAssignableFrom(type)) {
      return "a date";
    }
    return "an object";
  }

  private static String quote(Object value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
  }

  private static String cut(String text, String marker) {
    int at = text.indexOf(marker);
    return at < 0 ? text.strip() : text.substring(0, at).strip();
  }
}
