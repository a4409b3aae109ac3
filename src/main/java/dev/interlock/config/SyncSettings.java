package dev.interlock.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code nightly} keeps its snapshot: the folder ({@code sync.dir}), the overlap an incremental
 * pull reaches back before the last pull ({@code sync.overlapMinutes}), and how often a full pull
 * sweeps for deleted issues and issues that left a team ({@code sync.fullEvery}).
 */
public record SyncSettings(Path dir, Duration overlap, Duration fullEvery) {
  public static final String DEFAULT_DIR = "state/snapshot";
  public static final int DEFAULT_OVERLAP_MINUTES = 10;
  public static final Duration DEFAULT_FULL_EVERY = Duration.ofDays(7);
}
