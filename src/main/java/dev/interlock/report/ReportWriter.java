package dev.interlock.report;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.AgendaGroups;
import dev.interlock.agenda.GroupAgenda;
import dev.interlock.agenda.MeetingAgendas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
    MeetingView meeting = MeetingView.of(agenda);
    return Map.of(
        "agenda",
        agenda,
        "matrix",
        TeamMatrix.of(agenda),
        "board",
        TeamBoardSvg.render(agenda),
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
    removeStaleGroups(
        dir.resolve(GROUPS), agendas.groups().stream().map(GroupAgenda::folder).toList());
    return contents.keySet().stream().map(dir::resolve).toList();
  }

  /**
   * Once the new set is in place, the agenda files of groups an earlier run wrote and this one did
   * not (the split changed, or is no longer needed) are removed, so no outdated group agenda is
   * left to be read; other files are kept, and a folder only goes when that leaves it empty.
   */
  private static void removeStaleGroups(Path groups, List<String> current) {
    if (!Files.isDirectory(groups, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    for (Path folder : list(groups)) {
      if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
          && !current.contains(folder.getFileName().toString())) {
        for (ReportFormat format : ReportFormat.values()) {
          delete(folder.resolve(format.fileName()), false);
        }
        delete(folder, true);
      }
    }
    delete(groups, true);
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw stale(folder, e);
    }
  }

  private static void delete(Path path, boolean onlyIfEmptyFolder) {
    try {
      if (onlyIfEmptyFolder && !list(path).isEmpty()) {
        return;
      }
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw stale(path, e);
    }
  }

  private static ReportWriteException stale(Path path, IOException e) {
    return new ReportWriteException(
        path,
        "the new agenda is written, but the earlier group agenda "
            + path
            + " could not be removed: "
            + e.getMessage()
            + "; delete it by hand",
        e);
  }

  private void renderAll(Agenda agenda, String folder, Map<String, byte[]> contents) {
    for (ReportFormat format : ReportFormat.values()) {
      contents.put(
          folder + format.fileName(), render(format, agenda).getBytes(StandardCharsets.UTF_8));
    }
  }
}
