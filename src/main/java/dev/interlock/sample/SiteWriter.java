package dev.interlock.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the site's metadata: {@code field.json} ({@code GET /rest/api/2/field}) and {@code
 * issueLinkType.json} ({@code GET /rest/api/2/issueLinkType}), pretty-printed with {@code \n} line
 * ends on every platform.
 */
final class SiteWriter {
  /**
   * One entry of {@code GET /field}: its schema's type and items, and either the system field it is
   * or (custom fields) its custom type key. A null type means the field has no schema.
   */
  private record FieldSpec(
      String id,
      String name,
      @Nullable String type,
      @Nullable String items,
      @Nullable String system,
      @Nullable String custom,
      List<String> clauseNames) {}

  private static final String GREENHOPPER = "com.pyxis.greenhopper.jira:";
  private static final String CUSTOM_TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

  private static final List<FieldSpec> FIELDS =
      List.of(
          system("summary", "Summary", "string", null, "summary"),
          system("issuetype", "Issue Type", "issuetype", null, "issuetype", "type"),
          system("project", "Project", "project", null, "project"),
          system("status", "Status", "status", null, "status"),
          system("resolution", "Resolution", "resolution", null, "resolution"),
          system("resolutiondate", "Resolved", "datetime", null, "resolutiondate", "resolved"),
          system("created", "Created", "datetime", null, "created", "createdDate"),
          system("updated", "Updated", "datetime", null, "updated", "updatedDate"),
          system("duedate", "Due date", "date", null, "due", "duedate"),
          system("fixVersions", "Fix versions", "array", "version", "fixVersion"),
          system("versions", "Affects versions", "array", "version", "affectedVersion"),
          system("priority", "Priority", "priority", null, "priority"),
          system("assignee", "Assignee", "user", null, "assignee"),
          system("reporter", "Reporter", "user", null, "reporter"),
          system("creator", "Creator", "user", null, "creator"),
          system("components", "Components", "array", "component", "component"),
          system("labels", "Labels", "array", "string", "labels"),
          new FieldSpec("parent", "Parent", null, null, null, null, List.of("parent")),
          system("issuelinks", "Linked Issues", "array", "issuelinks", "issueLink"),
          system("subtasks", "Sub-tasks", "array", "issuelinks", "subtasks"),
          system("comment", "Comment", "comments-page", null, "comment"),
          system("description", "Description", "string", null, "description"),
          system(
              "statuscategorychangedate",
              "Status Category Changed",
              "datetime",
              null,
              "statusCategoryChangedDate"),
          system("watches", "Watchers", "watches", null, "watchers"),
          new FieldSpec(
              "issuekey", "Key", null, null, null, null, List.of("id", "issue", "issuekey", "key")),
          custom("customfield_10001", "Team", "team", null, CUSTOM_TYPES + "atlassian-team"),
          custom("customfield_10014", "Epic Link", "any", null, GREENHOPPER + "gh-epic-link"),
          custom("customfield_10015", "Start date", "date", null, CUSTOM_TYPES + "datepicker"),
          custom(
              "customfield_10016",
              "Story Points",
              "number",
              null,
              GREENHOPPER + "jsw-story-points"),
          custom("customfield_10019", "Rank", "any", null, GREENHOPPER + "gh-lexo-rank"),
          custom("customfield_10020", "Sprint", "array", "json", GREENHOPPER + "gh-sprint"),
          custom(
              "customfield_10021", "Flagged", "array", "option", CUSTOM_TYPES + "multicheckboxes"));

  private final JsonFactory json = new JsonFactory();

  void writeFields(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator g = pretty(out)) {
      g.writeStartArray();
      for (FieldSpec field : FIELDS) {
        field(g, field);
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }

  void writeLinkTypes(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator g = pretty(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("issueLinkTypes");
      for (LinkKind kind : LinkKind.values()) {
        g.writeStartObject();
        g.writeStringField("id", kind.id);
        g.writeStringField("name", kind.label);
        g.writeStringField("inward", kind.inward);
        g.writeStringField("outward", kind.outward);
        g.writeStringField("self", JiraJson.API + "/issueLinkType/" + kind.id);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void field(JsonGenerator g, FieldSpec field) throws IOException {
    boolean isCustom = field.custom() != null;
    g.writeStartObject();
    g.writeStringField("id", field.id());
    g.writeStringField("key", field.id());
    g.writeStringField("name", field.name());
    if (isCustom) {
      g.writeStringField("untranslatedName", field.name());
    }
    g.writeBooleanField("custom", isCustom);
    g.writeBooleanField("orderable", true);
    g.writeBooleanField("navigable", true);
    g.writeBooleanField("searchable", true);
    g.writeArrayFieldStart("clauseNames");
    for (String clause : field.clauseNames()) {
      g.writeString(clause);
    }
    g.writeEndArray();
    if (field.type() != null) {
      g.writeObjectFieldStart("schema");
      g.writeStringField("type", field.type());
      if (field.items() != null) {
        g.writeStringField("items", field.items());
      }
      if (isCustom) {
        g.writeStringField("custom", field.custom());
        g.writeNumberField(
            "customId", Long.parseLong(field.id().substring("customfield_".length())));
      } else {
        g.writeStringField("system", field.system());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private JsonGenerator pretty(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    return json.createGenerator(out)
        .setPrettyPrinter(
            new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
  }

  private static FieldSpec system(
      String id, String name, String type, @Nullable String items, String... clauseNames) {
    return new FieldSpec(id, name, type, items, id, null, List.of(clauseNames));
  }

  private static FieldSpec custom(
      String id, String name, String type, @Nullable String items, String customType) {
    String number = id.substring("customfield_".length());
    return new FieldSpec(
        id, name, type, items, null, customType, List.of("cf[" + number + "]", name));
  }
}
