package dev.interlock.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.interlock.jira.JsonProblems;
import java.io.IOException;
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

  // The reason in the file's terms, with Jackson's own words only where they name no Java class.
  private static String reason(JsonProcessingException e) {
    return JsonProblems.reason(e);
  }
}
