package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One issue as {@code GET /rest/api/2/issue/{key}} and the search endpoints return it. Every part
 * may be missing on the wire; {@link IssueMapper} decides what is required.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssueDto(
    @Nullable String id,
    @Nullable String key,
    @Nullable String self,
    @Nullable FieldsDto fields,
    @Nullable ChangelogDto changelog) {}
