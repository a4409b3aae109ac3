package dev.interlock.jira;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cloud's enhanced search, {@code POST /rest/api/2/search/jql}: follows {@code nextPageToken} and
 * stops on a missing token, {@code isLast}, an empty page, or a token it has seen before (a loop
 * would otherwise never end).
 */
final class CloudSearch implements IssueSearch {
  static final String PATH = "/rest/api/2/search/jql";

  private final JiraHttp http;
  private final int pageSize;

  CloudSearch(JiraHttp http, int pageSize) {
    this.http = http;
    this.pageSize = pageSize;
  }

  @Override
  public void run(String filter, List<String> fields, boolean changelog, PageSink sink)
      throws JiraException {
    Set<String> seen = new HashSet<>();
    String token = null;
    do {
      ObjectNode raw = (ObjectNode) http.post(PATH, body(filter, fields, changelog, token));
      SearchPageDto page = http.read(raw, SearchPageDto.class, "POST", PATH);
      sink.accept(raw, page);
      token = page.isLastPage() ? null : page.nextPageToken();
    } while (token != null && seen.add(token));
  }

  private ObjectNode body(
      String filter, List<String> fields, boolean changelog, @Nullable String token) {
    ObjectNode body = http.json().createObjectNode();
    body.put("jql", Jql.byKey(filter));
    fields.forEach(body.putArray("fields")::add);
    body.put("maxResults", pageSize);
    if (changelog) {
      body.put("expand", "changelog");
    }
    if (token != null) {
      body.put("nextPageToken", token);
    }
    return body;
  }
}
