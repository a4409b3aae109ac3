package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample's agenda for a 10- and a 30-minute meeting. */
class TimeboxedAgendaTest {
  private static final Path SAMPLE = Path.of("config/sample.yaml");
  private static final Pattern KEY = Pattern.compile("\\b[A-Z][A-Z0-9]*-[0-9]+\\b");

  @TempDir Path tmp;

  @Test
  void aTenMinuteMeetingGetsAVisiblyShorterAgendaThanAThirtyMinuteOne() throws IOException {
    Path ten = agenda(10, "");
    Path thirty = agenda(30, "");

    String short10 = meetingPart(ten);
    String long30 = meetingPart(thirty);
    // Action items and escalations above the minute plan are listed in full whatever the timebox,
    // and what gets no minutes is still one line each on the radar: what the meeting talks
    // through, the timeboxed part without the radar, is what shrinks.
    assertThat(words(timeboxed(short10))).isLessThan(words(timeboxed(long30)));
    assertThat(words(talkedThrough(short10))).isLessThan(words(talkedThrough(long30)) * 3 / 4);
    assertThat(long30).contains("## Minute plan (30 min)\n");
    assertThat(short10)
        .contains("## Minute plan (10 min)\n")
        .contains("| 3 | Riskiest cross-team items |")
        .contains("## Also on the radar");
    assertThat(presented(short10)).isEqualTo(1);
    assertThat(presented(long30)).isEqualTo(4);
  }

  @Test
  void theMinutePlanAddsUpToTheTimebox() throws IOException {
    for (int minutes : List.of(10, 30)) {
      JsonNode plan = json(agenda(minutes, "")).get("plan");
      int sum = 0;
      for (JsonNode slot : plan.get("slots")) {
        sum += slot.get("minutes").asInt();
      }
      assertThat(plan.get("timeboxMinutes").asInt()).isEqualTo(minutes);
      assertThat(sum).as("%d-minute plan", minutes).isEqualTo(minutes);
    }
  }

  @Test
  void nothingOnTheAgendaIsLostFromAgendaJson() throws IOException {
    for (int minutes : List.of(10, 30)) {
      Path out = agenda(minutes, "");
      String json = Files.readString(out.resolve("agenda.json"));
      Set<String> inJson = keys(json);
      assertThat(keys(Files.readString(out.resolve("agenda.md")))).isSubsetOf(inJson);
      JsonNode agenda = json(out);
      List<String> risks = new ArrayList<>();
      agenda.get("riskiest").forEach(r -> risks.add(r.get("issue").get("key").asText()));
      List<String> teams = new ArrayList<>();
      agenda.get("teamSections").forEach(s -> teams.add(s.get("team").asText()));
      for (JsonNode line : agenda.get("radar")) {
        assertThat(line.get("kind").asText().equals("RISK") ? risks : teams)
            .contains(line.get("subject").asText());
      }
      // Every riskiest item is either in the plan or on the radar, once.
      List<String> placed = new ArrayList<>();
      agenda
          .get("plan")
          .get("slots")
          .forEach(
              s -> {
                if (s.get("kind").asText().equals("RISKIEST")) {
                  s.get("subjects").forEach(k -> placed.add(k.asText()));
                }
              });
      agenda
          .get("radar")
          .forEach(
              l -> {
                if (l.get("kind").asText().equals("RISK")) {
                  placed.add(l.get("subject").asText());
                }
              });
      assertThat(placed).containsExactlyInAnyOrderElementsOf(risks);
    }
  }

  @Test
  void keysLinkToTheConfiguredJiraAndOtherwiseToTheSiteOfTheSnapshot() throws IOException {
    String configured =
        Files.readString(
            agenda(30, "jira: {url: https://jira.example.com}\n").resolve("agenda.md"));
    String fromSelf = Files.readString(agenda(30, "").resolve("agenda.md"));

    assertThat(configured)
        .contains("[PLAT-59](https://jira.example.com/browse/PLAT-59)")
        .doesNotContain("acme.atlassian.net");
    assertThat(fromSelf).contains("[PLAT-59](https://acme.atlassian.net/browse/PLAT-59)");
  }

