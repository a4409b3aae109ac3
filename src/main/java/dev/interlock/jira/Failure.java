package dev.interlock.jira;

import java.io.IOException;
import java.time.Duration;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * One failed attempt: the status ({@link JiraException#NO_ANSWER} without a response), the body
 * Jira sent, the wait it asked for, and the rate-limit reason, if any.
 */
record Failure(
    int status,
    String body,
    @Nullable Duration retryAfter,
    @Nullable String reason,
    @Nullable IOException cause) {

  static Failure of(Response response, String body, @Nullable Duration retryAfter) {
    return new Failure(
        response.code(), body, retryAfter, response.header("RateLimit-Reason"), null);
  }

  static Failure noAnswer(IOException cause) {
    return new Failure(JiraException.NO_ANSWER, "", null, null, cause);
  }

  /** 429 and 503 are worth another try, and so is a request that got no answer. */
  boolean retryable() {
    return status == 429 || status == 503 || status == JiraException.NO_ANSWER;
  }

  /** "429 (jira-burst-based)", "503", "no answer (SocketTimeoutException)". */
  String describe() {
    if (status == JiraException.NO_ANSWER) {
      return "no answer (" + (cause == null ? "?" : cause.getClass().getSimpleName()) + ")";
    }
    return reason == null ? Integer.toString(status) : status + " (" + reason + ")";
  }
}
