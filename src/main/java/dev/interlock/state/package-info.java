/**
 * The state store: an embedded SQLite database that remembers what earlier runs saw and said (runs,
 * agenda items, findings, the fix versions each pull saw, Interlock's published comments). It is
 * memory, not data: deleting it loses the history of meetings, never an issue. The only package
 * that knows SQL.
 */
@NullMarked
package dev.interlock.state;

import org.jspecify.annotations.NullMarked;
