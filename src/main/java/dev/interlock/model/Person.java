package dev.interlock.model;

/**
 * A Jira user: {@code id} is the Cloud {@code accountId} or the Data Center user name; {@code
 * displayName} is what people read.
 */
public record Person(String id, String displayName) {}
