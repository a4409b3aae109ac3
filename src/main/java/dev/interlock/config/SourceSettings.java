package dev.interlock.config;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where issues come from: an offline snapshot folder when {@code offline} is set, else Jira. */
public record SourceSettings(@Nullable Path offline) {}
