package dev.interlock.jira;

import java.util.List;

/**
 * Jira could not be reached or refused a request. Carries the HTTP {@link #status()} ({@link
 * #NO_ANSWER} when no response came), the {@link #method()} and the {@link #url()} (never the
 * credentials); the message says what failed and the likely cause, for the user.
 */
public final class JiraException extends Exception {
  /** The status of a request that got no HTTP answer (connection refused, timeout, DNS). */
  public static final int NO_ANSWER = 0;

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final String url;
  private final List<String> jiraMessages;

  public JiraException(int status, String method, String url, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.method = method;
    this.url = url;
    this.jiraMessages = List.of();
  }

  /** {@code jiraMessages}: what Jira said in {@code errorMessages} and {@code errors}. */
  public JiraException(
      int status, String method, String url, String message, List<String> jiraMessages) {
    super(message);
    this.status = status;
    this.method = method;
    this.url = url;
    this.jiraMessages = List.copyOf(jiraMessages);
  }

  /** What Jira said about the failure, in its words; empty when it said nothing. */
  public List<String> jiraMessages() {
    return jiraMessages;
  }

  public int status() {
    return status;
  }

  public String method() {
    return method;
  }

  public String url() {
    return url;
  }

  /**
   * True when nothing will work until the user acts: no answer at all, or the credentials were
   * refused (401, 403). A 404 or 400 concerns one request only.
   */
  public boolean isFatal() {
    return status == NO_ANSWER || status == 401 || status == 403 || status == 410;
  }
}
