package dev.interlock.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Sends JSON requests to one Jira site and returns the JSON answers: signs each request, retries
 * 429 and 503 (and lost connections) as {@link RetryPolicy} says, holds every thread back while the
 * site asked for a pause, keeps at most {@link HttpOptions#maxConcurrency()} requests in flight,
 * counts requests and retries, and turns every other failure into a {@link JiraException}.
 * Thread-safe.
 */
public final class JiraHttp {
  static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient client;
  private final String base;
  private final JiraAuth auth;
  private final HttpOptions options;
  private final Pacing pacing;
  private final RequestLog log;
  private final ObjectMapper json = JiraJson.newMapper();
  private final Semaphore inFlight;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicLong pausedUntilMillis = new AtomicLong();

  /** {@code base} is the site's address, with its context path and without a trailing slash. */
  public JiraHttp(URI base, JiraAuth auth, HttpOptions options, Pacing pacing, RequestLog log) {
    this.base = base.toString().replaceAll("/+$", "");
    this.auth = auth;
    this.options = options;
    this.pacing = pacing;
    this.log = log;
    this.inFlight = new Semaphore(options.maxConcurrency(), true);
    this.client =
        new OkHttpClient.Builder()
            .connectTimeout(options.connectTimeout())
            .readTimeout(options.readTimeout())
            .callTimeout(options.callTimeout())
            .retryOnConnectionFailure(false)
            .build();
  }

  public JsonNode get(String path) throws JiraException {
    return send(request(path).get().build());
  }

  public JsonNode post(String path, JsonNode body) throws JiraException {
    return send(request(path).post(RequestBody.create(bytes(body), JSON)).build());
  }

  /**
   * A write ({@code POST}, {@code PUT} or {@code DELETE}; {@code body} null for a delete). Unlike a
   * read, a write that got no answer is never sent again: Jira may have performed it, so the caller
   * must look before it writes again. A 429 or 503 (Jira answered, so it did nothing) is retried as
   * a read is.
   */
  public JsonNode write(String method, String path, @Nullable JsonNode body) throws JiraException {
    RequestBody content = body == null ? null : RequestBody.create(bytes(body), JSON);
    return send(request(path).method(method, content).build(), false);
  }

  /**
   * Reads {@code node} as {@code type}; a shape Jira should not send is a {@link JiraException}.
   */
  public <T> T read(JsonNode node, Class<T> type, String method, String path) throws JiraException {
    try {
      return json.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new JiraException(
          200,
          method,
          base + path,
          "Jira's answer to "
              + method
              + " "
              + path
              + " is not what Interlock expects: "
              + JsonProblems.reason(e),
          e);
    }
  }

  public ObjectMapper json() {
    return json;
  }

  /** Every HTTP request sent so far, retries included. */
  public int requests() {
    return requests.get();
  }

  /** How many of {@link #requests()} were retries. */
  public int retries() {
    return retries.get();
  }

  public String base() {
    return base;
  }

  public void shutdown() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  private Request.Builder request(String path) {
    return new Request.Builder()
        .url(base + path)
        .header("Accept", "application/json")
        .header("Authorization", auth.header());
  }

  private byte[] bytes(JsonNode body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree: " + e.getMessage(), e);
    }
  }

  private JsonNode send(Request request) throws JiraException {
    return send(request, true);
  }

  private JsonNode send(Request request, boolean resendWithoutAnswer) throws JiraException {
    Failure last = null;
    int made = 0;
    for (int attempt = 0; attempt <= options.retry().maxRetries(); attempt++) {
      made++;
      if (attempt > 0) {
        waitBeforeRetry(request, attempt, last);
      } else {
        holdWhilePaused(request);
      }
      Attempt result = attempt(request);
      if (result.body != null) {
        return result.body;
      }
      last = result.failure;
      if (!last.retryable() || (!resendWithoutAnswer && last.status() == JiraException.NO_ANSWER)) {
        break;
      }
    }
    throw Failures.toException(request, path(request), last, made - 1);
  }

  private void waitBeforeRetry(Request request, int retry, Failure last) throws JiraException {
    Duration wait = options.retry().delay(retry, last.retryAfter(), pacing.jitter().factor());
    retries.incrementAndGet();
    log.log(
        "retry "
            + retry
            + " of "
            + options.retry().maxRetries()
            + " for "
            + request.method()
            + " "
            + request.url()
            + " after "
            + last.describe()
            + ": waiting "
            + wait.toMillis()
            + " ms");
    if (last.status() == 429) {
      pauseAll(wait);
    }
    sleep(request, wait);
  }

  // A 429 is the site's limit, not this request's: every thread waits until it passes.
  private void pauseAll(Duration wait) {
    long until = pacing.clock().millis() + wait.toMillis();
    pausedUntilMillis.accumulateAndGet(until, Math::max);
  }

  private void sleep(Request request, Duration wait) throws JiraException {
    try {
      pacing.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      throw interrupted(request, "while waiting to retry", e);
    }
  }

  // A retry has waited already; a first attempt waits while another thread's 429 pause lasts.
  private void holdWhilePaused(Request request) throws JiraException {
    long wait = pausedUntilMillis.get() - pacing.clock().millis();
    if (wait > 0) {
      sleep(request, Duration.ofMillis(wait));
    }
  }

  private Attempt attempt(Request request) throws JiraException {
    acquire(request);
    long started = System.nanoTime();
    requests.incrementAndGet();
    try (Response response = client.newCall(request).execute()) {
      String text = bodyText(response.body());
      logResponse(request, response.code(), started);
      if (response.isSuccessful()) {
        return Attempt.ok(parse(request, text));
      }
      return Attempt.failed(
          Failure.of(response, text, RetryAfter.of(response, pacing.clock().instant())));
    } catch (IOException e) {
      log.log(line(request) + " -> no answer: " + e);
      return Attempt.failed(Failure.noAnswer(e));
    } finally {
      inFlight.release();
    }
  }

  private void acquire(Request request) throws JiraException {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      throw interrupted(request, "before", e);
    }
  }

  /** Keeps the thread's interrupt flag and names the request that was cut short. */
  private static JiraException interrupted(Request request, String when, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new JiraException(
        JiraException.NO_ANSWER,
        request.method(),
        request.url().toString(),
        "interrupted " + when + " " + request.method() + " " + path(request),
        e);
  }

  private JsonNode parse(Request request, String text) throws JiraException {
    try {
      return text.isEmpty() ? json.nullNode() : json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new JiraException(
          200,
          request.method(),
          request.url().toString(),
          "Jira's answer to "
              + request.method()
              + " "
              + path(request)
              + " is not JSON; is jira.url the address of Jira? ("
              + e.getOriginalMessage()
              + ")",
          e);
    }
  }

  private void logResponse(Request request, int status, long startedNanos) {
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    log.log(line(request) + " -> " + status + " in " + millis + " ms");
  }

  private static String line(Request request) {
    return request.method()
        + " "
        + request.url()
        + " ["
        + Redaction.headers(request.headers())
        + "]";
  }

  private static String bodyText(@Nullable ResponseBody body) throws IOException {
    return body == null ? "" : body.string();
  }

  static String path(Request request) {
    String path = request.url().encodedPath();
    String query = request.url().encodedQuery();
    return query == null ? path : path + "?" + query;
  }

  private record Attempt(@Nullable JsonNode body, @Nullable Failure failure) {
    static Attempt ok(JsonNode body) {
      return new Attempt(body, null);
    }

    static Attempt failed(Failure failure) {
      return new Attempt(null, failure);
    }
  }
}
