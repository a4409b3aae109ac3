package dev.interlock.contract;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WireMock listener that checks every request the client sends (and every successful answer)
 * against Jira's OpenAPI spec, see {@link JiraContract}. Violations accumulate; a test asserts
 * {@link #violations()} is empty after acting. Exempt (Data Center-only) requests are counted.
 */
public final class ContractListener implements ServeEventListener {
  private final List<String> violations = new CopyOnWriteArrayList<>();
  private final List<String> checked = new CopyOnWriteArrayList<>();
  private final List<String> exempt = new CopyOnWriteArrayList<>();

  @Override
  public String getName() {
    return "jira-openapi-contract";
  }

  @Override
  public void afterComplete(ServeEvent event, Parameters parameters) {
    LoggedRequest request = event.getRequest();
    String method = request.getMethod().getName();
    String path = URI.create(request.getUrl()).getPath();
    if (JiraContract.isExempt(method, path)) {
      exempt.add(method + " " + path);
      return;
    }
    LoggedResponse response = event.getResponse();
    checked.add(method + " " + path);
    violations.addAll(
        JiraContract.check(
            method,
            path,
            query(request),
            request.getHeader("Content-Type"),
            request.getBodyAsString(),
            response.getStatus(),
            response.getBodyAsString()));
  }

  private static Map<String, List<String>> query(LoggedRequest request) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String name : request.getQueryParams().keySet()) {
      QueryParameter p = request.queryParameter(name);
      query.put(name, new ArrayList<>(p.values()));
    }
    return query;
  }

  public List<String> violations() {
    return List.copyOf(violations);
  }

  /** Every validated exchange, as "METHOD /path". */
  public List<String> checked() {
    return List.copyOf(checked);
  }

  /** The Data Center-only requests that were not validated. */
  public List<String> exempt() {
    return List.copyOf(exempt);
  }
}
