package dev.interlock.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineSourceErrorsTest {
  private static final String ISSUE =
      "{\"key\":\"A-%d\",\"fields\":{\"status\":{\"name\":\"Open\"},"
          + "\"created\":\"2024-01-01T00:00:00.000+0000\","
          + "\"updated\":\"2024-01-01T00:00:00.000+0000\"}}";

  @TempDir Path dir;

  @Test
  void missingFolderSaysHowToSetIt() {
    Path missing = dir.resolve("nightly");

    assertThatThrownBy(() -> new OfflineSource(missing).load())
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "snapshot folder not found: "
                + missing
                + " (set source.offline in the configuration or pass --source)");
  }

  @Test
  void folderWithoutIssueFilesIsAnError() throws IOException {
    write("README.md", "# saved responses\n");
    write("field.json", "[]");
    write("issueLinkType.json", "{\"issueLinkTypes\":[]}");

    assertLoadFails("no issue files (*.json, *.jsonl, *.jsonl.gz) in " + dir);
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() throws IOException {
    write("search-0001.json", "{\"issues\":[" + ISSUE.formatted(1) + "]}");
    write(
        "search-0002.json", "{\n  \"issues\": [\n    {\"key\": \"A-2\" \"fields\": {}}\n  ]\n}\n");

    assertLoadFails(
        "search-0002.json: malformed JSON at line 3, column 19: Unexpected character ('\"' (code"
            + " 34)): was expecting comma to separate Object entries");
  }

  @Test
  void truncatedJsonNamesWhereTheFileEnded() throws IOException {
    write("page.json", "{\"issues\": [\n");

    assertLoadFails(
        "page.json: malformed JSON at line 2, column 1: Unexpected end-of-input: expected close"
            + " marker for Array");
  }

  @Test
  void malformedLineOfGzippedJsonLinesNamesLineAndColumn() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 41; i++) {
      lines.append(ISSUE.formatted(i)).append('\n');
    }
    lines.append("{\"key\": \"A-42\", \"fields\": {\"summary\": }}\n");
    writeGzip("issues.jsonl.gz", lines.toString());

    assertLoadFails(
        "issues.jsonl.gz line 42: malformed JSON at column 39: Unexpected character ('}' (code"
            + " 125)): expected a value");
  }

  @Test
  void lineThatIsNotAnObjectIsNamed() throws IOException {
    write("issues.jsonl", ISSUE.formatted(1) + "\n[1, 2]\n");

    assertLoadFails("issues.jsonl line 2: not a Jira issue (each line must be one JSON object)");
  }

  @Test
  void jsonOfAnotherShapeListsItsTopLevelKeys() throws IOException {
    write("other.json", "{\"a\": 1, \"b\": [2]}");

    assertLoadFails(
        "other.json: not a Jira search response, issue or issue array (top-level keys: a, b)");
  }

  @Test
  void jsonScalarOrArrayOfScalarsIsNotIssues() throws IOException {
    write("a.json", "\"just text\"");
    assertLoadFails(
        "a.json: not a Jira search response, issue or issue array (top-level value: a string)");

    write("a.json", "[" + ISSUE.formatted(1) + ", 7]");
    assertLoadFails(
        "a.json: not a Jira search response, issue or issue array (issue 1 is a number)");
  }

  @Test
  void secondTopLevelValueIsMalformed() throws IOException {
    write("two.json", ISSUE.formatted(1) + "\n" + ISSUE.formatted(2));

    assertLoadFails("two.json: malformed JSON at line 2, column 2: more than one top-level value");
  }

  @Test
  void unreadableDateNamesTheFieldAndTheValue() throws IOException {
    write(
        "bad-date.json",
        ISSUE.formatted(1).replace("2024-01-01T00:00:00.000+0000\",\"u", "yesterday\",\"u"));

    assertLoadFails(
        "bad-date.json: unreadable value at line 1, column 59 (fields.created): not a Jira"
            + " date-time (expected like 2011-08-05T20:12:22.634-0500): \"yesterday\"");
  }

  @Test
  void fileThatIsNotGzipIsNamed() throws IOException {
    write("issues.jsonl.gz", ISSUE.formatted(1));

    assertLoadFails("cannot read issues.jsonl.gz: Not in GZIP format");
  }

  @Test
  void malformedFieldListIsNamed() throws IOException {
    write("issues.jsonl", ISSUE.formatted(1));
    write("field.json", "[{\"id\": \"customfield_1\",}]");

    assertLoadFails(
        "field.json: malformed JSON at line 1, column 25: Unexpected character ('}' (code 125)):"
            + " was expecting double-quote to start field name");
  }

  @Test
  void aFieldListOfTheWrongShapeSaysWhatWasExpectedWithoutJavaNames() throws IOException {
    write("issues.jsonl", ISSUE.formatted(1));
    write("field.json", "{\"id\": \"customfield_1\"}");
    assertLoadFails(
        "field.json: unreadable value at line 1, column 1: expected a list, found an object");

    write(
        "field.json", "[{\"id\": \"customfield_1\", \"name\": \"Sprint\", \"schema\": \"oops\"}]");
    assertLoadFails(
        "field.json: unreadable value at line 1, column 54 ([0].schema): expected an object,"
            + " found the text 'oops'");
  }

  @Test
  void anIssueFieldOfTheWrongKindSaysWhatWasExpected() throws IOException {
    write("issues.jsonl", "{\"id\": \"1\", \"key\": {\"a\": 1}, \"fields\": {}}\n");
    assertThatThrownBy(() -> new OfflineSource(dir).load())
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("issues.jsonl line 1: unreadable value")
        .hasMessageEndingWith("(key): expected a text, found an object")
        .hasMessageNotContaining("dev.interlock")
        .hasMessageNotContaining("`");
  }

  private void assertLoadFails(String message) {
    assertThatThrownBy(() -> new OfflineSource(dir).load())
        .isInstanceOf(SourceException.class)
        .hasMessage(message);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private void writeGzip(String name, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(dir.resolve(name)).exists();
  }
}
