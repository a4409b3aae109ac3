package dev.interlock.sample;

import java.time.Instant;

/** A comment in wiki markup, written by {@code author} at {@code at} and never edited. */
record CommentPlan(Instant at, Member author, String body) {}
