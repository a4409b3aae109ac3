package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.interlock.model.Sprint;
import dev.interlock.model.SprintState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SprintParserTest {
  private static final String PREFIX = "com.atlassian.greenhopper.service.sprint.Sprint@4263b21c";

  @Test
  void oldDataCenterStringYieldsIdStateNameAndDates() {
    Sprint sprint =
        SprintParser.parseDataCenter(
            PREFIX
                + "[id=444,rapidViewId=158,state=ACTIVE,name=Shredders Sprint 5,"
                + "startDate=2018-04-30T00:01:00.000-07:00,endDate=2018-05-14T00:01:00.000-07:00,"
                + "completeDate=<null>,sequence=444,goal=]");

    assertThat(sprint)
        .isEqualTo(
            new Sprint(
                444,
                "Shredders Sprint 5",
                SprintState.ACTIVE,
                Instant.parse("2018-04-30T07:01:00Z"),
                Instant.parse("2018-05-14T07:01:00Z"),
                null));
  }

  @Test
  void dataCenter9StringWithActivatedDateAndSyncFlagsIsParsed() {
    Sprint sprint =
        SprintParser.parseDataCenter(
            "com.atlassian.greenhopper.service.sprint.Sprint@5e4d4d3c[id=3589,rapidViewId=412,"
                + "state=CLOSED,name=Core 2024.23,startDate=2024-11-25T11:31:00.000+02:00,"
                + "endDate=2024-12-09T11:31:00.000+02:00,completeDate=2024-12-09T13:17:10.358+02:00,"
                + "activatedDate=2024-11-25T11:31:34.900+02:00,sequence=3589,goal=,synced=false,"
                + "autoStartStop=false,incompleteIssuesDestinationId=<null>]");

    assertThat(sprint)
        .isEqualTo(
            new Sprint(
                3589,
                "Core 2024.23",
                SprintState.CLOSED,
                Instant.parse("2024-11-25T09:31:00Z"),
                Instant.parse("2024-12-09T09:31:00Z"),
                Instant.parse("2024-12-09T11:17:10.358Z")));
  }

  @Test
  void nameWithCommaAndEqualsSignIsKeptWhole() {
    Sprint sprint =
        SprintParser.parseDataCenter(
            PREFIX
                + "[id=17,rapidViewId=3,state=FUTURE,name=Team A, phase=2 (rollout),"
                + "startDate=<null>,endDate=<null>,completeDate=<null>,sequence=17,"
                + "goal=ship it, finally=done]");

    assertThat(sprint)
        .isEqualTo(
            new Sprint(17, "Team A, phase=2 (rollout)", SprintState.FUTURE, null, null, null));
  }

  @Test
  void nullNameFallsBackToSprintAndId() {
    Sprint sprint =
        SprintParser.parseDataCenter(PREFIX + "[id=9,rapidViewId=1,state=CLOSED,name=<null>]");

    assertThat(sprint.name()).isEqualTo("Sprint 9");
    assertThat(sprint.state()).isEqualTo(SprintState.CLOSED);
  }

  @Test
  void stringWithOnlyIdAndStateIsEnough() {
    Sprint sprint = SprintParser.parseDataCenter(PREFIX + "[id=12,state=ACTIVE]");

    assertThat(sprint).isEqualTo(new Sprint(12, "Sprint 12", SprintState.ACTIVE, null, null, null));
  }

  @Test
  void stringWithoutIdIsRejectedNamingTheValue() {
    assertThatThrownBy(() -> SprintParser.parseDataCenter(PREFIX + "[state=ACTIVE,name=x]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sprint without id: " + PREFIX + "[state=ACTIVE,name=x]");
  }

  @Test
  void unreadableDateInStringIsRejectedNamingTheDate() {
    assertThatThrownBy(
            () ->
                SprintParser.parseDataCenter(
                    PREFIX + "[id=3,state=ACTIVE,startDate=2018-13-99T00:00]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not a Jira date-time (expected like 2011-08-05T20:12:22.634-0500): \"2018-13-99T00:00\"");
  }

  @Test
  void cloudObjectYieldsAllFieldsWithLowerCaseState() {
    JsonNode json =
        WireFixtures.parse(
            "{\"id\":4,\"name\":\"TSTPRD Sprint 1\",\"state\":\"active\",\"boardId\":12,\"goal\":\"\","
                + "\"startDate\":\"2023-02-13T15:12:39.565Z\",\"endDate\":\"2023-02-27T15:12:00.000Z\"}",
            JsonNode.class);

    assertThat(SprintParser.parse(json))
        .isEqualTo(
            new Sprint(
                4,
                "TSTPRD Sprint 1",
                SprintState.ACTIVE,
                Instant.parse("2023-02-13T15:12:39.565Z"),
                Instant.parse("2023-02-27T15:12:00Z"),
                null));
  }

  @Test
  void closedCloudObjectCarriesItsCompleteDate() {
    JsonNode json =
        WireFixtures.parse(
            "{\"id\":3,\"state\":\"closed\",\"boardId\":12,"
                + "\"startDate\":\"2023-01-30T09:00:00.000Z\",\"endDate\":\"2023-02-13T09:00:00.000Z\","
                + "\"completeDate\":\"2023-02-13T15:12:39.565+02:00\"}",
            JsonNode.class);

    assertThat(SprintParser.parse(json))
        .isEqualTo(
            new Sprint(
                3,
                "Sprint 3",
                SprintState.CLOSED,
                Instant.parse("2023-01-30T09:00:00Z"),
                Instant.parse("2023-02-13T09:00:00Z"),
                Instant.parse("2023-02-13T13:12:39.565Z")));
  }

  @Test
  void cloudObjectWithoutIdIsRejected() {
    JsonNode json = WireFixtures.parse("{\"name\":\"x\",\"state\":\"active\"}", JsonNode.class);

    assertThatThrownBy(() -> SprintParser.parse(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sprint without id: {\"name\":\"x\",\"state\":\"active\"}");
  }

  @Test
  void sprintShapesAreRecognisedAndOtherValuesAreNot() {
    assertThat(SprintParser.looksLikeSprint(new TextNode(PREFIX + "[id=1]"))).isTrue();
    assertThat(
            SprintParser.looksLikeSprint(
                WireFixtures.parse(
                    "{\"id\":1,\"boardId\":2,\"state\":\"future\"}", JsonNode.class)))
        .isTrue();
    assertThat(SprintParser.looksLikeSprint(new TextNode("0|11qvl4:"))).isFalse();
    assertThat(
            SprintParser.looksLikeSprint(
                WireFixtures.parse("{\"id\":1,\"name\":\"Team\"}", JsonNode.class)))
        .isFalse();
  }
}
