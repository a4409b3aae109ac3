package dev.interlock.jira;

/** Which REST surface a site offers for search and history. */
public enum Deployment {
  /** Jira Cloud: {@code search/jql} with page tokens; {@code changelog/bulkfetch}. */
  CLOUD,
  /** Jira Data Center or Server: {@code search} with {@code startAt}; full inline changelogs. */
  DATA_CENTER
}
