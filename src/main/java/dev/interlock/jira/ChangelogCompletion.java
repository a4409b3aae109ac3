package dev.interlock.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Completes the changelogs Cloud's search cut short: {@code POST /rest/api/2/changelog/bulkfetch}
 * for up to {@link #MAX_ISSUES} issues a call, following {@code nextPageToken}, then writes each
 * issue's full history into its saved page, in place of the inline one.
 */
final class ChangelogCompletion {
  static final String PATH = "/rest/api/2/changelog/bulkfetch";

  /** Jira's limit of issues per bulk changelog request. */
  static final int MAX_ISSUES = 1000;

  /** Histories per page of the answer: the API's largest. */
  static final int PAGE_SIZE = 10_000;

  private final JiraHttp http;
  private final SnapshotFolder folder;

  ChangelogCompletion(JiraHttp http, SnapshotFolder folder) {
    this.http = http;
    this.folder = folder;
  }

  /** Fetches and writes the full histories of {@code batch} (at most {@link #MAX_ISSUES}). */
  void complete(List<PulledIssues.Truncated> batch) throws JiraException {
    Map<String, ArrayNode> histories =
        fetch(batch.stream().map(PulledIssues.Truncated::issueId).toList());
    Map<String, Set<String>> idsByFile =
        batch.stream()
            .collect(
                Collectors.groupingBy(
                    PulledIssues.Truncated::file,
                    LinkedHashMap::new,
                    Collectors.mapping(PulledIssues.Truncated::issueId, Collectors.toSet())));
    // Two batches may share a page file: rewrite one file at a time.
    synchronized (folder) {
      idsByFile.forEach((file, ids) -> rewrite(file, ids, histories));
    }
  }

  private Map<String, ArrayNode> fetch(List<String> ids) throws JiraException {
    Map<String, ArrayNode> histories = new HashMap<>();
    String token = null;
    do {
      JsonNode page = http.post(PATH, body(ids, token));
      BulkChangelogDto dto = http.read(page, BulkChangelogDto.class, "POST", PATH);
      for (JsonNode issue : page.path("issueChangeLogs")) {
        ArrayNode target =
            histories.computeIfAbsent(
                issue.path("issueId").asText(), id -> http.json().createArrayNode());
        issue.path("changeHistories").forEach(target::add);
      }
      token = dto.isLastPage() || dto.issueChangeLogs().isEmpty() ? null : dto.nextPageToken();
    } while (token != null);
    return histories;
  }

  private JsonNode body(List<String> ids, @Nullable String token) {
    ObjectNode body = http.json().createObjectNode();
    ids.forEach(body.putArray("issueIdsOrKeys")::add);
    body.put("maxResults", PAGE_SIZE);
    if (token != null) {
      body.put("nextPageToken", token);
    }
    return body;
  }

  private void rewrite(String file, Set<String> ids, Map<String, ArrayNode> histories) {
    JsonNode page = folder.read(file);
    for (JsonNode issue : page.path("issues")) {
      String id = issue.path("id").asText();
      ArrayNode full = histories.get(id);
      if (ids.contains(id) && full != null) {
        ObjectNode changelog = ((ObjectNode) issue).putObject("changelog");
        changelog.put("startAt", 0);
        changelog.put("maxResults", full.size());
        changelog.put("total", full.size());
        changelog.set("histories", full);
      }
    }
    folder.write(file, page);
  }
}
