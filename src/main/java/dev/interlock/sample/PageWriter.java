package dev.interlock.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes issues as pages of the Cloud enhanced search ({@code POST /rest/api/2/search/jql}): {@code
 * search-0001.json}, {@code search-0002.json}… of {@link #PAGE_SIZE} issues each, one issue per
 * line, every page but the last with a {@code nextPageToken}. Pages are streamed: one issue is in
 * memory as JSON at a time.
 */
final class PageWriter {
  static final int PAGE_SIZE = 100;

  private final JsonFactory json =
      new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private final IssueWriter issues = new IssueWriter();

  /** Writes the pages in the given order and returns how many files were written. */
  int write(Path dir, List<IssueDraft> sorted) throws IOException {
    int pages = Math.max(1, (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    for (int page = 1; page <= pages; page++) {
      List<IssueDraft> slice =
          sorted.subList((page - 1) * PAGE_SIZE, Math.min(sorted.size(), page * PAGE_SIZE));
      try (Writer out =
          Files.newBufferedWriter(dir.resolve(fileName(page)), StandardCharsets.UTF_8)) {
        page(out, slice, page == pages ? null : token(page + 1));
      }
    }
    return pages;
  }

  static String fileName(int page) {
    return String.format(Locale.ROOT, "search-%04d.json", page);
  }

  /** True for the page files this writer produces, which a new generation replaces. */
  static boolean isPageFile(Path file) {
    return file.getFileName().toString().matches("search-[0-9]{4,}\\.json");
  }

  private void page(Writer out, List<IssueDraft> slice, String nextToken) throws IOException {
    out.write("{\"issues\":[\n");
    for (int i = 0; i < slice.size(); i++) {
      if (i > 0) {
        out.write(",\n");
      }
      try (JsonGenerator g = json.createGenerator(out)) {
        issues.write(g, slice.get(i));
      }
    }
    out.write("\n],");
    if (nextToken != null) {
      out.write("\"nextPageToken\":\"" + nextToken + "\",\"isLast\":false}\n");
    } else {
      out.write("\"isLast\":true}\n");
    }
  }

  /**
   * An opaque token like Cloud's ({@code CAEaAggC}): base64 of a small protobuf-style message
   * holding the page number as a varint.
   */
  static String token(int page) {
    byte[] varint = new byte[5];
    int length = 0;
    int rest = page;
    do {
      int low = rest & 0x7F;
      rest >>>= 7;
      varint[length++] = (byte) (rest == 0 ? low : low | 0x80);
    } while (rest != 0);
    byte[] message = new byte[5 + length];
    message[0] = 0x08;
    message[1] = 0x01;
    message[2] = 0x1A;
    message[3] = (byte) (1 + length);
    message[4] = 0x08;
    System.arraycopy(varint, 0, message, 5, length);
    return Base64.getEncoder().encodeToString(message);
  }
}
