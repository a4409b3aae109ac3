package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code fields.comment}: a page of comments. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentPageDto(
    @Nullable Integer startAt,
    @Nullable Integer maxResults,
    @Nullable Integer total,
    List<CommentDto> comments) {

  public CommentPageDto {
    comments = WireLists.orEmpty(comments);
  }
}
