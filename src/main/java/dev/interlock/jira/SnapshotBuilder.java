package dev.interlock.jira;

import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkType;
import dev.interlock.model.Skip;
import dev.interlock.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Collects wire issues, one at a time and in any number of pages, into a {@link Snapshot}. An issue
 * key met twice keeps the version with the later {@code updated} (the first on a tie) and records a
 * skip. Link types are the site's list plus any type seen only on links, by name. Not thread-safe.
 */
public final class SnapshotBuilder {
  public static final String DUPLICATE = "duplicate issue in snapshot";

  /**
   * Link types sort by name ignoring case, then exactly, so "dependent" sits beside "Duplicate".
   */
  public static final Comparator<String> LINK_TYPE_ORDER =
      String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

  private final IssueMapper mapper;
  // Sorted so that the first type seen for a name does not depend on hashing.
  private final Map<IssueKey, Issue> issues = new TreeMap<>();
  private final Map<String, LinkType> siteLinkTypes = new TreeMap<>(LINK_TYPE_ORDER);
  private final List<Skip> skipped = new ArrayList<>();
  private @Nullable String siteUrl;

  public SnapshotBuilder(IssueMapper mapper) {
    this.mapper = mapper;
  }

  /** Maps and adds one issue; its skips are kept. */
  public SnapshotBuilder addIssue(IssueDto dto) {
    if (siteUrl == null) {
      siteUrl = siteOf(dto.self());
    }
    MappedIssue mapped = mapper.map(dto);
    skipped.addAll(mapped.skipped());
    mapped.issue().ifPresent(this::keepLatest);
    return this;
  }

  /**
   * Adds the site's link types ({@code GET /rest/api/2/issueLinkType}); nameless ones are dropped.
   */
  public SnapshotBuilder addLinkTypes(List<IssueLinkTypeDto> types) {
    for (IssueLinkTypeDto dto : types) {
      LinkType type = dto.toLinkType();
      if (type != null) {
        siteLinkTypes.put(type.name(), type);
      }
    }
    return this;
  }

  /** The number of distinct issues so far. */
  public int issueCount() {
    return issues.size();
  }

  /** The snapshot of everything added; the builder may go on collecting afterwards. */
  public Snapshot build(String source, @Nullable Instant takenAt) {
    return new Snapshot(
        source, takenAt, List.copyOf(issues.values()), linkTypes(), skipped, siteUrl);
  }

  /**
   * The site of an issue's {@code self} address, everything before {@code /rest/api/}: {@code
   * https://jira.example.com/jira} for {@code
   * https://jira.example.com/jira/rest/api/2/issue/10001}; null for a missing or other address.
   */
  static @Nullable String siteOf(@Nullable String self) {
    if (self == null || !(self.startsWith("https://") || self.startsWith("http://"))) {
      return null;
    }
    int rest = self.indexOf("/rest/api/");
    return rest <= "https://".length() ? null : self.substring(0, rest);
  }

  private void keepLatest(Issue issue) {
    Issue earlier = issues.get(issue.key());
    if (earlier == null) {
      issues.put(issue.key(), issue);
      return;
    }
    skipped.add(new Skip(DUPLICATE, issue.key().toString()));
    if (issue.updated().isAfter(earlier.updated())) {
      issues.put(issue.key(), issue);
    }
  }

  private List<LinkType> linkTypes() {
    Map<String, LinkType> all = new TreeMap<>(LINK_TYPE_ORDER);
    for (Issue issue : issues.values()) {
      for (IssueLink link : issue.links()) {
        all.putIfAbsent(link.type().name(), link.type());
      }
    }
    all.putAll(siteLinkTypes);
    return List.copyOf(all.values());
  }
}
