package dev.interlock.sample;

import static dev.interlock.sample.JiraJson.API;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Writes one issue as the Cloud enhanced search returns it with {@code expand=changelog}: the
 * fields Interlock reads and the full changelog, newest history first. Changelog and comment ids
 * are numbered in writing order, oldest first within an issue; so one writer serves one output.
 */
final class IssueWriter {
  private static final String EXPAND =
      "operations,versionedRepresentations,editmeta,changelog,renderedFields";

  private long nextHistoryId = 100_001;
  private long nextCommentId = 20_001;

  void write(JsonGenerator g, IssueDraft issue) throws IOException {
    g.writeStartObject();
    g.writeStringField("expand", EXPAND);
    g.writeStringField("id", issue.id());
    g.writeStringField("self", API + "/issue/" + issue.id());
    g.writeStringField("key", issue.key());
    g.writeObjectFieldStart("fields");
    fields(g, issue);
    g.writeEndObject();
    changelog(g, issue.history);
    g.writeEndObject();
  }

  private void fields(JsonGenerator g, IssueDraft issue) throws IOException {
    g.writeStringField("summary", issue.summary);
    g.writeFieldName("issuetype");
    JiraJson.issueType(g, issue.kind);
    project(g, issue.project);
    g.writeFieldName("status");
    JiraJson.status(g, issue.life().status());
    resolution(g, issue.life());
    g.writeStringField("created", JiraJson.time(issue.created));
    g.writeStringField("updated", JiraJson.time(updated(issue)));
    commitments(g, issue);
    people(g, issue);
    components(g, issue);
    g.writeArrayFieldStart("labels");
    for (String label : issue.labels) {
      g.writeString(label);
    }
    g.writeEndArray();
    if (issue.parent != null) {
      g.writeFieldName("parent");
      JiraJson.linked(g, issue.parent);
    }
    SprintField.write(g, issue.project, issue.life());
    if (issue.points == null) {
      g.writeNullField("customfield_10016");
    } else {
      g.writeNumberField("customfield_10016", issue.points);
    }
    links(g, issue);
    subtasks(g, issue);
    comments(g, issue);
  }

  /** Due date, fix versions and priority. */
  private static void commitments(JsonGenerator g, IssueDraft issue) throws IOException {
    Life life = issue.life();
    LocalDate due = life.due();
    JiraJson.stringOrNull(g, "duedate", due == null ? null : due.toString());
    fixVersions(g, issue.project, life.fixVersion());
    g.writeFieldName("priority");
    JiraJson.priority(g, life.priority());
  }

  private static void people(JsonGenerator g, IssueDraft issue) throws IOException {
    Member assignee = issue.life().assignee();
    g.writeFieldName("assignee");
    if (assignee == null) {
      g.writeNull();
    } else {
      JiraJson.user(g, assignee);
    }
    g.writeFieldName("reporter");
    JiraJson.user(g, issue.reporter);
  }

  private static void subtasks(JsonGenerator g, IssueDraft issue) throws IOException {
    g.writeArrayFieldStart("subtasks");
    List<IssueDraft> subtasks =
        issue.children.stream()
            .filter(c -> c.kind == IssueKind.SUBTASK)
            .sorted(Comparator.comparingInt(c -> c.number))
            .toList();
    for (IssueDraft subtask : subtasks) {
      JiraJson.linked(g, subtask);
    }
    g.writeEndArray();
  }

  private static void project(JsonGenerator g, ProjectPlan project) throws IOException {
    g.writeObjectFieldStart("project");
    g.writeStringField("self", API + "/project/" + project.id());
    g.writeStringField("id", project.id());
    g.writeStringField("key", project.key());
    g.writeStringField("name", project.name());
    g.writeStringField("projectTypeKey", "software");
    g.writeBooleanField("simplified", false);
    g.writeEndObject();
  }

  private static void resolution(JsonGenerator g, Life life) throws IOException {
    if (life.resolved() == null) {
      g.writeNullField("resolution");
      g.writeNullField("resolutiondate");
      return;
    }
    g.writeObjectFieldStart("resolution");
    g.writeStringField("self", API + "/resolution/10000");
    g.writeStringField("id", "10000");
    g.writeStringField("description", "Work has been completed on this issue.");
    g.writeStringField("name", "Done");
    g.writeEndObject();
    g.writeStringField("resolutiondate", JiraJson.time(life.resolved()));
  }

