package dev.interlock.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Interlock's own comments on issues, through REST v2 (wiki markup on Cloud and Data Center): find
 * the one comment of the signed-in account that carries the {@link #PROPERTY} property, create one
 * with the property set in the same request, edit it in place (without notifying watchers where the
 * site allows it), or delete it.
 */
public final class JiraComments {
  /** The comment property that marks Interlock's comment. */
  public static final String PROPERTY = "interlock";

  private static final int PAGE = 100;

  private final JiraHttp http;
  private final Deployment deployment;

  public JiraComments(JiraHttp http, Deployment deployment) {
    this.http = http;
    this.deployment = deployment;
  }

  /** Interlock's comment as found on an issue: its id and the property's value. */
  public record Found(String id, JsonNode property) {}

  /** Who is signed in: the account id on Cloud, the user key (or name) on Data Center. */
  public String myself() throws JiraException {
    JsonNode me = http.get(SitePull.MYSELF);
    String id =
        deployment == Deployment.CLOUD
            ? me.path("accountId").asText("")
            : me.path("key").asText(me.path("name").asText(""));
    if (id.isEmpty()) {
      throw new JiraException(
          200,
          "GET",
          http.base() + SitePull.MYSELF,
          "Jira's answer to GET " + SitePull.MYSELF + " names no account; cannot tell our comments",
          List.of());
    }
    return id;
  }

  /**
   * The comment on {@code issue} written by {@code me} that carries the property, if any (the
   * oldest, when a past fault left several).
   */
  public Optional<Found> find(String issue, String me) throws JiraException {
    return find(issue, me, "");
  }

  /**
   * As {@link #find(String, String)}, for the comment whose property names {@code meeting} (one
   * comment per meeting on a meeting issue); {@code ""} finds the per-issue comment, which names
   * none.
   */
  public Optional<Found> find(String issue, String me, String meeting) throws JiraException {
    for (String id : authoredBy(issue, me)) {
      try {
        JsonNode property = http.get("/rest/api/2/comment/" + id + "/properties/" + PROPERTY);
        if (!property.path("value").path("meeting").asText("").equals(meeting)) {
          continue;
        }
        return Optional.of(new Found(id, property.path("value")));
      } catch (JiraException e) {
        if (e.status() != 404) {
          throw e;
        }
      }
    }
    return Optional.empty();
  }

  private List<String> authoredBy(String issue, String me) throws JiraException {
    List<String> ids = new ArrayList<>();
    int startAt = 0;
    while (true) {
      JsonNode page =
          http.get(
              "/rest/api/2/issue/"
                  + encode(issue)
                  + "/comment?startAt="
                  + startAt
                  + "&maxResults="
                  + PAGE
                  + "&orderBy=created");
      JsonNode comments = page.path("comments");
      for (JsonNode c : comments) {
        JsonNode author = c.path("author");
        String who =
            deployment == Deployment.CLOUD
                ? author.path("accountId").asText("")
                : author.path("key").asText(author.path("name").asText(""));
        if (who.equals(me)) {
          ids.add(c.path("id").asText());
        }
      }
      startAt += comments.size();
      if (comments.isEmpty() || startAt >= page.path("total").asInt(0)) {
        return ids;
      }
    }
  }

  /** Creates the comment with its property in the same request; returns its id. */
  public String create(String issue, String body, JsonNode property, @Nullable JsonNode visibility)
      throws JiraException {
    JsonNode created =
        http.write(
            "POST",
            "/rest/api/2/issue/" + encode(issue) + "/comment",
            content(body, property, visibility));
    String id = created.path("id").asText("");
    if (id.isEmpty()) {
      throw new JiraException(
          200,
          "POST",
          http.base() + "/rest/api/2/issue/" + issue + "/comment",
          "Jira created a comment on " + issue + " but did not say its id",
          List.of());
    }
    return id;
  }

  /**
   * Edits the comment in place; on Cloud without notifying watchers ({@code notifyUsers=false}).
   */
  public void update(
      String issue, String id, String body, JsonNode property, @Nullable JsonNode visibility)
      throws JiraException {
    String query = deployment == Deployment.CLOUD ? "?notifyUsers=false" : "";
    http.write(
        "PUT",
        "/rest/api/2/issue/" + encode(issue) + "/comment/" + id + query,
        content(body, property, visibility));
  }

  public void delete(String issue, String id) throws JiraException {
    http.write("DELETE", "/rest/api/2/issue/" + encode(issue) + "/comment/" + id, null);
  }

  private ObjectNode content(String body, JsonNode property, @Nullable JsonNode visibility) {
    ObjectNode content = http.json().createObjectNode();
    content.put("body", body);
    if (visibility != null) {
      content.set("visibility", visibility);
    }
    ObjectNode p = content.putArray("properties").addObject();
    p.put("key", PROPERTY);
    p.set("value", property);
    return content;
  }

  private static String encode(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8);
  }
}
