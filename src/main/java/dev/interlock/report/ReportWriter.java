package dev.interlock.report;

import dev.interlock.agenda.Agenda;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Agenda} as {@code agenda.md}, {@code agenda.html}, {@code agenda.json} and
 * {@code graph.dot} and {@code mermaid.md}. Output is deterministic: the same agenda gives the same
 * bytes (UTF-8, {@code \n} line endings, no clock of its own; the time printed is {@code
 * MeetingInfo.asOf}). Thread-safe; create one and reuse it.
 */
public final class ReportWriter {
  private final Templates markdown = Templates.markdown();
  private final Templates html = Templates.html();
  private final JsonReport json = new JsonReport();

  /** The agenda in one format, exactly as {@link #write} puts it in the file. */
  public String render(ReportFormat format, Agenda agenda) {
    return switch (format) {
      case MARKDOWN -> markdown.render("agenda.md.peb", context(agenda));
      case HTML -> html.render("agenda.html.peb", context(agenda));
      case JSON -> json.render(agenda);
      case DOT -> DotGraph.render(agenda);
      case MERMAID -> MermaidGraphs.render(agenda);
    };
  }

  private static Map<String, Object> context(Agenda agenda) {
    MeetingView meeting = MeetingView.of(agenda);
    return Map.of(
        "agenda",
        agenda,
        "matrix",
        TeamMatrix.of(agenda),
        "view",
        AnalysisView.of(agenda.analysis(), meeting.inCycles(), meeting.parked()),
        "shown",
        AnalysisView.SHOWN,
        "meeting",
        meeting,
        IssueLinks.VARIABLE,
        IssueLinks.Keys.of(agenda));
  }

  /**
   * Renders every format, then writes the files into {@code dir} (created if missing). The files
   * are replaced as a set: nothing is replaced until every new file is on disk, and if one cannot
   * be moved into place the ones already replaced get their previous content back, so a failure
   * leaves the previous outputs exactly as they were.
   *
   * @return the files written, in {@link ReportFormat} order
   * @throws ReportWriteException naming the file or folder and what failed
   */
  public List<Path> write(Agenda agenda, Path dir) {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (ReportFormat format : ReportFormat.values()) {
      contents.put(format.fileName(), render(format, agenda).getBytes(StandardCharsets.UTF_8));
    }
    AtomicFiles.createFolder(dir);
    AtomicFiles.replaceAll(dir, contents);
    return contents.keySet().stream().map(dir::resolve).toList();
  }
}
