package dev.interlock.agenda;

/**
 * An open issue that passes a wait from one team to another: blocked by {@code blockedBy} open
 * issues of other teams, blocking {@code blocking}; {@code paths} is their product.
 */
public record RelayItem(IssueRef issue, int blockedBy, int blocking, int paths) {}
