package dev.interlock.graph;

import dev.interlock.model.LinkMeaning;
import dev.interlock.model.Strength;

/**
 * What a link type was taken to mean, and how Interlock knows: from the configuration, inferred
 * from the type's verbs, or not known at all (then ignored and counted).
 */
public record LinkResolution(LinkMeaning meaning, Strength strength, Origin origin) {

  /** How the meaning of a link type was decided. */
  public enum Origin {
    CONFIGURED,
    INFERRED,
    UNKNOWN
  }

  public boolean isDependency() {
    return meaning != LinkMeaning.IGNORE;
  }
}
