package dev.interlock.jira;

import dev.interlock.model.Team;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JQL built from the configuration, with every value quoted so that a project key, component or
 * label can never change the query's meaning. Filters carry no {@code ORDER BY}; the search adds
 * it.
 */
public final class Jql {
  private Jql() {}

  /** {@code "PAY"}, with {@code "} and {@code \} escaped. */
  public static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** {@code ("A", "B")}. */
  public static String list(Collection<String> values) {
    return values.stream().map(Jql::quote).collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * The team's issues: its own {@code jql} when set, else its projects, components and labels
   * joined by OR, e.g. {@code project in ("CHK") OR component in ("Cart")}.
   */
  public static String forTeam(Team team) {
    if (team.jql() != null) {
      return "(" + team.jql() + ")";
    }
    List<String> clauses = new ArrayList<>();
    if (!team.projects().isEmpty()) {
      clauses.add("project in " + list(team.projects()));
    }
    if (!team.components().isEmpty()) {
      clauses.add("component in " + list(team.components()));
    }
    if (!team.labels().isEmpty()) {
      clauses.add("labels in " + list(team.labels()));
    }
    return "(" + String.join(" OR ", clauses) + ")";
  }

  /** {@code key in ("A-1", "B-2")}. */
  public static String keys(Collection<String> keys) {
    return "key in " + list(keys);
  }

  /** {@code filter} continued after {@code lastKey}, for windowed paging in key order. */
  public static String after(String filter, String lastKey) {
    return filter + " AND key > " + quote(lastKey);
  }

  /** {@code filter ORDER BY key ASC}. */
  public static String byKey(String filter) {
    return filter + " ORDER BY key ASC";
  }

  private static final java.time.format.DateTimeFormatter JQL_MINUTE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", java.util.Locale.ROOT);

  /**
   * {@code filter AND updated >= "2026/11/15 18:50"}: JQL reads the literal in the account's time
   * zone {@code zone}, to the minute; the moment is rounded down, so nothing updated at or after
   * {@code since} is missed.
   */
  public static String updatedSince(String filter, java.time.Instant since, java.time.ZoneId zone) {
    return filter + " AND updated >= " + quote(JQL_MINUTE.format(since.atZone(zone)));
  }
}
