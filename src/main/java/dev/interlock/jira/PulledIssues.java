package dev.interlock.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlock.model.IssueKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the teams' pages held so far, shared by the threads pulling them: the keys pulled, the keys
 * their links point to, and the issues whose inline changelog was cut short (by page file). An
 * issue already pulled for another team is dropped from a later page, so the snapshot holds it
 * once. Thread-safe.
 */
final class PulledIssues {
  /** An issue whose changelog must be completed, and the page file that holds it. */
  record Truncated(String file, String issueId) {}

  private final Set<String> keys = ConcurrentHashMap.newKeySet();
  private final Set<String> linked = ConcurrentHashMap.newKeySet();
  private final List<Truncated> truncated = new ArrayList<>();

  /**
   * Removes from {@code raw} the issues pulled before and records the rest; returns their count.
   */
  int add(String file, ObjectNode raw, SearchPageDto page) {
    ArrayNode issues = raw.withArray("issues");
    int kept = 0;
    Iterator<JsonNode> it = issues.elements();
    for (IssueDto issue : page.issues()) {
      it.next();
      if (issue.key() == null || !keys.add(issue.key())) {
        it.remove();
        continue;
      }
      kept++;
      record(file, issue);
    }
    return kept;
  }

  private void record(String file, IssueDto issue) {
    if (issue.fields() != null) {
      for (IssueLinkDto link : issue.fields().issuelinks()) {
        addKey(link.inwardIssue());
        addKey(link.outwardIssue());
      }
    }
    if (issue.changelog() != null && issue.changelog().isTruncated() && issue.id() != null) {
      synchronized (truncated) {
        truncated.add(new Truncated(file, issue.id()));
      }
    }
  }

  private void addKey(@Nullable IssueRefDto ref) {
    if (ref != null && ref.key() != null) {
      linked.add(ref.key());
    }
  }

  int count() {
    return keys.size();
  }

  /** The keys pulled so far (a copy). */
  Set<String> keys() {
    return Set.copyOf(keys);
  }

  /** The keys the pulled issues' links point to (a copy). */
  Set<String> linked() {
    return Set.copyOf(linked);
  }

  /** The truncated changelogs, by file then id, so batches are the same on every run. */
  List<Truncated> truncated() {
    synchronized (truncated) {
      return truncated.stream()
          .sorted(Comparator.comparing(Truncated::file).thenComparing(Truncated::issueId))
          .toList();
    }
  }

  /** Keys that links point to but no team's search returned, in key order. */
  List<String> outside() {
    return linked.stream()
        .filter(key -> !keys.contains(key))
        .sorted(IssueKey::compareText)
        .toList();
  }
}
