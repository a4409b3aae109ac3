package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code fields.issuelinks}. Exactly one side is set: {@code outwardIssue: B} on issue
 * A reads "A (type.outward) B", {@code inwardIssue: B} reads "A (type.inward) B".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssueLinkDto(
    @Nullable String id,
    @Nullable String self,
    @Nullable IssueLinkTypeDto type,
    @Nullable IssueRefDto inwardIssue,
    @Nullable IssueRefDto outwardIssue) {}