  private static void fixVersions(JsonGenerator g, ProjectPlan project, int index)
      throws IOException {
    g.writeArrayFieldStart("fixVersions");
    if (index != ProjectPlan.NONE) {
      VersionPlan version = project.versions().get(index);
      g.writeStartObject();
      g.writeStringField("self", API + "/version/" + version.id());
      g.writeStringField("id", version.id());
      g.writeStringField("description", "");
      g.writeStringField("name", version.name());
      g.writeBooleanField("archived", false);
      g.writeBooleanField("released", version.released());
      g.writeStringField("releaseDate", version.releaseDate().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void components(JsonGenerator g, IssueDraft issue) throws IOException {
    g.writeArrayFieldStart("components");
    for (String name : issue.components) {
      String id =
          String.valueOf(
              10300 + issue.project.index() * 10 + issue.project.components().indexOf(name));
      g.writeStartObject();
      g.writeStringField("self", API + "/component/" + id);
      g.writeStringField("id", id);
      g.writeStringField("name", name);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void links(JsonGenerator g, IssueDraft issue) throws IOException {
    g.writeArrayFieldStart("issuelinks");
    for (PlannedLink link : issue.links) {
      LinkKind kind = link.kind();
      g.writeStartObject();
      g.writeStringField("id", link.id());
      g.writeStringField("self", API + "/issueLink/" + link.id());
      g.writeObjectFieldStart("type");
      g.writeStringField("id", kind.id);
      g.writeStringField("name", kind.label);
      g.writeStringField("inward", kind.inward);
      g.writeStringField("outward", kind.outward);
      g.writeStringField("self", API + "/issueLinkType/" + kind.id);
      g.writeEndObject();
      // This issue holds the outward verb when it is the link's source: the other is "outward".
      g.writeFieldName(link.source() == issue ? "outwardIssue" : "inwardIssue");
      JiraJson.linked(g, link.other(issue));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void comments(JsonGenerator g, IssueDraft issue) throws IOException {
    int total = issue.comments.size();
    g.writeObjectFieldStart("comment");
    g.writeArrayFieldStart("comments");
    for (CommentPlan comment : issue.comments) {
      String id = String.valueOf(nextCommentId++);
      g.writeStartObject();
      g.writeStringField("self", API + "/issue/" + issue.id() + "/comment/" + id);
      g.writeStringField("id", id);
      g.writeFieldName("author");
      JiraJson.user(g, comment.author());
      g.writeStringField("body", comment.body());
      g.writeStringField("created", JiraJson.time(comment.at()));
      g.writeStringField("updated", JiraJson.time(comment.at()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("self", API + "/issue/" + issue.id() + "/comment");
    g.writeNumberField("maxResults", total);
    g.writeNumberField("total", total);
    g.writeNumberField("startAt", 0);
    g.writeEndObject();
  }

  private void changelog(JsonGenerator g, List<HistoryEntry> history) throws IOException {
    long firstId = nextHistoryId;
    nextHistoryId += history.size();
    g.writeObjectFieldStart("changelog");
    g.writeNumberField("startAt", 0);
    g.writeNumberField("maxResults", history.size());
    g.writeNumberField("total", history.size());
    g.writeArrayFieldStart("histories");
    for (int i = history.size() - 1; i >= 0; i--) {
      HistoryEntry entry = history.get(i);
      g.writeStartObject();
      g.writeStringField("id", String.valueOf(firstId + i));
      g.writeFieldName("author");
      JiraJson.user(g, entry.author());
      g.writeStringField("created", JiraJson.time(entry.at()));
      g.writeArrayFieldStart("items");
      for (HistoryItem item : entry.items()) {
        item(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void item(JsonGenerator g, HistoryItem item) throws IOException {
    g.writeStartObject();
    g.writeStringField("field", item.field());
    g.writeStringField("fieldtype", item.fieldType());
    if (item.fieldId() != null) {
      g.writeStringField("fieldId", item.fieldId());
    }
    JiraJson.stringOrNull(g, "from", item.from());
    JiraJson.stringOrNull(g, "fromString", item.fromText());
    JiraJson.stringOrNull(g, "to", item.to());
    JiraJson.stringOrNull(g, "toString", item.toText());
    g.writeEndObject();
  }

  /** The latest of creation, any history and any comment. */
  private static Instant updated(IssueDraft issue) {
    Instant updated = issue.created;
    for (HistoryEntry entry : issue.history) {
      updated = entry.at().isAfter(updated) ? entry.at() : updated;
    }
    for (CommentPlan comment : issue.comments) {
      updated = comment.at().isAfter(updated) ? comment.at() : updated;
    }
    return updated;
  }
}
