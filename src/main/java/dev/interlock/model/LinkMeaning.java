package dev.interlock.model;

/** What a link type means for the dependency graph. */
public enum LinkMeaning {
  /** "A (outward verb) B" means A blocks B: the issue holding the outward verb is the blocker. */
  OUTWARD_BLOCKS("outward-blocks"),
  /** "A (outward verb) B" means A depends on B: the other issue is the blocker. */
  OUTWARD_DEPENDS("outward-depends"),
  /** Not a dependency (relates, duplicates, clones…). */
  IGNORE("ignore");

  private final String configName;

  LinkMeaning(String configName) {
    this.configName = configName;
  }

  /** The word used in the configuration file. */
  public String configName() {
    return configName;
  }
}
