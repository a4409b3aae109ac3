/**
 * How the agenda is said: Markdown, HTML, JSON and Graphviz DOT. {@link
 * dev.interlock.report.ReportWriter} is the entry point; it renders an {@code Agenda} to text and
 * writes the files atomically. Markdown and HTML come from Pebble templates under {@code
 * dev/interlock/report/}, auto-escaped for their format, so text from Jira cannot change the
 * layout. Output is deterministic: same agenda, same bytes.
 */
@NullMarked
package dev.interlock.report;

import org.jspecify.annotations.NullMarked;
