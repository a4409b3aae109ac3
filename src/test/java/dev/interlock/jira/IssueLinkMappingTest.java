package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.LinkType;
import dev.interlock.model.LinkedIssue;
import dev.interlock.model.Skip;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueLinkMappingTest {
  private static final LinkType BLOCKS = new LinkType("10000", "Blocks", "is blocked by", "blocks");
  private static final String BLOCKS_JSON =
      "{\"id\":\"10000\",\"name\":\"Blocks\",\"inward\":\"is blocked by\",\"outward\":\"blocks\"}";

  private final List<IssueLink> links =
      IssueMapperTest.mapped(new IssueMapper(FieldCatalog.UNKNOWN), "cloud-issue.json").links();

  @Test
  void outwardIssueEntryOfBlocksIsOutwardWithVerbBlocks() {
    IssueLink link = links.get(0);

    assertThat(link)
        .isEqualTo(
            new IssueLink(
                "20001",
                BLOCKS,
                LinkDirection.OUTWARD,
                new LinkedIssue(
                    IssueKey.parse("SHIP-9"),
                    "Ship label API",
                    new Status("To Do", StatusCategory.TO_DO))));
    assertThat(link.verb()).isEqualTo("blocks");
  }

  @Test
  void inwardIssueEntryOfBlocksIsInwardWithVerbIsBlockedBy() {
    IssueLink link = links.get(1);

    assertThat(link.direction()).isEqualTo(LinkDirection.INWARD);
    assertThat(link.other().key()).isEqualTo(IssueKey.parse("AUTH-3"));
    assertThat(link.other().status()).isEqualTo(new Status("Done", StatusCategory.DONE));
    assertThat(link.verb()).isEqualTo("is blocked by");
  }

  @Test
  void reversedDependentTypeKeepsItsVerbsExactly() {
    IssueLink inward = links.get(2);
    IssueLink outward =
        onlyLink(entry("20004", "Dependent", "\"outwardIssue\":{\"key\":\"LEGACY-5\"}"));

    assertThat(inward.type())
        .isEqualTo(new LinkType("10300", "Dependent", "depends on", "is depended by"));
    assertThat(inward.direction()).isEqualTo(LinkDirection.INWARD);
    assertThat(inward.verb()).isEqualTo("depends on");
    assertThat(outward.direction()).isEqualTo(LinkDirection.OUTWARD);
    assertThat(outward.verb()).isEqualTo("is depended by");
  }

  @Test
  void linkToAnIssueOutsideTheDataKeepsItsKeyOnly() {
    assertThat(links.get(2).other())
        .isEqualTo(new LinkedIssue(IssueKey.parse("LEGACY-4"), null, null));
  }

  @Test
  void embeddedStatusWithoutCategoryIsUndefined() {
    IssueLink link =
        onlyLink(
            "{\"id\":\"1\",\"type\":"
                + BLOCKS_JSON
                + ",\"inwardIssue\":{\"key\":\"MUT-19\",\"fields\":{\"status\":{\"name\":\"IceBox\"}}}}");

    assertThat(link.other().status()).isEqualTo(new Status("IceBox", StatusCategory.UNDEFINED));
  }

  @Test
  void entryWithNeitherSideIsSkipped() {
    assertThat(skips("{\"id\":\"20009\",\"type\":" + BLOCKS_JSON + "}"))
        .containsExactly(new Skip("link entry without issue", "PAY-1 link 20009"));
  }

  @Test
  void entryWithUnparseableKeyIsSkipped() {
    assertThat(skips(entry("20010", "Blocks", "\"outwardIssue\":{\"key\":\"payments/9\"}")))
        .containsExactly(new Skip("link to an unparseable issue key", "PAY-1 -> payments/9"));
  }

  @Test
  void entryWithoutTypeOrWithBothSidesOrWithoutIdIsSkipped() {
    String both = "\"inwardIssue\":{\"key\":\"A-1\"},\"outwardIssue\":{\"key\":\"B-1\"}";

    assertThat(skips("{\"id\":\"7\",\"outwardIssue\":{\"key\":\"A-1\"}}"))
        .containsExactly(new Skip("link without type", "PAY-1 link 7"));
    assertThat(skips(entry("8", "Blocks", both)))
        .containsExactly(new Skip("link entry with both issues", "PAY-1 link 8"));
    assertThat(skips("{\"type\":" + BLOCKS_JSON + ",\"inwardIssue\":{\"key\":\"A-1\"}}"))
        .containsExactly(new Skip("link without id", "PAY-1 link (no id)"));
  }

  private static String entry(String id, String type, String side) {
    String json =
        type.equals("Blocks")
            ? BLOCKS_JSON
            : "{\"id\":\"10300\",\"name\":\"Dependent\",\"inward\":\"depends on\","
                + "\"outward\":\"is depended by\"}";
    return "{\"id\":\"" + id + "\",\"type\":" + json + "," + side + "}";
  }

  private static MappedIssue mapOne(String linkJson) {
    String issue =
        "{\"key\":\"PAY-1\",\"fields\":{\"status\":{\"name\":\"Open\"},"
            + "\"created\":\"2024-01-01T00:00:00.000+0000\","
            + "\"updated\":\"2024-01-01T00:00:00.000+0000\",\"issuelinks\":["
            + linkJson
            + "]}}";
    return new IssueMapper(FieldCatalog.UNKNOWN).map(WireFixtures.parse(issue, IssueDto.class));
  }

  private static IssueLink onlyLink(String linkJson) {
    MappedIssue mapped = mapOne(linkJson);
    assertThat(mapped.skipped()).isEmpty();
    return mapped.issue().orElseThrow().links().get(0);
  }

  private static List<Skip> skips(String linkJson) {
    MappedIssue mapped = mapOne(linkJson);
    assertThat(mapped.issue().orElseThrow().links()).isEmpty();
    return mapped.skipped();
  }
}
