/**
 * The domain of Interlock as immutable records: issues, their links and history as read from Jira,
 * teams, dependencies (blocker to blocked), commitments and the {@link
 * dev.interlock.model.Snapshot} that every later stage reads. Uses the JDK only.
 */
@NullMarked
package dev.interlock.model;

import org.jspecify.annotations.NullMarked;
