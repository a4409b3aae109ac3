package dev.interlock.model;

/**
 * A link type of the Jira site, by name, with its two verbs exactly as the site configured them.
 */
public record LinkType(String id, String name, String inward, String outward) {}
