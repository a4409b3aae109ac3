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

  /** Comments by issue key, in creation order; their properties by comment id. */
  private final Map<String, List<ObjectNode>> comments = new ConcurrentHashMap<>();

  private final Map<String, Map<String, JsonNode>> properties = new ConcurrentHashMap<>();
  private final AtomicInteger commentIds = new AtomicInteger(50_000);
  private final List<String> writes = java.util.Collections.synchronizedList(new ArrayList<>());

  /** Per issue key, the status a comment write on it is answered with instead (429, 400, 404…). */
  private final Map<String, Integer> writeFaults = new ConcurrentHashMap<>();

  /** Issue keys whose next comment create is stored and then answered by a closed connection. */
  private final Set<String> storeThenDrop = ConcurrentHashMap.newKeySet();

  /** The comments on {@code key} (copies), oldest first. */
  public List<ObjectNode> comments(String key) {
    return comments.getOrDefault(key, List.of()).stream().map(ObjectNode::deepCopy).toList();
  }

  /** Every comment write received, as "POST PAY-55", "PUT PAY-55 50001", "DELETE …". */
  public List<String> writes() {
    synchronized (writes) {
      return List.copyOf(writes);
    }
  }

  /** Answers every comment write on {@code key} with {@code status} from now on. */
  public void failWrites(String key, int status) {
    writeFaults.put(key, status);
  }

  /** Stores the next comment created on {@code key}, then closes the connection unanswered. */
  public void storeThenDrop(String key) {
    storeThenDrop.add(key);
  }

  /** Adds a comment by someone else (or by the bot, without the property), as a person would. */
  public void addForeignComment(String key, String authorId, String body) {
    ObjectNode c = comment(key, body, authorId);
    comments
        .computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
        .add(c);
  }

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
    ResponseDefinitionBuilder commentAnswer = comments(request, method, path);
    if (commentAnswer != null) {
      return commentAnswer;
    }
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

  private static final java.util.regex.Pattern ISSUE_COMMENTS =
      java.util.regex.Pattern.compile("/rest/api/2/issue/([^/]+)/comment(?:/(\\d+))?");
  private static final java.util.regex.Pattern COMMENT_PROPERTY =
      java.util.regex.Pattern.compile("/rest/api/2/comment/(\\d+)/properties/([^/]+)");

  private String botId() {
    return options.cloud() ? "5b10ac8d82e05b22cc7d4ef5" : "interlock";
  }

  private ObjectNode comment(String key, String body, String authorId) {
    ObjectNode c = SiteData.JSON.createObjectNode();
    String id = Integer.toString(commentIds.incrementAndGet());
    c.put("id", id);
    c.put("self", "http://jira.example/rest/api/2/issue/" + key + "/comment/" + id);
    ObjectNode author = c.putObject("author");
    if (options.cloud()) {
      author.put("accountId", authorId);
    } else {
      author.put("name", authorId).put("key", authorId);
    }
    author.put("displayName", authorId.equals(botId()) ? "Interlock Bot" : "Someone");
    c.put("body", body);
    c.put("created", "2026-11-16T02:00:00.000+0000");
    c.put("updated", "2026-11-16T02:00:00.000+0000");
    return c;
  }

  private boolean issueExists(String key) {
    return site.issues().stream().anyMatch(i -> i.path("key").asText().equals(key));
  }

  /** The comment endpoints, or null for any other request. */
  private ResponseDefinitionBuilder comments(Request request, String method, String path) {
    java.util.regex.Matcher property = COMMENT_PROPERTY.matcher(path);
    if (property.matches() && method.equals("GET")) {
      JsonNode value = properties.getOrDefault(property.group(1), Map.of()).get(property.group(2));
      if (value == null) {
        return status(404, "The property with key '" + property.group(2) + "' does not exist.");
      }
      ObjectNode p = SiteData.JSON.createObjectNode();
      p.put("key", property.group(2));
      p.set("value", value);
      return json(p.toString());
    }
    java.util.regex.Matcher m = ISSUE_COMMENTS.matcher(path);
    if (!m.matches()) {
      return null;
    }
    String key = java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    String id = m.group(2);
    if (!issueExists(key)) {
      return status(404, "Issue does not exist or you do not have permission to see it.");
    }
    List<ObjectNode> list =
        comments.computeIfAbsent(
            key, k -> java.util.Collections.synchronizedList(new ArrayList<>()));
    if (method.equals("GET") && id == null) {
      int startAt = Integer.parseInt(queryOr(request, "startAt", "0"));
      int max = Integer.parseInt(queryOr(request, "maxResults", "50"));
      ObjectNode page = SiteData.JSON.createObjectNode();
      page.put("startAt", startAt);
      page.put("maxResults", max);
      page.put("total", list.size());
      ArrayNode out = page.putArray("comments");
      synchronized (list) {
        for (int i = startAt; i < Math.min(list.size(), startAt + max); i++) {
          out.add(list.get(i));
        }
      }
      return json(page.toString());
    }
    writes.add(method + " " + key + (id == null ? "" : " " + id));
    Integer fault = writeFaults.get(key);
    if (fault != null) {
      ResponseDefinitionBuilder r = status(fault, "Refused by the fake for " + key);
      return fault == 429
          ? r.withHeader("RateLimit-Reason", "jira-per-issue-on-write")
              .withHeader("Retry-After", "1")
          : r;
    }
    JsonNode body = read(request.getBodyAsString());
    if (method.equals("POST") && id == null) {
      ObjectNode c = comment(key, body.path("body").asText(), botId());
      list.add(c);
      storeProperties(c.path("id").asText(), body);
      if (storeThenDrop.remove(key)) {
        return ResponseDefinitionBuilder.responseDefinition()
            .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
      }
      return json(c.toString()).withStatus(201);
    }
    ObjectNode existing = null;
    synchronized (list) {
      for (ObjectNode c : list) {
        if (c.path("id").asText().equals(id)) {
          existing = c;
        }
      }
    }
    if (existing == null) {
      return status(404, "Can not find a comment for the id: " + id + ".");
    }
    if (method.equals("PUT")) {
      existing.put("body", body.path("body").asText());
      storeProperties(id, body);
      return json(existing.toString());
    }
    if (method.equals("DELETE")) {
      list.remove(existing);
      properties.remove(id);
      return ResponseDefinitionBuilder.responseDefinition().withStatus(204);
    }
    return status(405, "Method not allowed");
  }

  private void storeProperties(String commentId, JsonNode body) {
    for (JsonNode p : body.path("properties")) {
      properties
          .computeIfAbsent(commentId, k -> new ConcurrentHashMap<>())
          .put(p.path("key").asText(), p.path("value"));
    }
  }

  private static String queryOr(Request request, String name, String fallback) {
    var q = request.queryParameter(name);
    return q != null && q.isPresent() ? q.firstValue() : fallback;
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
