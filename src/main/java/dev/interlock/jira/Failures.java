package dev.interlock.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Words for a failed request: one sentence naming the endpoint and the status, the likely cause,
 * and what Jira itself said, e.g. {@code "Jira answered 401 for GET /rest/api/2/myself: the
 * credentials were refused; the API token may be wrong or expired (check jira.auth)"}.
 */
final class Failures {
  private static final int MAX_DETAIL = 300;
  private static final ObjectMapper JSON = JiraJson.newMapper();

  private Failures() {}

  static JiraException toException(Request request, String path, Failure f, int maxRetries) {
    String method = request.method();
    String url = request.url().toString();
    if (f.status() == JiraException.NO_ANSWER) {
      HttpUrl u = request.url();
      boolean usualPort = u.port() == HttpUrl.defaultPort(u.scheme());
      String host = u.scheme() + "://" + u.host() + (usualPort ? "" : ":" + u.port());
      return new JiraException(
          f.status(),
          method,
          url,
          "no answer from "
              + host
              + " for "
              + method
              + " "
              + path
              + " after "
              + (maxRetries + 1)
              + (maxRetries == 0 ? " attempt (" : " attempts (")
              + describe(f.cause())
              + ");"
              + " check jira.url and the network",
          f.cause());
    }
    String message =
        "Jira answered "
            + f.status()
            + " for "
            + method
            + " "
            + path
            + ": "
            + cause(f, maxRetries)
            + detail(f.body());
    return new JiraException(f.status(), method, url, message, messages(f.body()));
  }

  static String cause(Failure f, int maxRetries) {
    return switch (f.status()) {
      case 400 -> "Jira refused the request";
      case 401 ->
          "the credentials were refused; the API token may be wrong or expired"
              + " (check jira.auth)";
      case 403 ->
          "access denied; the account lacks a permission for this (for example Browse"
              + " projects), or Jira wants a CAPTCHA after failed sign-ins";
      case 404 ->
          "not found; check jira.url (and its context path), or the account may not" + " see it";
      case 410 ->
          "this endpoint has been removed from this Jira; check jira.flavor (Jira Cloud"
              + " removed /rest/api/2/search in 2025)";
      case 429 ->
          "still rate limited after "
              + maxRetries
              + " retries; run again later or"
              + " lower jira.maxConcurrency";
      case 503 -> "Jira is unavailable, still after " + maxRetries + " retries; run again later";
      default -> f.status() >= 500 ? "Jira failed with a server error" : "unexpected answer";
    };
  }

  private static String describe(@Nullable IOException e) {
    if (e == null) {
      return "no cause";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** What Jira said in {@code errorMessages} and {@code errors}, or nothing. */
  static String detail(String body) {
    List<String> said = messages(body);
    if (said.isEmpty()) {
      return "";
    }
    String text = String.join("; ", said);
    return " (Jira says: "
        + (text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text)
        + ")";
  }

  static List<String> messages(String body) {
    List<String> said = new ArrayList<>();
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (IOException e) {
      return said;
    }
    if (node == null || !node.isObject()) {
      return said;
    }
    node.path("errorMessages").forEach(m -> said.add(m.asText()));
    node.path("errors")
        .fields()
        .forEachRemaining(e -> said.add(e.getKey() + ": " + e.getValue().asText()));
    return said;
  }
}
