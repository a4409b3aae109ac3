package dev.interlock.sample;

/** A Jira Cloud user of the sample site. */
record Member(String accountId, String displayName) {}
