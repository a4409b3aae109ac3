package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  private final ReportWriter writer = new ReportWriter();

  @TempDir Path tmp;

  @Test
  void writesTheFourFilesIntoAFolderItCreates() throws IOException {
    Path out = tmp.resolve("nightly/2026-11-16");

    List<Path> written = writer.write(Agendas.small(), out);

    assertThat(written)
        .containsExactly(
            out.resolve("agenda.md"),
            out.resolve("agenda.html"),
            out.resolve("agenda.json"),
            out.resolve("graph.dot"),
            out.resolve("mermaid.md"));
    assertThat(fileNames(out))
        .containsExactly("agenda.html", "agenda.json", "agenda.md", "graph.dot", "mermaid.md");
  }

  @Test
  void eachFileHoldsExactlyItsRenderingInUtf8() throws IOException {
    writer.write(Agendas.small(), tmp);

    for (ReportFormat format : ReportFormat.values()) {
      String text = Files.readString(tmp.resolve(format.fileName()), StandardCharsets.UTF_8);
      assertThat(text).isEqualTo(writer.render(format, Agendas.small())).doesNotContain("\r");
    }
  }

  @Test
  void twoRunsOnTheSameAgendaWriteIdenticalBytes() throws IOException {
    new ReportWriter().write(Agendas.small(), tmp.resolve("first"));
    new ReportWriter().write(Agendas.small(), tmp.resolve("second"));

    for (ReportFormat format : ReportFormat.values()) {
      assertThat(Files.readAllBytes(tmp.resolve("second").resolve(format.fileName())))
          .isEqualTo(Files.readAllBytes(tmp.resolve("first").resolve(format.fileName())));
    }
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocaleOrTimeZone() {
    List<String> before = renderAll();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      assertThat(renderAll()).isEqualTo(before);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void rewritingReplacesOldFilesAndLeavesNoTemporaryFilesBehind() throws IOException {
    Files.writeString(tmp.resolve("agenda.md"), "yesterday's agenda, much longer than today's");

    writer.write(Agendas.empty(), tmp);
    writer.write(Agendas.small(), tmp);

    assertThat(Files.readString(tmp.resolve("agenda.md")))
        .isEqualTo(writer.render(ReportFormat.MARKDOWN, Agendas.small()));
    assertThat(fileNames(tmp))
        .containsExactly("agenda.html", "agenda.json", "agenda.md", "graph.dot", "mermaid.md");
  }

  @Test
  void folderUnderARegularFileFailsNamingBothPaths() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "not a folder");
    Path out = file.resolve("agenda");

    assertThatThrownBy(() -> writer.write(Agendas.small(), out))
        .isInstanceOf(ReportWriteException.class)
        .hasMessage(
            "cannot create the output folder " + out + ": " + file + " is a file, not a folder")
        .satisfies(e -> assertThat(((ReportWriteException) e).path()).isEqualTo(out));
  }

  @Test
  void aFileThatCannotBeReplacedLeavesThePreviousSetAsItWasAndNoStagingFolder() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    writer.write(Agendas.small(), out);
    Files.delete(out.resolve("mermaid.md"));
    Path blocked = Files.createDirectories(out.resolve("mermaid.md"));
    Files.writeString(blocked.resolve("keep.txt"), "someone's folder");
    Map<String, String> before = contents(out);

    assertThatThrownBy(() -> writer.write(Agendas.empty(), out))
        .isInstanceOf(ReportWriteException.class)
        .hasMessageStartingWith(
            "cannot write " + blocked + ": moving the new mermaid.md into place failed: ")
        .satisfies(e -> assertThat(((ReportWriteException) e).path()).isEqualTo(blocked));

    assertThat(contents(out)).isEqualTo(before);
    assertThat(Files.readString(out.resolve("agenda.md")))
        .isEqualTo(writer.render(ReportFormat.MARKDOWN, Agendas.small()));
    assertThat(fileNames(tmp)).containsExactly("out");
  }

  @Test
  void aFailedFirstWriteLeavesNoNewFileBehind() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.createDirectories(out.resolve("graph.dot"));

    assertThatThrownBy(() -> writer.write(Agendas.small(), out))
        .isInstanceOf(ReportWriteException.class);

    assertThat(fileNames(out)).containsExactly("graph.dot");
    assertThat(fileNames(tmp)).containsExactly("out");
  }

  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        all.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return all;
  }

  private List<String> renderAll() {
    return Stream.of(ReportFormat.values()).map(f -> writer.render(f, Agendas.small())).toList();
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
