package dev.interlock.graph;

import dev.interlock.graph.LinkResolution.Origin;
import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkRule;
import dev.interlock.model.LinkType;
import dev.interlock.model.Strength;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides what each link type means. A configured name wins. An unconfigured type is inferred from
 * its verbs only when one verb clearly says "blocks" or "depends on / requires" and the other verb
 * does not contradict it; otherwise the type is {@link Origin#UNKNOWN} and ignored. Inference is
 * always reported by the caller as a warning naming the type.
 */
public final class LinkSemantics {
  /** Verbs saying "the holder of this verb is the blocker". */
  private static final Pattern BLOCKER_VERB =
      Pattern.compile(
          "^(blocks|is blocking|is a blocker (for|of)|is (a )?prerequisite (for|of)"
              + "|is depended( on| upon)? by|is (a )?dependency (of|for)|is required by"
              + "|is needed by)$");

  /** Verbs saying "the holder of this verb waits on the other issue". */
  private static final Pattern WAITING_VERB =
      Pattern.compile(
          "^(is blocked by|depends (on|upon)|is dependent on|requires|needs"
              + "|is waiting (on|for))$");

  private final Map<String, LinkRule> configured;

  public LinkSemantics(Map<String, LinkRule> configured) {
    this.configured = new LinkedHashMap<>(configured);
  }

  /** Resolves one link type by name, then by verbs. */
  public LinkResolution resolve(LinkType type) {
    LinkRule rule = configured.get(type.name());
    if (rule != null) {
      return new LinkResolution(rule.meaning(), rule.strength(), Origin.CONFIGURED);
    }
    LinkMeaning inferred = infer(type);
    if (inferred == null) {
      return new LinkResolution(LinkMeaning.IGNORE, Strength.SOFT, Origin.UNKNOWN);
    }
    return new LinkResolution(inferred, Strength.HARD, Origin.INFERRED);
  }

  private static @Nullable LinkMeaning infer(LinkType type) {
    Side outward = side(type.outward());
    Side inward = side(type.inward());
    if (outward == Side.BLOCKER && inward != Side.BLOCKER
        || inward == Side.WAITING && outward != Side.WAITING) {
      return LinkMeaning.OUTWARD_BLOCKS;
    }
    if (outward == Side.WAITING && inward != Side.WAITING
        || inward == Side.BLOCKER && outward != Side.BLOCKER) {
      return LinkMeaning.OUTWARD_DEPENDS;
    }
    return null;
  }

  private enum Side {
    BLOCKER,
    WAITING,
    NEITHER
  }

  private static Side side(String verb) {
    String v = verb.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (BLOCKER_VERB.matcher(v).matches()) {
      return Side.BLOCKER;
    }
    if (WAITING_VERB.matcher(v).matches()) {
      return Side.WAITING;
    }
    return Side.NEITHER;
  }
}
