package dev.interlock.agenda;

/** A cross-team dependency as drawn: {@code blocker} must finish before {@code blocked}. */
public record EdgeRef(String blocker, String blocked, String linkType, boolean hard) {}
