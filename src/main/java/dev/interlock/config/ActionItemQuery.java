package dev.interlock.config;

import dev.interlock.model.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Jira issues are the meeting's action items: {@code jql} as written (a live pull searches
 * with it), and its label and project parts, which is what an offline snapshot can answer. Offline
 * the JQL may only be clauses {@code labels = X}, {@code labels in (X, Y)} and {@code project = X}
 * (or {@code project in (..)}) joined by {@code AND}; an issue matches when it carries one of the
 * labels (if any are named) and lives in one of the projects (if any are named).
 */
public record ActionItemQuery(String jql, Set<String> labels, Set<String> projects) {
  public static final String DEFAULT_JQL = "labels = sos-action";

  /** What {@link #parse} accepts, for error messages. */
  public static final String SUPPORTED =
      "offline Interlock understands only \"labels = X\", \"labels in (X, Y)\", \"project = X\""
          + " and \"project in (X, Y)\" joined by AND";

  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?i)^\\s*(labels|project)\\s*(?:=\\s*(\"[^\"]*\"|[^\\s()\",]+)|in\\s*\\(([^)]*)\\))\\s*$");

  public ActionItemQuery {
    labels = Set.copyOf(new TreeSet<>(labels));
    projects = Set.copyOf(new TreeSet<>(projects));
  }

  /** The default: issues labelled {@code sos-action}. */
  public static ActionItemQuery defaults() {
    return parse(DEFAULT_JQL);
  }

  /**
   * Parses {@code jql}.
   *
   * @throws IllegalArgumentException naming the clause that is not supported offline
   */
  public static ActionItemQuery parse(String jql) {
    Set<String> labels = new TreeSet<>();
    Set<String> projects = new TreeSet<>();
    for (String clause : jql.split("(?i)\\s+AND\\s+")) {
      Matcher m = CLAUSE.matcher(clause);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "cannot use \"" + clause.strip() + "\"; " + SUPPORTED + ", e.g. labels = sos-action");
      }
      List<String> values = m.group(2) != null ? List.of(unquote(m.group(2))) : split(m.group(3));
      boolean label = m.group(1).equalsIgnoreCase("labels");
      for (String v : values) {
        (label ? labels : projects).add(label ? v : v.toUpperCase(Locale.ROOT));
      }
    }
    return new ActionItemQuery(jql.strip(), labels, projects);
  }

  /** Whether {@code issue} is an action item by this query's label and project parts. */
  public boolean matches(Issue issue) {
    boolean labelled = labels.isEmpty() || issue.labels().stream().anyMatch(labels::contains);
    return labelled && (projects.isEmpty() || projects.contains(issue.project()));
  }

  private static List<String> split(String list) {
    List<String> values = new ArrayList<>();
    for (String v : list.split(",")) {
      String s = unquote(v.strip());
      if (s.isEmpty()) {
        throw new IllegalArgumentException("an empty value in \"(" + list + ")\"; " + SUPPORTED);
      }
      values.add(s);
    }
    return values;
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }
}
