package dev.interlock.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.interlock.jira.IssueDto;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a {@code *.jsonl} or {@code *.jsonl.gz} file: one issue object per line, blank lines
 * ignored. Streams line by line, so a file of any size needs memory for one issue only.
 */
final class JsonLinesIssueFile {
  private static final int BUFFER = 1 << 16;

  private final ObjectReader issueReader;

  /** {@code issueReader} reads {@link IssueDto}s. */
  JsonLinesIssueFile(ObjectReader issueReader) {
    this.issueReader = issueReader.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Passes every issue of {@code file} to {@code sink}, in line order. */
  void read(Path file, Consumer<IssueDto> sink) throws SourceException {
    String name = file.getFileName().toString();
    try (BufferedReader lines = open(file, name.endsWith(".gz"))) {
      long number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank()) {
          sink.accept(issue(name, number, line));
        }
      }
    } catch (IOException e) {
      throw ReadFailures.inFile(name, e);
    }
  }

  private IssueDto issue(String name, long number, String line) throws SourceException {
    if (!line.stripLeading().startsWith("{")) {
      throw new SourceException(
          name + " line " + number + ": not a Jira issue (each line must be one JSON object)");
    }
    try {
      return issueReader.readValue(line);
    } catch (JsonProcessingException e) {
      throw ReadFailures.inLine(name, number, e);
    }
  }

  private static BufferedReader open(Path file, boolean gzip) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      InputStream raw = gzip ? new GZIPInputStream(in, BUFFER) : in;
      return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), BUFFER);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }
}
