package dev.interlock.jira;

import dev.interlock.model.Comment;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Skip;
import dev.interlock.model.Status;
import dev.interlock.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps one wire issue to a model {@link Issue}, one at a time, so a search can be mapped page by
 * page. Required are a readable key, {@code fields}, a status with a name and the created and
 * updated dates; without one the issue is skipped. Everything else is optional and becomes null or
 * empty; an unreadable part (a link, a sprint, a comment…) is left out with a {@link Skip}.
 * Thread-safe.
 */
public final class IssueMapper {
  public static final String NO_KEY = "issue without key";
  public static final String BAD_KEY = "issue with unparseable key";
  public static final String NO_FIELDS = "issue without fields";
  public static final String NO_STATUS = "issue without status";
  public static final String NO_CREATED = "issue without created date";
  public static final String NO_UPDATED = "issue without updated date";
  static final String BAD_PARENT = "parent is not an issue key";
  static final String NO_VERSION_NAME = "fix version without name";
  static final String BAD_COMMENT = "comment without id or date";

  private final CustomFieldReader customFields;

  /** A mapper for a site whose custom fields {@code catalog} describes. */
  public IssueMapper(FieldCatalog catalog) {
    this.customFields = new CustomFieldReader(catalog);
  }

  /** Maps {@code dto}; never throws for missing or null parts. */
  public MappedIssue map(IssueDto dto) {
    if (dto.key() == null) {
      return MappedIssue.skipped(NO_KEY, dto.id() == null ? "(no id)" : "id " + dto.id());
    }
    if (!IssueKey.isKey(dto.key())) {
      return MappedIssue.skipped(BAD_KEY, dto.key());
    }
    FieldsDto fields = dto.fields();
    String missing = fields == null ? NO_FIELDS : missingRequired(fields);
    if (missing != null) {
      return MappedIssue.skipped(missing, dto.key());
    }
    List<Skip> skipped = new ArrayList<>();
    Issue issue = issue(IssueKey.parse(dto.key()), dto, fields, skipped);
    return MappedIssue.of(issue, skipped);
  }

  private static @Nullable String missingRequired(FieldsDto fields) {
    if (fields.status() == null || fields.status().toStatus() == null) {
      return NO_STATUS;
    }
    if (fields.created() == null) {
      return NO_CREATED;
    }
    return fields.updated() == null ? NO_UPDATED : null;
  }

  // Status, created and updated were checked by missingRequired.
  private Issue issue(IssueKey key, IssueDto dto, FieldsDto f, List<Skip> skipped) {
    IssueTypeDto type = f.issuetype();
    IssueRefDto parent = f.parent();
    boolean parentIsEpic = parent != null && isEpic(parent);
    IssueKey parentKey = parent == null ? null : key(key, parent, skipped);
    IssueKey epicLink = customFields.epicLink(key, f, skipped);
    if (epicLink == null && f.epic() != null) {
      epicLink = key(key, f.epic(), skipped);
    }
    return new Issue(
        key,
        dto.id() == null ? "" : dto.id(),
        f.summary() == null ? "" : f.summary(),
        type == null || type.name() == null ? "" : type.name(),
        type != null && type.subtask(),
        Objects.requireNonNull(statusOf(f)),
        f.priority() == null ? null : f.priority().name(),
        f.assignee() == null ? null : f.assignee().toPerson(),
        Objects.requireNonNull(f.created()),
        Objects.requireNonNull(f.updated()),
        f.resolutiondate(),
        f.resolution() == null ? null : f.resolution().name(),
        f.duedate(),
        versions(key, f.fixVersions(), skipped),
        customFields.sprints(key, f, skipped),
        f.components().stream().map(NamedDto::name).filter(Objects::nonNull).toList(),
        f.labels(),
        parentIsEpic ? null : parentKey,
        parentIsEpic ? parentKey : epicLink,
        customFields.storyPoints(f),
        customFields.team(f),
        LinkMapper.links(key, f.issuelinks(), skipped),
        history(key, dto.changelog(), skipped),
        comments(key, f.comment(), skipped),
        customFields.flagged(f),
        dto.changelog() != null,
        f.components().stream()
            .filter(c -> c.name() != null)
            .map(c -> c.id() == null ? "" : c.id())
            .toList());
  }

  private static @Nullable Status statusOf(FieldsDto fields) {
    return fields.status() == null ? null : fields.status().toStatus();
  }

  // Cloud's parent covers every level; a parent of the epic level is the epic.
  private static boolean isEpic(IssueRefDto parent) {
    FieldsDto fields = parent.fields();
    return fields != null && fields.issuetype() != null && fields.issuetype().isEpic();
  }

  private static @Nullable IssueKey key(IssueKey owner, IssueRefDto ref, List<Skip> skipped) {
    if (ref.key() != null && IssueKey.isKey(ref.key())) {
      return IssueKey.parse(ref.key());
    }
    skipped.add(new Skip(BAD_PARENT, owner + " -> " + ref.key()));
    return null;
  }

  private static List<Version> versions(IssueKey key, List<VersionDto> dtos, List<Skip> skipped) {
    List<Version> versions = new ArrayList<>();
    for (VersionDto v : dtos) {
      if (v.name() == null) {
        skipped.add(new Skip(NO_VERSION_NAME, key + " version " + v.id()));
      } else {
        String id = v.id() == null ? "" : v.id();
        versions.add(new Version(id, v.name(), v.releaseDate(), v.released()));
      }
    }
    return versions;
  }

  private static List<Comment> comments(
      IssueKey key, @Nullable CommentPageDto page, List<Skip> skipped) {
    List<Comment> comments = new ArrayList<>();
    for (CommentDto c : page == null ? List.<CommentDto>of() : page.comments()) {
      if (c.id() == null || c.created() == null) {
        skipped.add(new Skip(BAD_COMMENT, key + " comment " + c.id()));
      } else {
        String author = c.author() == null ? null : c.author().personId();
        comments.add(new Comment(c.id(), author, c.created()));
      }
    }
    return comments;
  }

  private static List<HistoryEvent> history(
      IssueKey key, @Nullable ChangelogDto changelog, List<Skip> skipped) {
    return changelog == null
        ? List.of()
        : HistoryMapper.events(key.toString(), changelog.histories(), skipped);
  }
}
