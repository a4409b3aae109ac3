package dev.interlock.contract;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isResponse;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContains;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import dev.interlock.SharedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official Jira Cloud platform OpenAPI spec (v3 document, in the shared folder, never copied
 * into the repository), loaded once, and how Interlock's traffic is checked against it.
 *
 * <p>Pitfalls handled here, as API-NOTES §8 measured them: the client speaks {@code /rest/api/2}
 * while the spec lists {@code /rest/api/3}, so paths are rewritten (both versions share these
 * request schemas); live {@code changelog/bulkfetch} sends {@code created} as epoch millis where
 * the spec says a date-time string, so that one response error is whitelisted; Jira adds response
 * properties freely, so unknown response properties are warnings, not errors; Jira sends {@code
 * null} for absent values (a history item's {@code from}) where the spec types a plain string, so
 * errors made only of such nulls are whitelisted; a comment's {@code body}, a wiki-markup string in
 * REST v2 and an ADF object in the v3 spec, is whitelisted on the comment endpoints and nowhere
 * else. Requests are otherwise held to the spec exactly.
 */
public final class JiraContract {
  /** Data Center-only endpoints: no Cloud spec covers them. Method and /rest/api/2 path. */
  public static final Map<String, String> EXEMPT =
      Map.of(
          "POST /rest/api/2/search",
          "Data Center search with startAt paging; Jira Cloud removed it in 2025 (410 Gone)");

  static final String SPEC = "jira/openapi/jira-platform.swagger-v3.json";

  private static final Map<Path, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  private JiraContract() {}

  /**
   * Resolves the spec in the shared folder of this run and loads it (once per path): skips or fails
   * the calling test per {@link SharedFiles} when it is missing. Call it before any request is
   * sent, so that {@link #check} never meets a missing spec on the server's thread.
   */
  public static void requireSpec() {
    requireSpec(SharedFiles.ofThisRun());
  }

  /** The spec's path in {@code shared}, loaded; skips or fails the calling test when missing. */
  static Path requireSpec(SharedFiles shared) {
    Path spec = shared.file(SPEC);
    validator(spec);
    return spec;
  }

  private static OpenApiInteractionValidator validator(Path spec) {
    return VALIDATORS.computeIfAbsent(spec, JiraContract::build);
  }

  private static OpenApiInteractionValidator build(Path spec) {
    try {
      return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(spec))
          .withLevelResolver(
              LevelResolver.create()
                  .withLevel(
                      "validation.response.body.schema.additionalProperties",
                      ValidationReport.Level.WARN)
                  .build())
          .withWhitelist(
              ValidationErrorsWhitelist.create()
                  .withRule(
                      "live bulkfetch sends created as epoch millis (API-NOTES §2.3)",
                      allOf(
                          pathContains("/changelog/bulkfetch"),
                          messageHasKey("validation.response.body.schema.type")))
                  .withRule(
                      "REST v2 takes and returns a comment body as a wiki-markup string where the"
                          + " v3 spec has an ADF document (WRITE-AND-NIGHTLY-NOTES §1.2)",
                      allOf(pathContains("/comment"), JiraContract::onlyAWikiBody))
                  .withRule(
                      "Jira sends null for an absent value (history items' from/to) where the"
                          + " spec types a plain string",
                      allOf(isResponse(), JiraContract::onlyNullWhereStringExpected)))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean onlyAWikiBody(
      ValidationReport.Message message,
      ApiOperation operation,
      Request request,
      Response response) {
    List<ValidationReport.Message> causes =
        message.getNestedMessages().isEmpty() ? List.of(message) : message.getNestedMessages();
    return causes.stream()
        .allMatch(
            m ->
                m.getKey().endsWith(".body.schema.type")
                    && m.getMessage()
                        .matches(
                            "(?s)\\[Path '(/comments/\\d+)?/body'\\] Instance type \\(string\\).*"));
  }

  private static boolean onlyNullWhereStringExpected(
      ValidationReport.Message message,
      ApiOperation operation,
      Request request,
      Response response) {
    List<ValidationReport.Message> causes =
        message.getNestedMessages().isEmpty() ? List.of(message) : message.getNestedMessages();
    return causes.stream()
        .allMatch(
            m ->
                m.getKey().equals("validation.response.body.schema.type")
                    && m.getMessage().contains("Instance type (null) does not match"));
  }

  /** True when {@code method path} (a /rest/api/2 path, no query) is Data Center-only. */
  public static boolean isExempt(String method, String path) {
    return EXEMPT.containsKey(method + " " + path);
  }

  /**
   * The errors in one exchange: the request always; the response only when it succeeded (error
   * answers are stubs of failures, which the spec need not list).
   */
  public static List<String> check(
      String method,
      String path,
      Map<String, List<String>> query,
      String contentType,
      String body,
      int status,
      String responseBody) {
    Path spec = SharedFiles.ofThisRun().file(SPEC);
    return check(spec, method, path, query, contentType, body, status, responseBody);
  }

  /** As {@link #check(String, String, Map, String, String, int, String)}, against {@code spec}. */
  static List<String> check(
      Path spec,
      String method,
      String path,
      Map<String, List<String>> query,
      String contentType,
      String body,
      int status,
      String responseBody) {
    String v3 = path.replaceFirst("^/rest/api/2/", "/rest/api/3/");
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, v3);
    query.forEach(request::withQueryParam);
    if (contentType != null) {
      request.withContentType(contentType);
    }
    if (body != null && !body.isEmpty()) {
      request.withBody(body);
    }
    request.withAuthorization("Basic redacted");
    OpenApiInteractionValidator validator = validator(spec);
    ValidationReport report = validator.validateRequest(request.build());
    if (status >= 200 && status < 300) {
      report =
          report.merge(
              validator.validateResponse(
                  v3,
                  Request.Method.valueOf(method),
                  SimpleResponse.Builder.status(status)
                      .withContentType("application/json")
                      .withBody(responseBody)
                      .build()));
    }
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> method + " " + path + ": " + m.getKey() + ": " + m.getMessage())
        .toList();
  }
}
