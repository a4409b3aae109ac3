package dev.interlock.config;

import java.nio.file.Path;

/** Where the state store lives: {@code state.path}, default {@code state/interlock.db}. */
public record StateSettings(Path path) {
  public static final String DEFAULT_PATH = "state/interlock.db";
}
