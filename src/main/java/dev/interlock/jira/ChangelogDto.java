package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code changelog} of {@code expand=changelog}. Data Center returns the full history; Cloud's
 * search caps it (see {@link #isTruncated()}) and sorts it newest first.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangelogDto(
    @Nullable Integer startAt,
    @Nullable Integer maxResults,
    @Nullable Integer total,
    List<HistoryDto> histories) {

  public ChangelogDto {
    histories = WireLists.orEmpty(histories);
  }

  /** True when Jira reports more histories than it sent; fetch the rest separately. */
  public boolean isTruncated() {
    return total != null && total > histories.size();
  }
}
