package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WireFormatTest {

  @Test
  void cloudSearchPageReadsIssuesAndToken() {
    SearchPageDto page =
        WireFixtures.parse(
            "{\"issues\":[{\"id\":\"1\",\"key\":\"A-1\",\"fields\":{}}],"
                + "\"nextPageToken\":\"CAEaAggD\",\"isLast\":false}",
            SearchPageDto.class);

    assertThat(page.issues()).extracting(IssueDto::key).containsExactly("A-1");
    assertThat(page.nextPageToken()).isEqualTo("CAEaAggD");
    assertThat(page.isLastPage()).isFalse();
  }

  @Test
  void cloudSearchPageIsLastWhenFlaggedOrWithoutToken() {
    String issue = "{\"key\":\"A-1\"}";
    assertThat(page("{\"issues\":[" + issue + "],\"isLast\":true}").isLastPage()).isTrue();
    assertThat(page("{\"issues\":[" + issue + "]}").isLastPage()).isTrue();
    assertThat(page("{\"issues\":[],\"nextPageToken\":\"x\"}").isLastPage()).isTrue();
  }

  @Test
  void dataCenterSearchPageIsLastWhenStartPlusIssuesReachesTotal() {
    String two = "[{\"key\":\"A-1\"},{\"key\":\"A-2\"}]";
    assertThat(page("{\"startAt\":0,\"maxResults\":2,\"total\":5,\"issues\":" + two + "}"))
        .satisfies(p -> assertThat(p.isLastPage()).isFalse());
    assertThat(page("{\"startAt\":3,\"maxResults\":2,\"total\":5,\"issues\":" + two + "}"))
        .satisfies(p -> assertThat(p.isLastPage()).isTrue());
  }

  @Test
  void nullListsAndNullEntriesBecomeEmptyLists() {
    FieldsDto fields =
        WireFixtures.parse(
            "{\"fixVersions\":null,\"labels\":[null,\"x\"],\"issuelinks\":[null]}",
            FieldsDto.class);

    assertThat(fields.fixVersions()).isEmpty();
    assertThat(fields.labels()).containsExactly("x");
    assertThat(fields.issuelinks()).isEmpty();
    assertThat(fields.components()).isEmpty();
  }

  @Test
  void customFieldsAreKeptAndOtherUnknownFieldsDropped() {
    FieldsDto fields =
        WireFixtures.parse(
            "{\"summary\":\"s\",\"customfield_10016\":5.0,\"customfield_10099\":null,"
                + "\"description\":\"long text\",\"votes\":{\"votes\":0}}",
            FieldsDto.class);

    assertThat(fields.customFields()).containsOnlyKeys("customfield_10016");
    assertThat(fields.custom("customfield_10016").doubleValue()).isEqualTo(5.0);
  }

  @Test
  void historyItemReadsFromStringAndToString() {
    HistoryItemDto item =
        WireFixtures.parse(
            "{\"field\":\"status\",\"fieldtype\":\"jira\",\"fieldId\":\"status\",\"from\":\"1\","
                + "\"fromString\":\"Open\",\"to\":\"3\",\"toString\":\"In Progress\"}",
            HistoryItemDto.class);

    assertThat(item)
        .isEqualTo(new HistoryItemDto("status", "jira", "status", "1", "Open", "3", "In Progress"));
  }

  @Test
  void changelogIsTruncatedWhenTotalExceedsHistoriesSent() {
    ChangelogDto capped =
        WireFixtures.parse(
            "{\"startAt\":0,\"maxResults\":1,\"total\":41,\"histories\":[{\"id\":\"1\"}]}",
            ChangelogDto.class);

    assertThat(capped.isTruncated()).isTrue();
  }

  @Test
  void bulkChangelogReadsEpochMillisCreated() {
    BulkChangelogDto bulk =
        WireFixtures.parse(
            "{\"issueChangeLogs\":[{\"issueId\":\"10100\",\"changeHistories\":[{\"author\":"
                + "{\"accountId\":\"5b10a2844c20165700ede21g\"},\"created\":1790584137824,"
                + "\"id\":\"10001\",\"items\":[{\"field\":\"status\",\"fieldId\":\"status\","
                + "\"from\":\"10004\",\"to\":\"3\"}]}]}],\"nextPageToken\":\"UxAQBFRF\"}",
            BulkChangelogDto.class);

    HistoryDto history = bulk.issueChangeLogs().get(0).changeHistories().get(0);
    assertThat(bulk.issueChangeLogs().get(0).issueId()).isEqualTo("10100");
    assertThat(history.created()).isEqualTo(Instant.parse("2026-09-28T08:28:57.824Z"));
    assertThat(history.items().get(0).to()).isEqualTo("3");
    assertThat(bulk.isLastPage()).isFalse();
  }

  @Test
  void linkTypeListReadsEveryTypeWithItsVerbs() {
    IssueLinkTypesDto types =
        WireFixtures.parse(
            "{\"issueLinkTypes\":[{\"id\":\"10000\",\"name\":\"Blocks\",\"inward\":"
                + "\"is blocked by\",\"outward\":\"blocks\",\"self\":\"https://x/10000\"}]}",
            IssueLinkTypesDto.class);

    assertThat(types.issueLinkTypes())
        .containsExactly(
            new IssueLinkTypeDto("10000", "Blocks", "is blocked by", "blocks", "https://x/10000"));
  }

  @Test
  void fieldEntryReadsSchema() {
    FieldDto field = WireFixtures.fields("cloud-field.json").get(3);

    assertThat(field.id()).isEqualTo("customfield_10020");
    assertThat(field.custom()).isTrue();
    assertThat(field.schema())
        .isEqualTo(
            new FieldDto.FieldSchemaDto(
                "array", "json", "com.pyxis.greenhopper.jira:gh-sprint", 10020L));
  }

  @Test
  void versionReadsPlainReleaseDate() {
    VersionDto version =
        WireFixtures.parse(
            "{\"id\":\"12319887\",\"name\":\"1.0\",\"archived\":false,\"released\":true,"
                + "\"releaseDate\":\"2014-05-15\"}",
            VersionDto.class);

    assertThat(version)
        .isEqualTo(new VersionDto("12319887", "1.0", false, true, LocalDate.of(2014, 5, 15)));
  }

  private static SearchPageDto page(String json) {
    return WireFixtures.parse(json, SearchPageDto.class);
  }
}
