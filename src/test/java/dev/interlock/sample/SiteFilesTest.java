package dev.interlock.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site metadata files and the paging envelope of the Acme sample. */
class SiteFilesTest {
  @TempDir static Path dir;
  static GeneratedFiles acme;

  @BeforeAll
  static void generate() throws IOException {
    new SampleGenerator(SampleOptions.acme()).writeTo(dir);
    acme = new GeneratedFiles(dir);
  }

  @Test
  void linkTypesHaveTheirVerbsWithDependentReversed() {
    List<String> types = new ArrayList<>();
    acme.file("issueLinkType.json")
        .get("issueLinkTypes")
        .forEach(
            t ->
                types.add(
                    t.get("name").asText()
                        + ": "
                        + t.get("inward").asText()
                        + " / "
                        + t.get("outward").asText()));
    assertThat(types)
        .containsExactly(
            "Blocks: is blocked by / blocks",
            "Cloners: is cloned by / clones",
            "Duplicate: is duplicated by / duplicates",
            "Relates: relates to / relates to",
            "Dependency: is a dependency of / depends on",
            "Dependent: depends on / is depended on by",
            "Requirement: is required by / requires",
            "Gates: is gated by / gates");
  }

  @Test
  void sprintAndStoryPointFieldsAreFoundByTheirSchemaCustomType() {
    JsonNode fields = acme.file("field.json");
    assertThat(customField(fields, "com.pyxis.greenhopper.jira:gh-sprint"))
        .isEqualTo("customfield_10020");
    assertThat(customField(fields, "com.pyxis.greenhopper.jira:jsw-story-points"))
        .isEqualTo("customfield_10016");
  }

  @Test
  void pagesHoldAHundredIssuesSortedByKeyAndChainByToken() {
    assertThat(acme.pages).hasSize(6);
    for (int p = 0; p < acme.pages.size(); p++) {
      JsonNode page = acme.pages.get(p);
      boolean last = p == acme.pages.size() - 1;
      assertThat(page.get("isLast").asBoolean()).isEqualTo(last);
      assertThat(page.has("nextPageToken")).isEqualTo(!last);
      assertThat(page.get("issues").size()).isEqualTo(last ? 99 : 100);
    }
    assertThat(acme.pages.get(0).get("nextPageToken").asText()).isEqualTo("CAEaAggC");
    List<String> keys = new ArrayList<>(acme.issues.keySet());
    assertThat(keys.subList(0, 3)).containsExactly("CAT-1", "CAT-2", "CAT-3");
    assertThat(keys.get(9)).isEqualTo("CAT-10");
    assertThat(keys.get(keys.size() - 1)).isEqualTo("PLAT-83");
  }

  @Test
  void timesUseJiraFormatWithAnOffsetWithoutColonAndSprintsUseZ() {
    JsonNode issue = acme.issues.get("CAT-1");
    assertThat(issue.get("fields").get("created").asText())
        .matches("2026-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
    JsonNode sprint =
        acme.issues.values().stream()
            .map(i -> i.get("fields").get("customfield_10020"))
            .filter(s -> !s.isNull())
            .findFirst()
            .orElseThrow()
            .get(0);
    assertThat(sprint.get("startDate").asText())
        .matches("2026-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
  }

  private static String customField(JsonNode fields, String customType) {
    for (JsonNode field : fields) {
      if (customType.equals(field.path("schema").path("custom").asText())) {
        return field.get("id").asText();
      }
    }
    throw new AssertionError("no field with schema.custom " + customType);
  }
}
