package dev.interlock.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on an issue: who and when, without its body (Interlock reads activity, not text). */
public record Comment(String id, @Nullable String authorId, Instant created) {}
