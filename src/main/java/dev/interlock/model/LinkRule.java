package dev.interlock.model;

/** The configured meaning of one link type, by the type's name. */
public record LinkRule(LinkMeaning meaning, Strength strength) {}
