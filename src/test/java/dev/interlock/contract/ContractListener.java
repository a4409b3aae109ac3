package dev.interlock.contract;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A WireMock listener that checks every request the client sends (and every successful answer)
 * against Jira's OpenAPI spec, see {@link JiraContract}, and records what it finds; {@link
 * JiraWireMock} fails the test that sent the request. It never throws: an exception on WireMock's
 * thread would be lost to the test and would break the connection under the client. A check that
 * cannot run is recorded as a violation. Exempt (Data Center-only) requests are counted.
 *
 * <p>The check runs before the answer is sent, so by the time the client has read an answer, its
 * exchange is recorded.
 */
final class ContractListener implements ServeEventListener {
  private final List<String> violations = new CopyOnWriteArrayList<>();
  private final List<String> checked = new CopyOnWriteArrayList<>();
  private final List<String> exempt = new CopyOnWriteArrayList<>();
  private volatile @Nullable Path spec;

  @Override
  public String getName() {
    return "jira-openapi-contract";
  }

  @Override
  public void beforeResponseSent(ServeEvent event, Parameters parameters) {
    LoggedRequest request = event.getRequest();
    String method = request.getMethod().getName();
    String path = URI.create(request.getUrl()).getPath();
    try {
      check(event, method, path);
    } catch (RuntimeException | Error e) {
      violations.add(method + " " + path + ": the contract check could not run: " + e);
    }
  }

  private void check(ServeEvent event, String method, String path) {
    LoggedRequest request = event.getRequest();
    if (JiraContract.isExempt(method, path)) {
      exempt.add(method + " " + path);
      return;
    }
    Path current = spec;
    if (current == null) {
      violations.add(method + " " + path + ": sent before the spec was resolved");
      return;
    }
    LoggedResponse response = event.getResponse();
    checked.add(method + " " + path);
    violations.addAll(
        JiraContract.check(
            current,
            method,
            path,
            query(request),
            request.getHeader("Content-Type"),
            request.getBodyAsString(),
            // A connection closed without an answer has no response to check; its request is.
            response.getFault() != null ? 0 : response.getStatus(),
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

  /** Checks against {@code spec} from now on (until then, a check that cannot run is recorded). */
  void useSpec(Path spec) {
    this.spec = spec;
  }

  /** Forgets what was recorded, before the next test. */
  void reset() {
    violations.clear();
    checked.clear();
    exempt.clear();
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
