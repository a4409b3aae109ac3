package dev.interlock.jira;

/** One team to pull: its name (for messages) and its JQL filter (without ORDER BY). */
public record TeamFilter(String team, String jql) {}
