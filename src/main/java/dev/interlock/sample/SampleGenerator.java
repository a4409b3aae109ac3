package dev.interlock.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Generates a believable Jira Cloud site for a company of teams and writes it as the REST responses
 * Interlock's offline source reads: {@code field.json}, {@code issueLinkType.json} and the search
 * pages {@code search-0001.json}… with every issue's fields, links and full changelog.
 *
 * <p>Deterministic: the same {@link SampleOptions} give byte-identical files on every machine; the
 * only randomness is seeded from {@link SampleOptions#seed()} and nothing reads the clock. Not
 * thread-safe; each {@link #writeTo} call generates afresh. Plans are held as compact objects (not
 * JSON) and pages are streamed, so 100,000 issues fit in a few hundred megabytes of heap.
 */
public final class SampleGenerator {
  private final SampleOptions options;

  public SampleGenerator(SampleOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public SampleOptions options() {
    return options;
  }

  /**
   * Writes the sample into {@code dir}, creating it when needed and replacing the page files of an
   * earlier generation; other files (a README, say) are left alone.
   */
  public GeneratedSample writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    deleteOldPages(dir);
    Company company = new Company(options);
    Scenarios scenarios = new Scenarios(company, options);
    Backlog backlog = new IssuePlanner(company, options).plan(scenarios);
    List<PlannedLink> links =
        new ArrayList<>(new LinkPlanner(company, options).plan(backlog, scenarios.links()));
    links.addAll(new ActionItems(company, options).add(backlog, scenarios, links.size()));
    simulate(backlog);
    CommentWriter comments = new CommentWriter(options);
    backlog.all().forEach(comments::write);
    SiteWriter site = new SiteWriter();
    site.writeFields(dir.resolve("field.json"));
    site.writeLinkTypes(dir.resolve("issueLinkType.json"));
    List<IssueDraft> byKey =
        backlog.all().stream()
            .sorted(
                Comparator.comparing((IssueDraft d) -> d.project.key())
                    .thenComparingInt(d -> d.number))
            .toList();
    int pages = new PageWriter().write(dir, byKey);
    return new GeneratedSample(byKey.size(), links.size(), pages + 2);
  }

  /** Work items first, then sub-tasks (which follow their parents), then epics (their children). */
  private void simulate(Backlog backlog) {
    LifeSimulator simulator = new LifeSimulator(options);
    List<IssueDraft> order = new ArrayList<>();
    backlog.all().stream().filter(d -> d.kind.isWorkItem()).forEach(order::add);
    backlog.all().stream().filter(d -> d.kind == IssueKind.SUBTASK).forEach(order::add);
    backlog.all().stream().filter(d -> d.kind == IssueKind.EPIC).forEach(order::add);
    order.forEach(simulator::simulate);
  }

  private static void deleteOldPages(Path dir) throws IOException {
    List<Path> old;
    try (Stream<Path> files = Files.list(dir)) {
      old = files.filter(PageWriter::isPageFile).sorted().toList();
    }
    for (Path file : old) {
      Files.delete(file);
    }
  }
}
