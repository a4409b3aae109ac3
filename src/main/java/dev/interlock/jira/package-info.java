/**
 * Jira REST wire format: Jackson DTOs that mirror the JSON of {@code /rest/api/2} on Cloud and Data
 * Center ({@code *Dto}), read with the mapper from {@link dev.interlock.jira.JiraJson}, and the
 * mapping from DTOs to the model: {@link dev.interlock.jira.IssueMapper} (one issue at a time),
 * {@link dev.interlock.jira.SnapshotBuilder} (issues and link types into a snapshot), helped by
 * {@link dev.interlock.jira.FieldCatalog}, {@link dev.interlock.jira.SprintParser}, {@link
 * dev.interlock.jira.HistoryMapper} and {@link dev.interlock.jira.JiraDates}.
 *
 * <p>The live client: {@link dev.interlock.jira.JiraHttp} (OkHttp transport: auth, retries, bounded
 * concurrency, redacted logs, failures as {@link dev.interlock.jira.JiraException}), {@link
 * dev.interlock.jira.SitePull} (discovery, Cloud and Data Center search paging, changelog
 * completion, linked issues outside the teams, saved in the offline format by {@link
 * dev.interlock.jira.SnapshotFolder}) and {@link dev.interlock.jira.SiteDoctor}.
 */
@NullMarked
package dev.interlock.jira;

import org.jspecify.annotations.NullMarked;
