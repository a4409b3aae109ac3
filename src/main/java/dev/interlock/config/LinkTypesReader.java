package dev.interlock.config;

import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkRule;
import dev.interlock.model.Strength;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code linkTypes}: link-type name (exactly as Jira reports it) to meaning, in file order. A
 * rule is either the meaning alone ({@code Blocks: outward-blocks}, strength hard) or the long form
 * {@code {meaning: outward-blocks, strength: soft}}.
 */
final class LinkTypesReader {
  static final List<String> RULE_KEYS = List.of("meaning", "strength");

  private LinkTypesReader() {}

  static Map<String, LinkRule> read(Node.Mapping types, Values values) throws ConfigException {
    Map<String, LinkRule> rules = new LinkedHashMap<>();
    for (Map.Entry<String, Node> type : types.values().entrySet()) {
      rules.put(type.getKey(), rule(type.getValue(), values));
    }
    return rules;
  }

  private static LinkRule rule(Node node, Values values) throws ConfigException {
    if (!(node instanceof Node.Mapping longForm)) {
      return new LinkRule(meaning(node, values), Strength.HARD);
    }
    longForm.allowOnly(RULE_KEYS);
    Node meaning = longForm.require("meaning", "use outward-blocks, outward-depends or ignore");
    return new LinkRule(meaning(meaning, values), strength(longForm.find("strength"), values));
  }

  private static LinkMeaning meaning(Node node, Values values) throws ConfigException {
    String text = values.optionalText(Optional.of(node)).orElse("");
    for (LinkMeaning meaning : LinkMeaning.values()) {
      if (meaning.configName().equalsIgnoreCase(text)) {
        return meaning;
      }
    }
    throw node.error(
        "unknown meaning \"" + text + "\"; use outward-blocks, outward-depends or ignore");
  }

  private static Strength strength(Optional<Node> node, Values values) throws ConfigException {
    Optional<String> text = values.optionalText(node);
    if (text.isEmpty()) {
      return Strength.HARD;
    }
    for (Strength strength : Strength.values()) {
      if (strength.name().equalsIgnoreCase(text.get())) {
        return strength;
      }
    }
    throw node.get().error("unknown strength \"" + text.get() + "\"; use hard or soft");
  }
}
