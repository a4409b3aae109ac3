package dev.interlock.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches, with few fields, the issues that the teams' links point to but no team's search
 * returned, {@link #BATCH} keys a search ({@code key in (…)}), so every cross-team edge has a
 * status and a project. Jira refuses a whole query for a key the account may not see (400 naming
 * it); such keys are set aside as not visible and the rest is asked again.
 */
final class OutsideIssues {
  /** Keys per query: short enough for any JQL limit, one page each. */
  static final int BATCH = 100;

  static final List<String> FIELDS =
      List.of(
          "summary",
          "issuetype",
          "project",
          "status",
          "resolution",
          "resolutiondate",
          "created",
          "updated",
          "duedate",
          "priority",
          "components",
          "labels");

  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[0-9]+");

  private final IssueSearch search;
  private final JiraHttp http;

  OutsideIssues(IssueSearch search, JiraHttp http) {
    this.search = search;
    this.http = http;
  }

  /**
   * Searches {@code keys}; returns the page (all answers merged) and adds the keys Jira would not
   * show to {@code invisible}.
   */
  ObjectNode fetch(List<String> keys, List<String> invisible) throws JiraException {
    ObjectNode merged = http.json().createObjectNode();
    ArrayNode issues = merged.putArray("issues");
    Set<String> asked = new LinkedHashSet<>(keys);
    while (!asked.isEmpty()) {
      try {
        search.run(
            Jql.keys(asked), FIELDS, false, (raw, page) -> issues.addAll(raw.withArray("issues")));
        break;
      } catch (JiraException e) {
        List<String> refused = refused(e, asked);
        if (refused.isEmpty()) {
          throw e;
        }
        asked.removeAll(refused);
        invisible.addAll(refused);
      }
    }
    Set<String> found = new LinkedHashSet<>();
    issues.forEach(i -> found.add(i.path("key").asText()));
    asked.stream().filter(k -> !found.contains(k)).forEach(invisible::add);
    merged.put("isLast", true);
    return merged;
  }

  /**
   * The asked keys a 400 names, e.g. "An issue with key 'OPS-7' does not exist for field 'key'".
   */
  private static List<String> refused(JiraException e, Set<String> asked) {
    List<String> refused = new ArrayList<>();
    if (e.status() != 400) {
      return refused;
    }
    for (String message : e.jiraMessages()) {
      Matcher m = KEY.matcher(message);
      while (m.find()) {
        if (asked.contains(m.group()) && !refused.contains(m.group())) {
          refused.add(m.group());
        }
      }
    }
    return refused;
  }
}
