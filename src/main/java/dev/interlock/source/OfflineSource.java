package dev.interlock.source;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.interlock.jira.FieldCatalog;
import dev.interlock.jira.FieldDto;
import dev.interlock.jira.IssueDto;
import dev.interlock.jira.IssueLinkTypeDto;
import dev.interlock.jira.IssueLinkTypesDto;
import dev.interlock.jira.IssueMapper;
import dev.interlock.jira.JiraJson;
import dev.interlock.jira.SnapshotBuilder;
import dev.interlock.model.Snapshot;
import dev.interlock.sync.PullRecord;
import dev.interlock.sync.SnapshotSwap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot from a folder of saved Jira responses, read through the same DTOs and mapper as live
 * ones. Every file directly in the folder is read in file-name order: {@code *.json} search
 * responses, single issues or issue arrays; {@code *.jsonl} and {@code *.jsonl.gz} with one issue
 * per line; and, when present, {@code field.json} ({@code GET /rest/api/2/field}, to find the
 * sprint, epic link, story points and team fields) and {@code issueLinkType.json}. Other files are
 * ignored. A folder a pull saved carries {@code pull.json}: then {@code takenAt} is when the pull
 * began and the source names the site and the kind of pull; otherwise {@code takenAt} is unknown
 * (null). A folder whose swap a crash interrupted is read from its whole previous copy.
 */
public final class OfflineSource implements Source {
  public static final String FIELDS_FILE = "field.json";
  public static final String LINK_TYPES_FILE = "issueLinkType.json";

  private final Path named;
  private final Path dir;
  private final ObjectMapper mapper = JiraJson.newMapper();
  private @Nullable PullRecord pull;

  public OfflineSource(Path dir) {
    this.named = dir;
    this.dir = SnapshotSwap.readable(dir);
  }

  /** {@code pull.json} of the folder read by {@link #load}, when it has one. */
  public Optional<PullRecord> pullRecord() {
    return Optional.ofNullable(pull);
  }

  @Override
  public Snapshot load() throws SourceException {
    List<Path> issueFiles = issueFiles(files());
    try {
      pull = PullRecord.read(dir).orElse(null);
    } catch (IOException e) {
      throw new SourceException(e.getMessage(), e);
    }
    IssueMapper issueMapper = new IssueMapper(catalog());
    SnapshotBuilder snapshot = new SnapshotBuilder(issueMapper);
    snapshot.addLinkTypes(linkTypes());
    ObjectReader issues = mapper.readerFor(IssueDto.class);
    for (Path file : issueFiles) {
      if (file.getFileName().toString().endsWith(".json")) {
        new JsonIssueFile(issues).read(file, snapshot::addIssue);
      } else {
        new JsonLinesIssueFile(issues).read(file, snapshot::addIssue);
      }
    }
    String origin = describe(named);
    return pull == null
        ? snapshot.build(origin, null)
        : snapshot.build(origin + ", " + pull.describe(), pull.takenAt());
  }

  private List<Path> files() throws SourceException {
    if (!Files.isDirectory(dir)) {
      throw new SourceException(
          "snapshot folder not found: "
              + dir
              + " (set source.offline in the configuration or pass --source)");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new SourceException("cannot list snapshot folder " + dir + ": " + e.getMessage(), e);
    }
  }

  private List<Path> issueFiles(List<Path> files) throws SourceException {
    List<Path> issueFiles = files.stream().filter(OfflineSource::isIssueFile).toList();
    if (issueFiles.isEmpty()) {
      throw new SourceException("no issue files (*.json, *.jsonl, *.jsonl.gz) in " + dir);
    }
    return issueFiles;
  }

  private static boolean isIssueFile(Path file) {
    String name = file.getFileName().toString();
    if (name.equals(FIELDS_FILE) || name.equals(LINK_TYPES_FILE) || name.equals(PullRecord.FILE)) {
      return false;
    }
    return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
  }

  private FieldCatalog catalog() throws SourceException {
    Path file = dir.resolve(FIELDS_FILE);
    if (!Files.isRegularFile(file)) {
      return FieldCatalog.UNKNOWN;
    }
    return FieldCatalog.of(read(file, new TypeReference<List<FieldDto>>() {}));
  }

  private List<IssueLinkTypeDto> linkTypes() throws SourceException {
    Path file = dir.resolve(LINK_TYPES_FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return read(file, new TypeReference<IssueLinkTypesDto>() {}).issueLinkTypes();
  }

  private <T> T read(Path file, TypeReference<T> type) throws SourceException {
    try {
      return mapper.readValue(file.toFile(), type);
    } catch (IOException e) {
      throw ReadFailures.inFile(file.getFileName().toString(), e);
    }
  }

  /**
   * How the snapshot names its origin in agendas: the folder's own name, not its full path, so the
   * same snapshot gives the same agenda wherever it is checked out.
   */
  static String describe(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return "offline snapshot " + (name == null ? dir.toString() : name.toString());
  }
}
