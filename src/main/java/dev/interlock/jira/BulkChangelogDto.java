package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /rest/api/2/changelog/bulkfetch} (Cloud): histories grouped by numeric issue id,
 * oldest first, paged by {@code nextPageToken}. Live responses send {@code created} as epoch
 * millis.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkChangelogDto(
    List<IssueChangelogDto> issueChangeLogs, @Nullable String nextPageToken) {

  /** The histories of one issue; {@code issueId} is the numeric id even when asked by key. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record IssueChangelogDto(@Nullable String issueId, List<HistoryDto> changeHistories) {
    public IssueChangelogDto {
      changeHistories = WireLists.orEmpty(changeHistories);
    }
  }

  public BulkChangelogDto {
    issueChangeLogs = WireLists.orEmpty(issueChangeLogs);
  }

  /** True when no further page follows. */
  public boolean isLastPage() {
    return nextPageToken == null || nextPageToken.isEmpty();
  }
}
