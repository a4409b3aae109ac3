package dev.interlock.sample;

import static dev.interlock.sample.GeneratedFiles.fields;
import static dev.interlock.sample.GeneratedFiles.otherKey;
import static dev.interlock.sample.GeneratedFiles.project;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Acme sample must contain, read back from the written files. */
class AcmeSampleTest {
  @TempDir static Path dir;
  static GeneratedFiles acme;

  @BeforeAll
  static void generate() throws IOException {
    new SampleGenerator(SampleOptions.acme()).writeTo(dir);
    acme = new GeneratedFiles(dir);
  }

  @Test
  void everyLinkAppearsOnBothEndsWithTheSameIdExceptLinksToUnseenIssues() {
    Map<String, List<String>> holders = new TreeMap<>();
    Set<String> unseen = new TreeSet<>();
    acme.issues.forEach(
        (key, issue) -> {
          for (JsonNode link : fields(issue).get("issuelinks")) {
            holders.computeIfAbsent(link.get("id").asText(), id -> new ArrayList<>()).add(key);
            String other = otherKey(link);
            JsonNode back = acme.issues.get(other);
            if (back == null) {
              unseen.add(other);
              continue;
            }
            JsonNode mirror = linkWithId(back, link.get("id").asText());
            assertThat(otherKey(mirror))
                .as("other end of link %s on %s", link.get("id"), other)
                .isEqualTo(key);
            assertThat(mirror.has("outwardIssue")).isEqualTo(link.has("inwardIssue"));
            assertThat(mirror.get("type")).isEqualTo(link.get("type"));
          }
        });
    assertThat(unseen).containsExactly("LEGACY-112", "LEGACY-17", "SECOPS-9");
    holders.forEach(
        (id, keys) -> assertThat(keys).as("issues holding link %s", id).hasSizeBetween(1, 2));
    assertThat(holders.values()).filteredOn(keys -> keys.size() == 1).hasSize(3);
  }

  @Test
  void blocksLinksFormACycleAcrossPaymentsCheckoutAndCatalog() {
    Map<String, Set<String>> blocks = new TreeMap<>();
    acme.issues.forEach(
        (key, issue) -> {
          for (JsonNode link : fields(issue).get("issuelinks")) {
            if (link.get("type").get("name").asText().equals("Blocks")
                && link.has("outwardIssue")) {
              blocks.computeIfAbsent(key, k -> new TreeSet<>()).add(otherKey(link));
            }
          }
        });
    List<List<String>> crossTeamCycles = new ArrayList<>();
    for (String start : blocks.keySet()) {
      findCycles(blocks, List.of(start), crossTeamCycles);
    }
    assertThat(crossTeamCycles).isNotEmpty();
    assertThat(crossTeamCycles)
        .anySatisfy(
            cycle ->
                assertThat(cycle.stream().map(GeneratedFiles::project).toList())
                    .containsExactlyInAnyOrder("PAY", "CHK", "CAT"));
  }

  @Test
  void theLastStatusChangeOfEveryChangelogIsTheCurrentStatus() {
    acme.issues.forEach(
        (key, issue) -> {
          String lastTo = null;
          for (JsonNode history : issue.get("changelog").get("histories")) {
            for (JsonNode item : history.get("items")) {
              if (lastTo == null && item.get("field").asText().equals("status")) {
                lastTo = item.get("to").asText();
              }
            }
          }
          String current = fields(issue).get("status").get("id").asText();
          assertThat(lastTo == null ? "10000" : lastTo).as("status of %s", key).isEqualTo(current);
        });
  }

  @Test
  void replayingEachChangelogBackwardsFromTheCurrentFieldsMatchesEveryItem() {
    acme.issues.forEach((key, issue) -> new ChangelogReplay(issue).replayBackwards());
  }

