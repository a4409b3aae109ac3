package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One changelog entry: who changed what when. {@code created} is a date-time string, or epoch
 * millis in the bulk changelog.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryDto(
    @Nullable String id,
    @Nullable UserDto author,
    @Nullable Instant created,
    List<HistoryItemDto> items) {

  public HistoryDto {
    items = WireLists.orEmpty(items);
  }
}
