package dev.interlock.jira;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a site against the configuration and says what it finds, in plain words: the address
 * answers, the credentials work, each team's projects are visible and its query finds issues, the
 * custom fields Interlock reads exist, and the link types configured match the site's. Stops after
 * a fatal finding.
 */
public final class SiteDoctor {
  public static final String SERVER_INFO = "/rest/api/2/serverInfo";
  public static final String PROJECT = "/rest/api/2/project/";

  /** A team as the doctor checks it: its projects and its JQL filter. */
  public record TeamCheck(String team, List<String> projects, String jql) {}

  private final JiraHttp http;
  private final Deployment deployment;
  private final IssueSearch probe;

  public SiteDoctor(JiraHttp http, Deployment deployment) {
    this.http = http;
    this.deployment = deployment;
    this.probe = IssueSearch.of(deployment, http, 1, 1);
  }

  public List<Finding> check(List<TeamCheck> teams, Set<String> configuredLinkTypes) {
    List<Finding> findings = new ArrayList<>();
    if (!answers(findings) || !signsIn(findings)) {
      return findings;
    }
    teams.forEach(team -> checkTeam(team, findings));
    fields(findings);
    linkTypes(configuredLinkTypes, findings);
    return findings;
  }

  private boolean answers(List<Finding> findings) {
    try {
      JsonNode info = http.get(SERVER_INFO);
      String type = info.path("deploymentType").asText("unknown");
      findings.add(
          Finding.ok(
              "Jira answers at "
                  + http.base()
                  + ": "
                  + type
                  + " "
                  + info.path("version").asText("?")));
      boolean cloud = "Cloud".equalsIgnoreCase(type);
      if (!type.equals("unknown") && cloud != (deployment == Deployment.CLOUD)) {
        findings.add(
            Finding.mismatch(
                "the site says it is "
                    + type
                    + " but jira.flavor is "
                    + (deployment == Deployment.CLOUD ? "cloud" : "datacenter")
                    + "; set flavor: "
                    + (cloud ? "cloud" : "datacenter")));
      }
      return true;
    } catch (JiraException e) {
      findings.add(e.isFatal() ? Finding.fatal(e.getMessage()) : Finding.mismatch(e.getMessage()));
      return !e.isFatal();
    }
  }

  private boolean signsIn(List<Finding> findings) {
    try {
      findings.add(Finding.ok("signed in as " + SitePull.identity(http.get(SitePull.MYSELF))));
      return true;
    } catch (JiraException e) {
      findings.add(Finding.fatal(e.getMessage()));
      return false;
    }
  }

  private void checkTeam(TeamCheck team, List<Finding> findings) {
    for (String key : team.projects()) {
      try {
        JsonNode project = http.get(PROJECT + key);
        findings.add(
            Finding.ok(
                team.team()
                    + ": project "
                    + key
                    + " ("
                    + project.path("name").asText()
                    + ") is visible"));
      } catch (JiraException e) {
        findings.add(
            Finding.mismatch(
                team.team()
                    + ": project "
                    + key
                    + " is not visible to this account: "
                    + e.getMessage()));
      }
    }
    try {
      int[] found = {0};
      probe.run(team.jql(), List.of("key"), false, (raw, page) -> found[0] += page.issues().size());
      findings.add(
          found[0] > 0
              ? Finding.ok(team.team() + ": its query finds issues: " + team.jql())
              : Finding.mismatch(team.team() + ": its query finds no issues: " + team.jql()));
    } catch (JiraException e) {
      findings.add(Finding.mismatch(team.team() + ": its query fails: " + e.getMessage()));
    }
  }

  private void fields(List<Finding> findings) {
    try {
      List<FieldDto> fields =
          http.json()
              .convertValue(http.get(SitePull.FIELDS), new TypeReference<List<FieldDto>>() {});
      FieldCatalog catalog = FieldCatalog.of(fields);
      findings.add(
          Finding.ok(
              "custom fields: sprint "
                  + catalog.sprintField().orElse("not found")
                  + ", epic link "
                  + catalog.epicLinkField().orElse("not found")
                  + ", story points "
                  + catalog.storyPointsField().orElse("not found")
                  + ", team "
                  + catalog.teamField().orElse("not found")));
    } catch (JiraException e) {
      findings.add(Finding.mismatch("cannot read the field list: " + e.getMessage()));
    }
  }

  private void linkTypes(Set<String> configured, List<Finding> findings) {
    try {
      IssueLinkTypesDto dto =
          http.read(
              http.get(SitePull.LINK_TYPES), IssueLinkTypesDto.class, "GET", SitePull.LINK_TYPES);
      Set<String> site = new TreeSet<>();
      dto.issueLinkTypes().forEach(t -> site.add(t.name()));
      findings.add(Finding.ok("link types on the site: " + String.join(", ", site)));
      for (String name : new TreeSet<>(configured)) {
        if (!site.contains(name)) {
          findings.add(
              Finding.mismatch(
                  "linkTypes."
                      + name
                      + " is configured but the site has no link type of that name"
                      + " (names are case-sensitive)"));
        }
      }
      site.stream()
          .filter(name -> !configured.contains(name))
          .forEach(
              name ->
                  findings.add(
                      Finding.ok(
                          "link type "
                              + name
                              + " is not configured: Interlock infers it from its"
                              + " verbs with a warning, or ignores it")));
    } catch (JiraException e) {
      findings.add(Finding.mismatch("cannot read the link types: " + e.getMessage()));
    }
  }
}