  @Test
  void historiesAreNewestFirstAndNothingHappensAfterNow() {
    String now = "2026-11-16T08:00:00.000+0000";
    acme.issues.forEach(
        (key, issue) -> {
          String previous = now;
          for (JsonNode history : issue.get("changelog").get("histories")) {
            String created = history.get("created").asText();
            assertThat(created)
                .as("history %s of %s", history.get("id"), key)
                .isLessThanOrEqualTo(previous);
            previous = created;
          }
          assertThat(fields(issue).get("updated").asText()).isLessThan(now);
          assertThat(issue.get("changelog").get("total").asInt())
              .isEqualTo(issue.get("changelog").get("histories").size());
        });
  }

  @Test
  void summariesIncludeUmlautsJapaneseAnEmDashAndAEuroSign() {
    List<String> summaries =
        acme.issues.values().stream().map(i -> fields(i).get("summary").asText()).toList();
    assertThat(summaries)
        .anySatisfy(s -> assertThat(s).contains("ü"))
        .anySatisfy(s -> assertThat(s).contains("決済画面"))
        .anySatisfy(s -> assertThat(s).contains("—"))
        .anySatisfy(s -> assertThat(s).contains("€"));
  }

  @Test
  void someOpenIssueIsBlockedByAnIssueOfAnotherTeamThatWasDoneInTheLastWeek() {
    List<String> found = new ArrayList<>();
    acme.issues.forEach(
        (key, issue) -> {
          for (JsonNode link : fields(issue).get("issuelinks")) {
            boolean blockedByOther =
                link.get("type").get("name").asText().equals("Blocks") && link.has("inwardIssue");
            JsonNode blocker = acme.issues.get(otherKey(link));
            if (blockedByOther
                && blocker != null
                && isOpen(issue)
                && !project(key).equals(project(otherKey(link)))) {
              String resolved = fields(blocker).path("resolutiondate").asText("");
              if (resolved.compareTo("2026-11-09") >= 0) {
                found.add(otherKey(link) + " -> " + key);
              }
            }
          }
        });
    assertThat(found).isNotEmpty();
  }

  @Test
  void someOpenIssueIsOverdueAndSomeDueDateSlippedThreeTimes() {
    assertThat(acme.issues.values())
        .anySatisfy(
            i -> {
              assertThat(isOpen(i)).isTrue();
              assertThat(fields(i).path("duedate").asText("9999")).isLessThan("2026-11-16");
            });
    assertThat(acme.issues.values())
        .anySatisfy(
            i -> {
              long slips =
                  itemsOf(i).stream()
                      .filter(item -> item.get("field").asText().equals("duedate"))
                      .filter(item -> !item.get("from").isNull())
                      .count();
              assertThat(slips).isGreaterThanOrEqualTo(3);
            });
  }

  static List<JsonNode> itemsOf(JsonNode issue) {
    List<JsonNode> items = new ArrayList<>();
    issue.get("changelog").get("histories").forEach(h -> h.get("items").forEach(items::add));
    return items;
  }

  private static boolean isOpen(JsonNode issue) {
    return !fields(issue).get("status").get("statusCategory").get("key").asText().equals("done");
  }

  private static JsonNode linkWithId(JsonNode issue, String id) {
    for (JsonNode link : fields(issue).get("issuelinks")) {
      if (link.get("id").asText().equals(id)) {
        return link;
      }
    }
    throw new AssertionError("link " + id + " missing on " + issue.get("key"));
  }

  /** Adds every simple cycle through {@code path}'s start that spans more than one project. */
  private static void findCycles(
      Map<String, Set<String>> edges, List<String> path, List<List<String>> out) {
    for (String next : edges.getOrDefault(path.get(path.size() - 1), Set.of())) {
      if (next.equals(path.get(0))) {
        if (path.stream().map(GeneratedFiles::project).distinct().count() > 1) {
          out.add(path);
        }
      } else if (!path.contains(next) && path.size() < 6) {
        List<String> longer = new ArrayList<>(path);
        longer.add(next);
        findCycles(edges, longer, out);
      }
    }
  }
}
