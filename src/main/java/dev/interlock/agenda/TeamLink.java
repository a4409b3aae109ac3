package dev.interlock.agenda;

/** {@code blocked} waits on {@code blocker} through {@code count} open cross-team dependencies. */
public record TeamLink(String blocker, String blocked, int count) {}
