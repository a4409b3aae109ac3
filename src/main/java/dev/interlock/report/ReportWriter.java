package dev.interlock.report;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.AgendaGroups;
import dev.interlock.agenda.GroupAgenda;
import dev.interlock.agenda.MeetingAgendas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Agenda} as {@code agenda.md}, {@code agenda.html}, {@code agenda.json} and
 * {@code graph.dot} and {@code mermaid.md}. When its teams are split into meeting groups, these are
 * the agenda of the meeting above the groups, and each group's agenda goes in the same five files
 * under {@code groups/<folder>/} (see {@link AgendaGroups}). Output is deterministic: the same
 * agenda gives the same bytes (UTF-8, {@code \n} line endings, no clock of its own; the time
 * printed is {@code MeetingInfo.asOf}). Thread-safe; create one and reuse it.
 */
public final class ReportWriter {
  /** The folder inside the output folder that holds one folder per meeting group. */
  public static final String GROUPS = "groups";

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
    return Map.of(
        "agenda",
        agenda,
        "matrix",
        TeamMatrix.of(agenda),
        "board",
        TeamBoardSvg.render(agenda),
        "view",
        AnalysisView.of(agenda.analysis()),
        "shown",
        AnalysisView.SHOWN);
  }

  /**
   * Renders every format, then writes the files into {@code dir} (created if missing). The files
   * are replaced as a set: nothing is replaced until every new file is on disk, and if one cannot
   * be moved into place the ones already replaced get their previous content back, so a failure
   * leaves the previous outputs exactly as they were.
   *
   * @return the files written, in {@link ReportFormat} order, the main agenda's first, then each
   *     group's in group order
   * @throws ReportWriteException naming the file or folder and what failed
   */
  public List<Path> write(Agenda agenda, Path dir) {
    MeetingAgendas agendas = AgendaGroups.split(agenda);
    Map<String, byte[]> contents = new LinkedHashMap<>();
    renderAll(agendas.main(), "", contents);
    for (GroupAgenda group : agendas.groups()) {
      renderAll(group.agenda(), GROUPS + "/" + group.folder() + "/", contents);
    }
    AtomicFiles.createFolder(dir);
    AtomicFiles.replaceAll(dir, contents);
    return contents.keySet().stream().map(dir::resolve).toList();
  }

  private void renderAll(Agenda agenda, String folder, Map<String, byte[]> contents) {
    for (ReportFormat format : ReportFormat.values()) {
      contents.put(
          folder + format.fileName(), render(format, agenda).getBytes(StandardCharsets.UTF_8));
    }
  }
}
