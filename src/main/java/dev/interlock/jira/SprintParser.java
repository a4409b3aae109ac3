package dev.interlock.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interlock.model.Sprint;
import dev.interlock.model.SprintState;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one value of the sprint custom field. Cloud sends objects {@code {id, name, state, boardId,
 * goal, startDate, endDate, completeDate}}; Data Center sends strings {@code
 * com.atlassian.greenhopper.service.sprint.Sprint@4263b21c[id=444,rapidViewId=158,state=ACTIVE,
 * name=…,startDate=…,endDate=…,completeDate=<null>,sequence=444,goal=]}, where {@code <null>} means
 * null and the name and goal are not escaped: {@code id}, {@code state} and the dates are matched
 * by pattern, the name is read up to the next known key (best effort).
 */
public final class SprintParser {
  /** The prefix of every Data Center sprint string. */
  public static final String DATA_CENTER_PREFIX =
      "com.atlassian.greenhopper.service.sprint.Sprint@";

  private static final String NULL = "<null>";
  private static final Pattern ID = Pattern.compile("[\\[,]id=(\\d+)");
  private static final Pattern STATE = Pattern.compile("[\\[,]state=(\\w+)");
  private static final Pattern NAME = Pattern.compile("[\\[,]name=");
  private static final List<String> KEYS =
      List.of(
          "id",
          "rapidViewId",
          "state",
          "startDate",
          "endDate",
          "completeDate",
          "activatedDate",
          "sequence",
          "goal",
          "synced",
          "autoStartStop",
          "incompleteIssuesDestinationId");
  private static final Pattern NEXT_KEY = Pattern.compile(",(?:" + String.join("|", KEYS) + ")=");
  private static final Pattern START = datePattern("startDate");
  private static final Pattern END = datePattern("endDate");
  private static final Pattern COMPLETE = datePattern("completeDate");

  private SprintParser() {}

  /** True for a Data Center sprint string or a Cloud sprint object (it has boardId and state). */
  public static boolean looksLikeSprint(JsonNode value) {
    if (value.isTextual()) {
      return value.asText().startsWith(DATA_CENTER_PREFIX);
    }
    return value.isObject() && value.has("boardId") && value.has("state");
  }

  /**
   * Parses a Cloud sprint object or a Data Center sprint string.
   *
   * @throws IllegalArgumentException naming the value when it has no id or an unreadable date
   */
  public static Sprint parse(JsonNode value) {
    if (value.isTextual()) {
      return parseDataCenter(value.asText());
    }
    if (value.isObject()) {
      return parseCloud(value);
    }
    throw new IllegalArgumentException("not a sprint: " + value);
  }

  /** Parses a Cloud sprint object; a missing name becomes "Sprint " + id. */
  public static Sprint parseCloud(JsonNode sprint) {
    JsonNode id = sprint.path("id");
    if (!id.isIntegralNumber() && !(id.isTextual() && id.asText().matches("\\d{1,18}"))) {
      throw new IllegalArgumentException("sprint without id: " + sprint);
    }
    long sprintId = id.asLong();
    return new Sprint(
        sprintId,
        nameOr(text(sprint, "name"), sprintId),
        SprintState.parse(sprint.path("state").asText("")),
        instant(text(sprint, "startDate")),
        instant(text(sprint, "endDate")),
        instant(text(sprint, "completeDate")));
  }

  /** Parses a Data Center sprint string. */
  public static Sprint parseDataCenter(String text) {
    Matcher id = ID.matcher(text);
    if (!id.find()) {
      throw new IllegalArgumentException("sprint without id: " + text);
    }
    long sprintId = Long.parseLong(id.group(1));
    Matcher state = STATE.matcher(text);
    return new Sprint(
        sprintId,
        nameOr(dataCenterName(text), sprintId),
        state.find() ? SprintState.parse(state.group(1)) : SprintState.UNKNOWN,
        instant(dataCenterDate(text, START)),
        instant(dataCenterDate(text, END)),
        instant(dataCenterDate(text, COMPLETE)));
  }

  private static @Nullable String dataCenterName(String text) {
    Matcher name = NAME.matcher(text);
    if (!name.find()) {
      return null;
    }
    int start = name.end();
    Matcher next = NEXT_KEY.matcher(text);
    int end = next.find(start) ? next.start() : closingBracket(text, start);
    String value = text.substring(start, end);
    return NULL.equals(value) ? null : value;
  }

  private static int closingBracket(String text, int from) {
    int end = text.lastIndexOf(']');
    return end >= from ? end : text.length();
  }

  // A date never holds a comma; requiring its digits keeps a name like "a,startDate=b" out.
  private static Pattern datePattern(String key) {
    return Pattern.compile("[\\[,]" + key + "=(\\d{4}-\\d\\d-\\d\\dT[^,\\]]*)");
  }

  private static @Nullable String dataCenterDate(String text, Pattern date) {
    Matcher m = date.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static String nameOr(@Nullable String name, long id) {
    return name == null || name.isBlank() ? "Sprint " + id : name;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static @Nullable Instant instant(@Nullable String text) {
    return text == null || text.isBlank() || NULL.equals(text)
        ? null
        : JiraDates.parseInstant(text);
  }
}
