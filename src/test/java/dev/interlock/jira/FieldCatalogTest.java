package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCatalogTest {

  @Test
  void cloudFieldListNamesSprintStoryPointsAndTeamFields() {
    FieldCatalog catalog = FieldCatalog.of(WireFixtures.fields("cloud-field.json"));

    assertThat(catalog.sprintField()).contains("customfield_10020");
    assertThat(catalog.storyPointsField()).contains("customfield_10016");
    assertThat(catalog.teamField()).contains("customfield_10001");
    assertThat(catalog.epicLinkField()).isEmpty();
  }

  @Test
  void dataCenterFieldListNamesEpicLinkAndFloatStoryPoints() {
    FieldCatalog catalog = FieldCatalog.of(WireFixtures.fields("dc-field.json"));

    assertThat(catalog.sprintField()).contains("customfield_10281");
    assertThat(catalog.epicLinkField()).contains("customfield_10008");
    assertThat(catalog.storyPointsField()).contains("customfield_10002");
    assertThat(catalog.teamField()).isEmpty();
  }

  @Test
  void advancedRoadmapsTeamTypeIsRecognised() {
    FieldDto team =
        WireFixtures.parse(
            "{\"id\":\"customfield_12400\",\"name\":\"Team\",\"custom\":true,\"schema\":{\"type\":"
                + "\"any\",\"custom\":\"com.atlassian.teams:rm-teams-custom-field-team\"}}",
            FieldDto.class);

    assertThat(FieldCatalog.of(List.of(team)).teamField()).contains("customfield_12400");
  }

  @Test
  void textFieldNamedStoryPointsIsNotTakenForStoryPoints() {
    FieldDto text =
        WireFixtures.parse(
            "{\"id\":\"customfield_1\",\"name\":\"Story Points\",\"custom\":true,"
                + "\"schema\":{\"type\":\"string\"}}",
            FieldDto.class);

    assertThat(FieldCatalog.of(List.of(text)).storyPointsField()).isEmpty();
  }

  @Test
  void knownSprintFieldGivesOnlyItsValue() {
    FieldCatalog catalog = FieldCatalog.of(WireFixtures.fields("dc-field.json"));
    JsonNode sprints = json("[\"com.atlassian.greenhopper.service.sprint.Sprint@1[id=1]\"]");
    JsonNode lookalike = json("[\"com.atlassian.greenhopper.service.sprint.Sprint@2[id=2]\"]");

    assertThat(
            catalog.sprintValues(
                Map.of("customfield_10281", sprints, "customfield_99999", lookalike)))
        .containsExactly(sprints);
  }

  @Test
  void withoutFieldListSprintValuesAreFoundByShape() {
    JsonNode dataCenter = json("[\"com.atlassian.greenhopper.service.sprint.Sprint@1[id=1]\"]");
    JsonNode cloud = json("[{\"id\":5,\"boardId\":12,\"state\":\"active\"}]");
    Map<String, JsonNode> custom =
        Map.of(
            "customfield_10020", cloud,
            "customfield_10281", dataCenter,
            "customfield_12311820", json("\"0|11qvl4:\""),
            "customfield_12310320", json("[{\"id\":\"1\",\"name\":\"0.4.0\"}]"),
            "customfield_10000", json("[]"));

    assertThat(FieldCatalog.UNKNOWN.sprintValues(custom)).containsExactly(cloud, dataCenter);
  }

  private static JsonNode json(String text) {
    return WireFixtures.parse(text, JsonNode.class);
  }
}
