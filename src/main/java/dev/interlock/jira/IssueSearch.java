package dev.interlock.jira;

import java.util.List;

/** Pages through the issues matching a JQL filter; one implementation per {@link Deployment}. */
interface IssueSearch {
  /**
   * Passes every page of {@code filter} (JQL without ORDER BY) to {@code sink}, in key order, with
   * the given {@code fields} and, when {@code changelog}, the inline changelog.
   */
  void run(String filter, List<String> fields, boolean changelog, PageSink sink)
      throws JiraException;

  static IssueSearch of(Deployment deployment, JiraHttp http, int pageSize, int resultWindow) {
    return deployment == Deployment.CLOUD
        ? new CloudSearch(http, pageSize)
        : new DataCenterSearch(http, pageSize, resultWindow);
  }
}
