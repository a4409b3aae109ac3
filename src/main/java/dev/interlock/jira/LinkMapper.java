package dev.interlock.jira;

import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.LinkType;
import dev.interlock.model.LinkedIssue;
import dev.interlock.model.Skip;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@code fields.issuelinks}: an {@code outwardIssue} entry is {@link LinkDirection#OUTWARD},
 * an {@code inwardIssue} entry {@link LinkDirection#INWARD}; verbs are kept exactly as the site
 * wrote them. A link to an issue outside the data is kept: only its key is needed.
 */
final class LinkMapper {
  static final String NO_TYPE = "link without type";
  static final String NO_ID = "link without id";
  static final String NO_SIDE = "link entry without issue";
  static final String BOTH_SIDES = "link entry with both issues";
  static final String BAD_KEY = "link to an unparseable issue key";

  private LinkMapper() {}

  /** The readable entries, in wire order; each unreadable one adds a skip. */
  static List<IssueLink> links(IssueKey owner, List<IssueLinkDto> entries, List<Skip> skipped) {
    List<IssueLink> links = new ArrayList<>();
    for (IssueLinkDto entry : entries) {
      IssueLink link = link(owner, entry, skipped);
      if (link != null) {
        links.add(link);
      }
    }
    return links;
  }

  private static @Nullable IssueLink link(IssueKey owner, IssueLinkDto entry, List<Skip> skipped) {
    String subject = owner + " link " + (entry.id() == null ? "(no id)" : entry.id());
    LinkType type = entry.type() == null ? null : entry.type().toLinkType();
    IssueRefDto out = entry.outwardIssue();
    IssueRefDto in = entry.inwardIssue();
    String problem = null;
    if (type == null) {
      problem = NO_TYPE;
    } else if (out == null && in == null) {
      problem = NO_SIDE;
    } else if (out != null && in != null) {
      problem = BOTH_SIDES;
    } else if (entry.id() == null) {
      problem = NO_ID;
    }
    if (problem != null) {
      skipped.add(new Skip(problem, subject));
      return null;
    }
    IssueRefDto other = out != null ? out : in;
    LinkedIssue linked = linkedIssue(other);
    if (linked == null) {
      skipped.add(new Skip(BAD_KEY, owner + " -> " + other.key()));
      return null;
    }
    LinkDirection direction = out != null ? LinkDirection.OUTWARD : LinkDirection.INWARD;
    return new IssueLink(entry.id(), type, direction, linked);
  }

  /** The other issue with what Jira embedded of it, or null when its key is unreadable. */
  static @Nullable LinkedIssue linkedIssue(IssueRefDto ref) {
    if (ref.key() == null || !IssueKey.isKey(ref.key())) {
      return null;
    }
    FieldsDto fields = ref.fields();
    return new LinkedIssue(
        IssueKey.parse(ref.key()),
        fields == null ? null : fields.summary(),
        fields == null || fields.status() == null ? null : fields.status().toStatus());
  }
}
