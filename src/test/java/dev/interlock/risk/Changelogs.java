package dev.interlock.risk;

import dev.interlock.model.Comment;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.LinkType;
import dev.interlock.model.LinkedIssue;
import dev.interlock.model.Person;
import dev.interlock.model.Sprint;
import dev.interlock.model.Status;
import dev.interlock.model.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Hand-written issues with changelogs for replay and label tests. */
final class Changelogs {
  static final LinkType BLOCKS = new LinkType("1", "Blocks", "is blocked by", "blocks");

  private Changelogs() {}

  static HistoryEvent event(
      String at, String field, String from, String fromText, String to, String toText) {
    return new HistoryEvent(Instant.parse(at), "someone", field, null, from, fromText, to, toText);
  }

  static Issue issue(
      String key,
      Status status,
      String created,
      String resolved,
      LocalDate due,
      List<Version> versions,
      List<Sprint> sprints,
      List<IssueLink> links,
      List<HistoryEvent> history,
      List<Comment> comments) {
    return new Issue(
        IssueKey.parse(key),
        key,
        "Summary of " + key,
        "Story",
        false,
        status,
        "High",
        new Person("ana", "Ana"),
        Instant.parse(created),
        history.isEmpty() ? Instant.parse(created) : history.get(history.size() - 1).at(),
        resolved == null ? null : Instant.parse(resolved),
        resolved == null ? null : "Fixed",
        due,
        versions,
        sprints,
        List.of("api"),
        List.of(),
        null,
        null,
        null,
        null,
        links,
        history,
        comments,
        false,
        true);
  }

  static IssueLink blockedBy(String id, String other) {
    return new IssueLink(
        id, BLOCKS, LinkDirection.INWARD, new LinkedIssue(IssueKey.parse(other), null, null));
  }
}
