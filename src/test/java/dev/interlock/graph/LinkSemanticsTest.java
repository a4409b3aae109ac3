package dev.interlock.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.graph.LinkResolution.Origin;
import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkRule;
import dev.interlock.model.LinkType;
import dev.interlock.model.Strength;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkSemanticsTest {
  private final LinkSemantics none = new LinkSemantics(Map.of());

  @ParameterizedTest(name = "outward \"{1}\" / inward \"{0}\" -> {2}")
  @CsvSource({
    "is blocked by, blocks, OUTWARD_BLOCKS",
    "is a dependency of, depends on, OUTWARD_DEPENDS",
    // Atlassian's own example, verbs reversed: the outward holder is the one depended on.
    "depends on, is depended by, OUTWARD_BLOCKS",
    "is depended upon by, depends upon, OUTWARD_DEPENDS",
    "is required by, requires, OUTWARD_DEPENDS",
    "requires, is required by, OUTWARD_BLOCKS",
  })
  void unconfiguredTypesAreInferredFromTheirVerbs(String inward, String outward, LinkMeaning want) {
    LinkResolution r = none.resolve(new LinkType("1", "X", inward, outward));
    assertThat(r.meaning()).isEqualTo(want);
    assertThat(r.origin()).isEqualTo(Origin.INFERRED);
  }

  @ParameterizedTest(name = "outward \"{1}\" / inward \"{0}\" is not inferable")
  @CsvSource({
    "relates to, relates to",
    "is cloned by, clones",
    "is gated by, gates",
    // Contradictory: both sides claim to block.
    "blocks, blocks",
  })
  void verbsThatDoNotSayWhoBlocksWhomAreUnknown(String inward, String outward) {
    LinkResolution r = none.resolve(new LinkType("1", "X", inward, outward));
    assertThat(r.origin()).isEqualTo(Origin.UNKNOWN);
    assertThat(r.isDependency()).isFalse();
  }

  @Test
  void theConfiguredMeaningWinsOverTheVerbs() {
    LinkSemantics configured =
        new LinkSemantics(Map.of("Blocks", new LinkRule(LinkMeaning.IGNORE, Strength.SOFT)));
    LinkResolution r = configured.resolve(new LinkType("1", "Blocks", "is blocked by", "blocks"));
    assertThat(r)
        .isEqualTo(new LinkResolution(LinkMeaning.IGNORE, Strength.SOFT, Origin.CONFIGURED));
  }
}
