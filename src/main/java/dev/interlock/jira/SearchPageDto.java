package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results, for both flavors: Cloud's {@code search/jql} sends {@code
 * nextPageToken} and {@code isLast}; Data Center's {@code search} sends {@code startAt}, {@code
 * maxResults} and {@code total}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchPageDto(
    List<IssueDto> issues,
    @Nullable String nextPageToken,
    @Nullable Boolean isLast,
    @Nullable Integer startAt,
    @Nullable Integer maxResults,
    @Nullable Integer total) {

  public SearchPageDto {
    issues = WireLists.orEmpty(issues);
  }

  /**
   * True when no page follows this one: an empty page; on Cloud, {@code isLast} or no token; on
   * Data Center, {@code startAt + issues} reaching {@code total}.
   */
  public boolean isLastPage() {
    if (issues.isEmpty() || Boolean.TRUE.equals(isLast)) {
      return true;
    }
    if (total != null) {
      int start = startAt == null ? 0 : startAt;
      return start + issues.size() >= total;
    }
    return nextPageToken == null || nextPageToken.isEmpty();
  }
}
