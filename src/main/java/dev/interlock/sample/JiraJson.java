package dev.interlock.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The small objects Jira Cloud repeats everywhere (users, statuses, priorities, issue types, the
 * other end of a link), written exactly as {@code /rest/api/2} returns them.
 */
final class JiraJson {
  static final String SITE = "https://acme.atlassian.net";
  static final String API = SITE + "/rest/api/2";

  // Jira's offset has no colon (+0000), which ISO_OFFSET_DATE_TIME would not write.
  private static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SPRINT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private JiraJson() {}

  /** {@code 2026-05-18T09:12:33.000+0000}. */
  static String time(Instant t) {
    return JIRA_TIME.format(t);
  }

  /** {@code 2026-05-18T09:12:33.000Z}, as the agile sprint objects carry it. */
  static String sprintTime(Instant t) {
    return SPRINT_TIME.format(t);
  }

  static void user(JsonGenerator g, Member member) throws IOException {
    g.writeStartObject();
    g.writeStringField("accountId", member.accountId());
    g.writeStringField("displayName", member.displayName());
    g.writeBooleanField("active", true);
    g.writeStringField("accountType", "atlassian");
    g.writeEndObject();
  }

  static void status(JsonGenerator g, WorkflowStatus status) throws IOException {
    g.writeStartObject();
    g.writeStringField("self", API + "/status/" + status.id);
    g.writeStringField("name", status.label);
    g.writeStringField("id", status.id);
    g.writeObjectFieldStart("statusCategory");
    g.writeStringField("self", API + "/statuscategory/" + status.categoryId);
    g.writeNumberField("id", status.categoryId);
    g.writeStringField("key", status.categoryKey);
    g.writeStringField("colorName", status.colorName);
    g.writeStringField("name", status.categoryName);
    g.writeEndObject();
    g.writeEndObject();
  }

  static void priority(JsonGenerator g, PriorityLevel priority) throws IOException {
    g.writeStartObject();
    g.writeStringField("self", API + "/priority/" + priority.id);
    g.writeStringField("name", priority.label);
    g.writeStringField("id", priority.id);
    g.writeEndObject();
  }

  static void issueType(JsonGenerator g, IssueKind kind) throws IOException {
    g.writeStartObject();
    g.writeStringField("self", API + "/issuetype/" + kind.id);
    g.writeStringField("id", kind.id);
    g.writeStringField("name", kind.label);
    g.writeBooleanField("subtask", kind.subtask);
    g.writeNumberField("hierarchyLevel", kind.hierarchyLevel);
    g.writeEndObject();
  }

  /** The other end of a link, a parent or a sub-task: key, id and four fields. */
  static void linked(JsonGenerator g, LinkTarget issue) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", issue.id());
    g.writeStringField("key", issue.key());
    g.writeStringField("self", API + "/issue/" + issue.id());
    g.writeObjectFieldStart("fields");
    g.writeStringField("summary", issue.summary());
    g.writeFieldName("status");
    status(g, issue.status());
    g.writeFieldName("priority");
    priority(g, issue.priority());
    g.writeFieldName("issuetype");
    issueType(g, issue.kind());
    g.writeEndObject();
    g.writeEndObject();
  }

  static void stringOrNull(
      JsonGenerator g, String field, @org.jspecify.annotations.Nullable String value)
      throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}
