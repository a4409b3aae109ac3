package dev.interlock.fakejira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Jira (a WireMock transformer over one catch-all stub) serving {@link SiteData} as Cloud or
 * Data Center: discovery, {@code search/jql} with page tokens and inline changelogs capped like
 * Cloud's, {@code changelog/bulkfetch} with epoch-millis dates, DC {@code search} with {@code
 * startAt}, {@code project/{key}}, {@code serverInfo}. Evaluates the JQL Interlock sends, honours
 * {@code fields}, answers a fixed latency, and injects faults into numbered POSTs. Thread-safe.
 */
public final class FakeJira implements ResponseDefinitionTransformerV2 {
  /** How the fake behaves. {@code faults} maps the n-th POST (1-based) to its fault. */
  public record Options(
      boolean cloud,
      int changelogCap,
      int latencyMillis,
      Map<Integer, Fault> faults,
      String failingProject,
      String timeZone) {
    public static Options ofCloud() {
      return new Options(true, 40, 0, Map.of(), "", "UTC");
    }

    public static Options ofDataCenter() {
      return new Options(false, Integer.MAX_VALUE, 0, Map.of(), "", "UTC");
    }

    public Options withCap(int cap) {
      return new Options(cloud, cap, latencyMillis, faults, failingProject, timeZone);
    }

    public Options withLatency(int millis) {
      return new Options(cloud, changelogCap, millis, faults, failingProject, timeZone);
    }

    public Options withFaults(Map<Integer, Fault> f) {
      return new Options(cloud, changelogCap, latencyMillis, f, failingProject, timeZone);
    }

    public Options failing(String project) {
      return new Options(cloud, changelogCap, latencyMillis, faults, project, timeZone);
    }

    /** The account's time zone, which {@code myself} reports and JQL date literals are read in. */
    public Options inTimeZone(String zone) {
      return new Options(cloud, changelogCap, latencyMillis, faults, failingProject, zone);
    }
  }

  private static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private volatile SiteData site;
  private volatile Options options;
  private final List<String> jqls = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger posts = new AtomicInteger();
  private final Map<String, AtomicInteger> byPath = new ConcurrentHashMap<>();

  public FakeJira(SiteData site, Options options) {
    this.site = site;
    this.options = options;
  }

  @Override
  public String getName() {
    return "fake-jira";
  }

  /** Serves {@code changed} from now on: the site as it is after edits, creations, deletions. */
  public void setSite(SiteData changed) {
    this.site = changed;
  }

  /** Behaves as {@code changed} from now on (e.g. a team's searches start failing). */
  public void setOptions(Options changed) {
    this.options = changed;
  }

  private volatile boolean dropping;

  /** From now on, closes the connection on every search and changelog request without answering. */
  public void dropConnections(boolean drop) {
    this.dropping = drop;
  }

  /** Every JQL query received, in order. */
  public List<String> jqls() {
    synchronized (jqls) {
      return List.copyOf(jqls);
    }
  }

  /** Requests received per path, e.g. {@code /rest/api/2/search/jql → 7}. */
  public Map<String, Integer> requests() {
    Map<String, Integer> counts = new TreeMap<>();
    byPath.forEach((path, n) -> counts.put(path, n.get()));
    return counts;
  }

