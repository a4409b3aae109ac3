package dev.interlock.config;

import java.nio.file.Path;

/** Where the agenda files are written. */
public record OutputSettings(Path dir) {}
