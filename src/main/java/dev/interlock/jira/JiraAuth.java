package dev.interlock.jira;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code Authorization} header value: Basic {@code email:apiToken} for Jira Cloud, Bearer
 * personal access token for Data Center. {@link #toString()} never shows it.
 */
public final class JiraAuth {
  private final String header;
  private final String kind;

  private JiraAuth(String header, String kind) {
    this.header = header;
    this.kind = kind;
  }

  /** Jira Cloud: account email and API token. */
  public static JiraAuth basic(String email, String apiToken) {
    String pair = email + ":" + apiToken;
    String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    return new JiraAuth("Basic " + encoded, "Basic");
  }

  /** Jira Data Center: a personal access token. */
  public static JiraAuth bearer(String personalAccessToken) {
    return new JiraAuth("Bearer " + personalAccessToken, "Bearer");
  }

  String header() {
    return header;
  }

  /** "Basic" or "Bearer", for messages. */
  public String kind() {
    return kind;
  }

  @Override
  public String toString() {
    return "JiraAuth[" + kind + " " + Redaction.REDACTED + "]";
  }
}