  public int totalRequests() {
    return byPath.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().replaceAll("\\?.*", "");
    byPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    ResponseDefinitionBuilder response = answer(request, path);
    int delay = options.latencyMillis();
    if (dropping && request.getMethod().getName().equals("POST")) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
          .build();
    }
    if (request.getMethod().getName().equals("POST")) {
      Fault fault = options.faults().get(posts.incrementAndGet());
      if (fault == Fault.SLOW) {
        delay += 400;
      } else if (fault != null) {
        response = fault(fault);
      }
    }
    return response.withFixedDelay(delay).build();
  }

  private ResponseDefinitionBuilder answer(Request request, String path) {
    String method = request.getMethod().getName();
    String base = "/rest/api/2/";
    if (method.equals("GET")) {
      return switch (path.substring(Math.min(path.length(), base.length()))) {
        case "myself" ->
            json(
                cloudOr(
                    "{\"accountId\":\"5b10ac8d82e05b22cc7d4ef5\",\"displayName\":\"Interlock"
                        + " Bot\",\"timeZone\":\""
                        + options.timeZone()
                        + "\"}",
                    "{\"name\":\"interlock\",\"key\":\"interlock\",\"displayName\":\"Interlock"
                        + " Bot\",\"timeZone\":\""
                        + options.timeZone()
                        + "\"}"));
        case "serverInfo" ->
            json(
                cloudOr(
                    "{\"deploymentType\":\"Cloud\",\"version\":\"1001.0.0-SNAPSHOT\"}",
                    "{\"deploymentType\":\"Server\",\"version\":\"9.12.0\"}"));
        case "field" -> json(site.fields().toString());
        case "issueLinkType" -> json(site.linkTypes().toString());
        default ->
            path.startsWith(base + "project/")
                ? project(path.substring((base + "project/").length()))
                : status(404, "Not found: " + path);
      };
    }
    JsonNode body = read(request.getBodyAsString());
    if (path.equals(base + "search/jql")) {
      return options.cloud() ? cloudSearch(body) : status(404, "null for uri: " + path);
    }
    if (path.equals(base + "search")) {
      return options.cloud()
          ? status(
              410,
              "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046")
          : dcSearch(body);
    }
    if (path.equals(base + "changelog/bulkfetch") && options.cloud()) {
      return bulkfetch(body);
    }
    return status(404, "Not found: " + path);
  }

  private String cloudOr(String cloud, String dc) {
    return options.cloud() ? cloud : dc;
  }

  private ResponseDefinitionBuilder project(String key) {
    boolean exists =
        site.issues().stream()
            .anyMatch(i -> i.path("fields").path("project").path("key").asText().equals(key));
    return exists
        ? json("{\"key\":\"" + key + "\",\"name\":\"Project " + key + "\"}")
        : status(404, "No project could be found with key '" + key + "'.");
  }

  private ResponseDefinitionBuilder cloudSearch(JsonNode body) {
    int offset =
        body.has("nextPageToken")
            ? Integer.parseInt(body.path("nextPageToken").asText().substring(2))
            : 0;
    Matches m = matches(body);
    if (m.error != null) {
      return m.error;
    }
    int size = Math.min(body.path("maxResults").asInt(50), 5000);
    ObjectNode page = SiteData.JSON.createObjectNode();
    ArrayNode issues = page.putArray("issues");
    List<ObjectNode> all = m.issues;
    for (int i = offset; i < Math.min(all.size(), offset + size); i++) {
      issues.add(shape(all.get(i), body));
    }
    boolean last = offset + size >= all.size();
    if (!last) {
      page.put("nextPageToken", "o-" + (offset + size));
    }
    page.put("isLast", last);
    return json(page.toString());
  }

  private ResponseDefinitionBuilder dcSearch(JsonNode body) {
    int startAt = body.path("startAt").asInt(0);
    int size = Math.min(body.path("maxResults").asInt(50), 1000);
    Matches m = matches(body);
    if (m.error != null) {
      return m.error;
    }
    ObjectNode page = SiteData.JSON.createObjectNode();
    page.put("expand", "schema,names");
    page.put("startAt", startAt);
    page.put("maxResults", size);
    page.put("total", m.issues.size());
    ArrayNode issues = page.putArray("issues");
    for (int i = startAt; i < Math.min(m.issues.size(), startAt + size); i++) {
      issues.add(shape(m.issues.get(i), body));
    }
    return json(page.toString());
  }

  private record Matches(List<ObjectNode> issues, ResponseDefinitionBuilder error) {}

  private Matches matches(JsonNode body) {
    jqls.add(body.path("jql").asText());
    Jql jql = new Jql(body.path("jql").asText(), java.time.ZoneId.of(options.timeZone()));
    if (!options.failingProject().isEmpty()
        && body.path("jql").asText().contains("\"" + options.failingProject() + "\"")) {
      return new Matches(List.of(), status(500, "Internal server error"));
    }
    List<ObjectNode> found = site.issues().stream().filter(jql::matches).toList();
    Set<String> unknown = new TreeSet<>(Keys::compare);
    unknown.addAll(jql.keys());
    found.forEach(i -> unknown.remove(i.path("key").asText()));
    if (!unknown.isEmpty()) {
      ObjectNode error = SiteData.JSON.createObjectNode();
      ArrayNode messages = error.putArray("errorMessages");
      unknown.forEach(
          k -> messages.add("An issue with key '" + k + "' does not exist for field 'key'."));
      error.putObject("errors");
      return new Matches(List.of(), json(error.toString()).withStatus(400));
    }
    return new Matches(found, null);
  }

  /**
   * The issue with only the fields asked for, and its changelog when expanded (capped on Cloud).
   */
  private ObjectNode shape(ObjectNode issue, JsonNode body) {
    ObjectNode out = SiteData.JSON.createObjectNode();
    out.put("expand", issue.path("expand").asText());
    out.put("id", issue.path("id").asText());
    out.put("self", issue.path("self").asText());
    out.put("key", issue.path("key").asText());
    ObjectNode fields = out.putObject("fields");
    for (JsonNode name : body.path("fields")) {
      JsonNode value = issue.path("fields").get(name.asText());
      if (value != null) {
        fields.set(name.asText(), value);
      }
    }
    if (body.path("expand").toString().contains("changelog") && issue.has("changelog")) {
      out.set("changelog", capped(issue.path("changelog")));
    }
    return out;
  }

  private JsonNode capped(JsonNode changelog) {
    ArrayNode histories = (ArrayNode) changelog.path("histories");
    if (histories.size() <= options.changelogCap()) {
      return changelog;
    }
    ObjectNode cut = SiteData.JSON.createObjectNode();
    cut.put("startAt", 0);
    cut.put("maxResults", options.changelogCap());
    cut.put("total", histories.size());
    ArrayNode kept = cut.putArray("histories");
    for (int i = 0; i < options.changelogCap(); i++) {
      kept.add(histories.get(i));
    }
    return cut;
  }

  private ResponseDefinitionBuilder bulkfetch(JsonNode body) {
    Set<String> ids = new TreeSet<>();
    body.path("issueIdsOrKeys").forEach(id -> ids.add(id.asText()));
    List<String[]> refs = new ArrayList<>();
    List<JsonNode> histories = new ArrayList<>();
    for (ObjectNode issue : site.issues()) {
      if (ids.contains(issue.path("id").asText()) || ids.contains(issue.path("key").asText())) {
        JsonNode all = issue.path("changelog").path("histories");
        for (int i = all.size() - 1; i >= 0; i--) {
          refs.add(new String[] {issue.path("id").asText()});
          histories.add(all.get(i));
        }
      }
    }
    int offset =
        body.has("nextPageToken")
            ? Integer.parseInt(body.path("nextPageToken").asText().substring(2))
            : 0;
    int size = body.path("maxResults").asInt(1000);
    ObjectNode page = SiteData.JSON.createObjectNode();
    ArrayNode logs = page.putArray("issueChangeLogs");
    ObjectNode current = null;
    for (int i = offset; i < Math.min(histories.size(), offset + size); i++) {
      String id = refs.get(i)[0];
      if (current == null || !current.path("issueId").asText().equals(id)) {
        current = logs.addObject();
        current.put("issueId", id);
        current.putArray("changeHistories");
      }
      ((ArrayNode) current.path("changeHistories")).add(epochMillis(histories.get(i)));
    }
    if (offset + size < histories.size()) {
      page.put("nextPageToken", "h-" + (offset + size));
    }
    return json(page.toString());
  }

  // Live bulkfetch sends created as epoch milliseconds.
  private static JsonNode epochMillis(JsonNode history) {
    ObjectNode copy = history.deepCopy();
    String created = history.path("created").asText();
    copy.put("created", OffsetDateTime.parse(created, JIRA_TIME).toInstant().toEpochMilli());
    return copy;
  }

  private static ResponseDefinitionBuilder fault(Fault fault) {
    return switch (fault) {
      case TOO_MANY_REQUESTS ->
          status(429, "Rate limit exceeded.")
              .withHeader("Retry-After", "1")
              .withHeader("RateLimit-Reason", "jira-burst-based");
      case TOO_MANY_RESET ->
          status(429, "Rate limit exceeded.").withHeader("X-RateLimit-Reset", "2020-01-01T00:00Z");
      case UNAVAILABLE -> status(503, "Service unavailable");
      default -> status(500, "Internal server error");
    };
  }

  private static ResponseDefinitionBuilder json(String body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", "application/json;charset=UTF-8")
        .withBody(body);
  }

  private static ResponseDefinitionBuilder status(int status, String message) {
    return json("{\"errorMessages\":[\"" + message.replace("\"", "\\\"") + "\"],\"errors\":{}}")
        .withStatus(status);
  }

  private static JsonNode read(String body) {
    try {
      return body == null || body.isEmpty()
          ? SiteData.JSON.createObjectNode()
          : SiteData.JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