  @Test
  void theParkingLotNamesOnlyTheTeamsEachTopicNeeds() throws IOException {
    String md = Files.readString(agenda(30, "").resolve("agenda.md"));

    assertThat(md.substring(md.indexOf("## Parking lot")))
        .contains(
            "- After the meeting: Catalog, Checkout, Payments — break the cycle"
                + " [CAT-57](https://acme.atlassian.net/browse/CAT-57) →"
                + " [PAY-55](https://acme.atlassian.net/browse/PAY-55) →"
                + " [CHK-63](https://acme.atlassian.net/browse/CHK-63): which link is wrong, or"
                + " which part ships first?\n")
        .contains("- After the meeting: Identity, Mobile — break the cycle");
  }

  @Test
  void noChainListOrDiagramRunsThroughACycle() throws IOException {
    Path out = agenda(30, "");
    String md = Files.readString(out.resolve("agenda.md"));
    String mermaid = Files.readString(out.resolve("mermaid.md"));
    List<String> inCycles = List.of("CAT-57", "PAY-55", "CHK-63", "IDN-67", "MOB-65");

    for (String heading :
        List.of(
            "### Chains that cannot make their date",
            "### Cross-team blocking chains with time to spare")) {
      String section = section(md, heading);
      assertThat(section).as(heading).isNotEmpty();
      for (String key : inCycles) {
        assertThat(section).as(heading).doesNotContain("[" + key + "]");
      }
    }
    for (String key : inCycles) {
      assertThat(mermaid).doesNotContain("## Chain behind " + key + " ");
    }
  }

  /** The text under the heading that starts with {@code heading}, up to the next heading. */
  private static String section(String md, String heading) {
    int start = md.indexOf("\n" + heading);
    assertThat(start).as(heading).isNotNegative();
    int body = md.indexOf('\n', start + 1);
    int end = md.indexOf("\n#", body);
    return md.substring(body, end < 0 ? md.length() : end);
  }

  private Path agenda(int minutes, String extra) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "t" + minutes);
    Path config = dir.resolve("sample.yaml");
    Files.writeString(
        config,
        extra
            + Files.readString(SAMPLE)
                .replace(
                    "../sample-data/acme", Path.of("sample-data/acme").toAbsolutePath().toString())
                .replace("../state/interlock.db", dir.resolve("state.db").toString())
                .replace(
                    "  name: Acme Scrum of Scrums\n",
                    "  name: Acme Scrum of Scrums\n  timeboxMinutes: " + minutes + "\n"));
    Path out = dir.resolve("out");
    CommandRun run =
        CommandRun.of(
            "agenda",
            "--config",
            config.toString(),
            "--as-of",
            "2026-11-16",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    return out;
  }

  /** The timeboxed part without "Also on the radar". */
  private static String talkedThrough(String meetingPart) {
    String part = timeboxed(meetingPart);
    int radar = part.indexOf("## Also on the radar");
    return radar < 0
        ? part
        : part.substring(0, radar) + part.substring(part.indexOf("## ", radar + 3));
  }

  /** From the minute plan to the details: the part the timebox shapes. */
  private static String timeboxed(String meetingPart) {
    return meetingPart.substring(meetingPart.indexOf("## Minute plan"));
  }

  /** Everything before the details: what the meeting runs through. */
  private static String meetingPart(Path out) throws IOException {
    String md = Files.readString(out.resolve("agenda.md"));
    return md.substring(0, md.indexOf("\n# Details"));
  }

  private static JsonNode json(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("agenda.json").toFile());
  }

  private static Set<String> keys(String text) {
    Set<String> keys = new TreeSet<>();
    Matcher m = KEY.matcher(text);
    while (m.find()) {
      keys.add(m.group());
    }
    return keys;
  }

  private static int words(String text) {
    return text.split("\\s+").length;
  }

  /** Riskiest items presented in full: lines starting "**1. ". */
  private static long presented(String md) {
    return md.lines().filter(l -> l.matches("\\*\\*\\d+\\. .*")).count();
  }
}
