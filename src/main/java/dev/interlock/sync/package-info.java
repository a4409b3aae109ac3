/**
 * Keeping a snapshot folder current: a pull into a new sibling folder swapped in only when
 * complete, incremental pulls merged into the previous snapshot, the sweep for deleted issues, and
 * {@code pull.json}, the record of how the snapshot was taken. The search, paging and changelog
 * completion themselves are {@code dev.interlock.jira.SitePull}.
 */
@NullMarked
package dev.interlock.sync;

import org.jspecify.annotations.NullMarked;
