package dev.interlock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.SharedFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check itself: it finds the spec, and it catches what the notes say it must. */
class JiraContractTest {
  @Test
  void theSpecIsReadFromTheSharedFolderOfThisRun() {
    assertThat(SharedFiles.require(JiraContract.SPEC))
        .isRegularFile()
        .hasFileName("jira-platform.swagger-v3.json");
  }

  @Test
  void theSearchBodyInterlockSendsKeepsTheContract() {
    String body =
        "{\"jql\":\"(project in (\\\"PAY\\\")) ORDER BY key ASC\",\"fields\":[\"summary\"],"
            + "\"maxResults\":100,\"expand\":\"changelog\",\"nextPageToken\":\"CAEaAggC\"}";
    assertThat(
            JiraContract.check(
                "POST",
                "/rest/api/2/search/jql",
                Map.of(),
                "application/json",
                body,
                200,
                "{\"issues\":[],\"isLast\":true}"))
        .isEmpty();
  }

  @Test
  void startAtInAnEnhancedSearchBodyBreaksTheContract() {
    List<String> errors =
        JiraContract.check(
            "POST",
            "/rest/api/2/search/jql",
            Map.of(),
            "application/json",
            "{\"jql\":\"project = PAY\",\"startAt\":50}",
            400,
            "");
    assertThat(errors)
        .singleElement()
        .asString()
        .startsWith(
            "POST /rest/api/2/search/jql: validation.request.body.schema.additionalProperties:");
  }

  @Test
  void fieldsAsAStringInsteadOfAListBreaksTheContract() {
    assertThat(
            JiraContract.check(
                "POST",
                "/rest/api/2/changelog/bulkfetch",
                Map.of(),
                "application/json",
                "{\"issueIdsOrKeys\":\"10001\"}",
                400,
                ""))
        .isNotEmpty();
  }

  @Test
  void epochMillisInABulkChangelogAnswerAreAcceptedAsLiveJiraSendsThem() {
    String answer =
        "{\"issueChangeLogs\":[{\"issueId\":\"10100\",\"changeHistories\":[{\"id\":\"1\","
            + "\"created\":1790584137824,\"items\":[]}]}]}";
    assertThat(
            JiraContract.check(
                "POST",
                "/rest/api/2/changelog/bulkfetch",
                Map.of(),
                "application/json",
                "{\"issueIdsOrKeys\":[\"10100\"],\"maxResults\":10000}",
                200,
                answer))
        .isEmpty();
  }

  @Test
  void onlyTheDataCenterSearchIsExempt() {
    assertThat(JiraContract.EXEMPT).containsOnlyKeys("POST /rest/api/2/search");
    assertThat(JiraContract.isExempt("POST", "/rest/api/2/search/jql")).isFalse();
  }
}
