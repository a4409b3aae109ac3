package dev.interlock.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Everything read from one source: the issues (sorted by key), the site's link types, and what was
 * skipped while reading. {@code takenAt} is when the data was pulled, when known. {@code siteUrl}
 * is the Jira site the issues came from ({@code https://acme.atlassian.net}, no trailing slash),
 * taken from the issues' {@code self} addresses; null when they carry none.
 */
public record Snapshot(
    String source,
    @Nullable Instant takenAt,
    List<Issue> issues,
    List<LinkType> linkTypes,
    List<Skip> skipped,
    @Nullable String siteUrl) {

  /** A snapshot whose site is not known. */
  public Snapshot(
      String source,
      @Nullable Instant takenAt,
      List<Issue> issues,
      List<LinkType> linkTypes,
      List<Skip> skipped) {
    this(source, takenAt, issues, linkTypes, skipped, null);
  }

  public Snapshot {
    issues = issues.stream().sorted(Comparator.comparing(Issue::key)).toList();
    linkTypes = List.copyOf(linkTypes);
    skipped = List.copyOf(skipped);
  }

  /**
   * This snapshot holding {@code issues} as of {@code takenAt}; source, link types, skips and site
   * kept.
   */
  public Snapshot withIssues(@Nullable Instant takenAt, List<Issue> issues) {
    return new Snapshot(source, takenAt, issues, linkTypes, skipped, siteUrl);
  }

  /** Said once when no issue of the snapshot carries a changelog. */
  public static final String NO_CHANGE_HISTORY =
      "the snapshot has no change history (issues were fetched without expand=changelog): past"
          + " states cannot be rebuilt, and risk cannot be learned from history";

  /** The issues whose JSON carried no changelog (fetched without {@code expand=changelog}). */
  public long withoutChangeHistory() {
    return issues.stream().filter(i -> !i.historyFetched()).count();
  }

  /** False when the snapshot has issues and none of them came with its changelog. */
  public boolean hasChangeHistory() {
    return issues.isEmpty() || withoutChangeHistory() < issues.size();
  }

  /** Issues by key, in key order. */
  public Map<IssueKey, Issue> byKey() {
    Map<IssueKey, Issue> map = new LinkedHashMap<>();
    issues.forEach(i -> map.put(i.key(), i));
    return map;
  }

  public Optional<Issue> findIssue(IssueKey key) {
    return issues.stream().filter(i -> i.key().equals(key)).findFirst();
  }

  public Issue requireIssue(IssueKey key) {
    return findIssue(key)
        .orElseThrow(() -> new IllegalArgumentException("issue not in snapshot: " + key));
  }

  /** Skips counted by reason, sorted by reason. */
  public Map<String, Long> skipCounts() {
    return skipped.stream()
        .collect(Collectors.groupingBy(Skip::reason, TreeMap::new, Collectors.counting()));
  }
}
