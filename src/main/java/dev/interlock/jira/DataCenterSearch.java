package dev.interlock.jira;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Data Center's search, {@code POST /rest/api/2/search}: pages by {@code startAt}, reading back the
 * {@code maxResults} the server allows. Never pages past {@code resultWindow} (Jira 10+ with
 * OpenSearch fails beyond 10,000): there it starts a new window after the last key seen.
 */
final class DataCenterSearch implements IssueSearch {
  static final String PATH = "/rest/api/2/search";

  /** {@code jira.search.platform.max.result.window}'s default. */
  static final int DEFAULT_RESULT_WINDOW = 10_000;

  private final JiraHttp http;
  private final int pageSize;
  private final int resultWindow;

  DataCenterSearch(JiraHttp http, int pageSize, int resultWindow) {
    this.http = http;
    this.pageSize = pageSize;
    this.resultWindow = resultWindow;
  }

  @Override
  public void run(String filter, List<String> fields, boolean changelog, PageSink sink)
      throws JiraException {
    String window = filter;
    int startAt = 0;
    while (true) {
      ObjectNode raw = (ObjectNode) http.post(PATH, body(window, fields, changelog, startAt));
      SearchPageDto page = http.read(raw, SearchPageDto.class, "POST", PATH);
      sink.accept(raw, page);
      if (page.isLastPage()) {
        return;
      }
      int served = page.maxResults() == null ? pageSize : page.maxResults();
      startAt += page.issues().size();
      if (startAt + served > resultWindow) {
        window = Jql.after(filter, page.issues().get(page.issues().size() - 1).key());
        startAt = 0;
      }
    }
  }

  private ObjectNode body(String filter, List<String> fields, boolean changelog, int startAt) {
    ObjectNode body = http.json().createObjectNode();
    body.put("jql", Jql.byKey(filter));
    body.put("startAt", startAt);
    body.put("maxResults", pageSize);
    fields.forEach(body.putArray("fields")::add);
    if (changelog) {
      body.putArray("expand").add("changelog");
    }
    return body;
  }
}
