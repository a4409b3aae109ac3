package dev.interlock.graph;

/**
 * Team {@code blocked} waits on team {@code blocker}: {@code dependencies} cross-team dependencies
 * in all, {@code open} of them with both ends still open.
 */
public record TeamEdge(String blocker, String blocked, int dependencies, int open) {}
