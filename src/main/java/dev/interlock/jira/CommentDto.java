package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment, read for its author and time only (the body is not kept). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentDto(
    @Nullable String id,
    @Nullable UserDto author,
    @Nullable Instant created,
    @Nullable Instant updated) {}
