package dev.interlock.config;

import dev.interlock.model.LinkRule;
import dev.interlock.model.Team;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the YAML configuration into a validated {@link InterlockConfig}. Relative paths resolve
 * against the directory of the file; {@code ${VAR}} and {@code ${VAR:-default}} expand from the
 * given environment in every value except the credentials, which stay {@link Secret} templates.
 * Every error names the file, line, column and key and says what to do.
 */
public final class ConfigLoader {
  static final List<String> ROOT_KEYS =
      List.of(
          "jira",
          "source",
          "teams",
          "linkTypes",
          "meeting",
          "analysis",
          "output",
          "state",
          "sync",
          "publish");
  static final List<String> SOURCE_KEYS = List.of("offline");
  static final List<String> MEETING_KEYS =
      List.of(
          "name",
          "timeboxMinutes",
          "maxItems",
          "schedule",
          "sinceDays",
          "actionItems",
          "escalateTo");
  static final List<String> ANALYSIS_KEYS =
      List.of("defaultLeadTimeDays", "impactHorizonDays", "maxTeamsPerMeeting");
  static final List<String> OUTPUT_KEYS = List.of("dir");
  static final List<String> STATE_KEYS = List.of("path");
  static final List<String> PUBLISH_KEYS =
      List.of("enabled", "comments", "visibility", "onLeave", "maxWrites", "meetingIssue");
  static final List<String> SYNC_KEYS = List.of("dir", "overlapMinutes", "fullEvery");
  static final String DEFAULT_OUTPUT_DIR = "out";
  private static final String TEAMS_HINT =
      "list the teams, e.g. teams: [{name: Payments, projects: [PAY]}]";

  private ConfigLoader() {}

  /**
   * Loads {@code file}; {@code env} is the environment ({@code System.getenv()} on the command
   * line). Reads no credential and touches neither the network nor the snapshot folder.
   */
  public static InterlockConfig load(Path file, Map<String, String> env) throws ConfigException {
    Path absolute = file.toAbsolutePath().normalize();
    Node.Mapping root = YamlTree.read(file, file.toString()).asMapping();
    root.allowOnly(ROOT_KEYS);
    Values values = new Values(env, absolute.getParent());
    SourceSettings source = source(root.mappingOrEmpty("source"), values);
    @Nullable JiraSettings jira = jira(root, values, source.offline() == null);
    List<Team> teams = TeamsReader.read(root.require("teams", TEAMS_HINT), values);
    Map<String, LinkRule> linkTypes =
        LinkTypesReader.read(root.mappingOrEmpty("linkTypes"), values);
    MeetingSettings meeting = meeting(root.mappingOrEmpty("meeting"), values);
    AnalysisSettings analysis = analysis(root.mappingOrEmpty("analysis"), values);
    OutputSettings output = output(root.mappingOrEmpty("output"), values);
    StateSettings state = state(root.mappingOrEmpty("state"), values);
    SyncSettings sync = sync(root.mappingOrEmpty("sync"), values);
    PublishSettings publish = publish(root.mappingOrEmpty("publish"), values);
    return new InterlockConfig(
        absolute, jira, source, teams, linkTypes, meeting, analysis, output, state, sync, publish);
  }

  private static SourceSettings source(Node.Mapping source, Values values) throws ConfigException {
    source.allowOnly(SOURCE_KEYS);
    return new SourceSettings(values.optionalPath(source.find("offline")).orElse(null));
  }

  private static @Nullable JiraSettings jira(Node.Mapping root, Values values, boolean live)
      throws ConfigException {
    Optional<Node> jira = root.find("jira");
    if (jira.isEmpty() && live) {
      throw root.whereOf("source")
          .error(
              "source",
              "no source of issues; set source.offline to a snapshot folder, or add a jira"
                  + " section with the url of your Jira");
    }
    return jira.isEmpty() ? null : JiraReader.read(jira.get().asMapping(), values, live);
  }

  private static MeetingSettings meeting(Node.Mapping meeting, Values values)
      throws ConfigException {
    meeting.allowOnly(MEETING_KEYS);
    return new MeetingSettings(
        values.optionalText(meeting.find("name")).orElse(MeetingSettings.DEFAULT_NAME),
        atLeastOne(meeting.find("timeboxMinutes"), values, MeetingSettings.DEFAULT_TIMEBOX_MINUTES),
        atLeastOne(meeting.find("maxItems"), values, MeetingSettings.DEFAULT_MAX_ITEMS),
        schedule(meeting.find("schedule"), values),
        atLeastOne(meeting.find("sinceDays"), values, MeetingSettings.DEFAULT_SINCE_DAYS),
        actionItems(meeting.find("actionItems"), values),
        escalateTo(meeting.find("escalateTo"), values));
  }

  /** {@code actionItems: {jql: "labels = sos-action"}}; the JQL must be one offline can answer. */
  private static ActionItemQuery actionItems(Optional<Node> node, Values values)
      throws ConfigException {
    if (node.isEmpty()) {
      return ActionItemQuery.defaults();
    }
    Node.Mapping m = node.get().asMapping();
    m.allowOnly(List.of("jql"));
    Optional<Node> jql = m.find("jql");
    if (jql.isEmpty()) {
      return ActionItemQuery.defaults();
    }
    try {
      return ActionItemQuery.parse(values.text(jql.get()));
    } catch (IllegalArgumentException e) {
      throw jql.get().error(e.getMessage());
    }
  }

  /** A name or role in plain text; an @-mention would notify someone, so it is refused. */
  private static String escalateTo(Optional<Node> node, Values values) throws ConfigException {
    Optional<String> who = values.optionalText(node);
    if (who.isPresent() && who.get().contains("@")) {
      throw node.get()
          .error(
              "must be a name or role in plain text (e.g. \"the release train engineer\"), not"
                  + " an @-mention or e-mail address, got \""
                  + who.get()
                  + "\"");
    }
    return who.orElse(MeetingSettings.DEFAULT_ESCALATE_TO);
  }

  /** {@code {days: [MON, THU], time: "09:30", zone: Europe/Berlin}}; zone defaults to UTC. */
  private static @Nullable MeetingSchedule schedule(Optional<Node> node, Values values)
      throws ConfigException {
    if (node.isEmpty()) {
      return null;
    }
    Node.Mapping m = node.get().asMapping();
    m.allowOnly(List.of("days", "time", "zone"));
    List<java.time.DayOfWeek> days = new java.util.ArrayList<>();
    for (String d : values.texts(m.find("days"))) {
      java.time.DayOfWeek day = DAYS.get(d.strip().toUpperCase(java.util.Locale.ROOT));
      if (day == null) {
        throw m.find("days")
            .get()
            .error("\"" + d + "\" is not a day; use MON, TUE, WED, THU, FRI, SAT or SUN");
      }
      days.add(day);
    }
    if (days.isEmpty()) {
      throw node.get().error("needs days, e.g. days: [MON, THU]");
    }
    Node timeNode = m.require("time", "the meeting's local time, e.g. time: \"09:30\"");
    java.time.LocalTime time;
    try {
      time = java.time.LocalTime.parse(values.text(timeNode));
    } catch (java.time.format.DateTimeParseException e) {
      throw timeNode.error(
          "must be a time of day such as \"09:30\", got \"" + values.text(timeNode) + "\"");
    }
    java.time.ZoneId zone = java.time.ZoneOffset.UTC;
    Optional<Node> zoneNode = m.find("zone");
    if (zoneNode.isPresent()) {
      try {
        zone = java.time.ZoneId.of(values.text(zoneNode.get()));
      } catch (java.time.DateTimeException e) {
        throw zoneNode
            .get()
            .error("is not a time zone; use a name such as Europe/Berlin or America/Los_Angeles");
      }
    }
    return MeetingSchedule.of(days, time, zone);
  }

  private static AnalysisSettings analysis(Node.Mapping analysis, Values values)
      throws ConfigException {
    analysis.allowOnly(ANALYSIS_KEYS);
    return new AnalysisSettings(
        atLeastOne(
            analysis.find("defaultLeadTimeDays"), values, AnalysisSettings.DEFAULT_LEAD_TIME_DAYS),
        atLeastOne(
            analysis.find("impactHorizonDays"),
            values,
            AnalysisSettings.DEFAULT_IMPACT_HORIZON_DAYS),
        atLeast(
            2,
            analysis.find("maxTeamsPerMeeting"),
            values,
            AnalysisSettings.DEFAULT_MAX_TEAMS_PER_MEETING));
  }

  private static int atLeastOne(Optional<Node> node, Values values, int fallback)
      throws ConfigException {
    return atLeast(1, node, values, fallback);
  }

  private static int atLeast(int least, Optional<Node> node, Values values, int fallback)
      throws ConfigException {
    if (node.isEmpty()) {
      return fallback;
    }
    int number = values.wholeNumber(node.get());
    if (number < least) {
      throw node.get().error("must be at least " + least + ", got " + number);
    }
    return number;
  }

  private static OutputSettings output(Node.Mapping output, Values values) throws ConfigException {
    output.allowOnly(OUTPUT_KEYS);
    Optional<Node> dir = output.find("dir");
    Path resolved = values.optionalPath(dir).orElse(values.resolve(DEFAULT_OUTPUT_DIR));
    return new OutputSettings(resolved);
  }

  private static final java.util.Map<String, java.time.DayOfWeek> DAYS = days();

  private static java.util.Map<String, java.time.DayOfWeek> days() {
    java.util.Map<String, java.time.DayOfWeek> days = new java.util.HashMap<>();
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      days.put(d.name(), d);
      days.put(d.name().substring(0, 3), d);
    }
    return java.util.Map.copyOf(days);
  }

  private static StateSettings state(Node.Mapping state, Values values) throws ConfigException {
    state.allowOnly(STATE_KEYS);
    return new StateSettings(
        values.optionalPath(state.find("path")).orElse(values.resolve(StateSettings.DEFAULT_PATH)));
  }

  private static SyncSettings sync(Node.Mapping sync, Values values) throws ConfigException {
    sync.allowOnly(SYNC_KEYS);
    Path dir =
        values.optionalPath(sync.find("dir")).orElse(values.resolve(SyncSettings.DEFAULT_DIR));
    Optional<Node> overlap = sync.find("overlapMinutes");
    int minutes = SyncSettings.DEFAULT_OVERLAP_MINUTES;
    if (overlap.isPresent()) {
      minutes = values.wholeNumber(overlap.get());
      if (minutes < 0 || minutes > 24 * 60) {
        throw overlap.get().error("must be 0 to 1440 minutes, got " + minutes);
      }
    }
    java.time.Duration fullEvery = SyncSettings.DEFAULT_FULL_EVERY;
    Optional<Node> every = sync.find("fullEvery");
    if (every.isPresent()) {
      fullEvery = days(every.get(), values.text(every.get()));
    }
    return new SyncSettings(dir, java.time.Duration.ofMinutes(minutes), fullEvery);
  }

  /** {@code 7d} or {@code 12h}: at least an hour. */
  private static java.time.Duration days(Node node, String text) throws ConfigException {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{1,4})([dh])").matcher(text.strip());
    if (!m.matches()) {
      throw node.error("must be a number of days or hours such as 7d or 12h, got \"" + text + "\"");
    }
    long n = Long.parseLong(m.group(1));
    java.time.Duration d =
        m.group(2).equals("d") ? java.time.Duration.ofDays(n) : java.time.Duration.ofHours(n);
    if (d.compareTo(java.time.Duration.ofHours(1)) < 0) {
      throw node.error("must be at least 1h, got \"" + text + "\"");
    }
    return d;
  }

  private static PublishSettings publish(Node.Mapping publish, Values values)
      throws ConfigException {
    publish.allowOnly(PUBLISH_KEYS);
    boolean enabled = false;
    Optional<Node> on = publish.find("enabled");
    if (on.isPresent()) {
      String text = values.text(on.get());
      if (!text.equals("true") && !text.equals("false")) {
        throw on.get().error("must be true or false, got \"" + text + "\"");
      }
      enabled = text.equals("true");
    }
    String comments = oneOf(publish.find("comments"), values, List.of("agenda", "none"), "agenda");
    String onLeave =
        oneOf(publish.find("onLeave"), values, List.of("update", "delete", "keep"), "update");
    String type = null;
    String value = null;
    Optional<Node> visibility = publish.find("visibility");
    if (visibility.isPresent()) {
      Node.Mapping v = visibility.get().asMapping();
      v.allowOnly(List.of("type", "value"));
      type = oneOf(v.find("type"), values, List.of("role", "group"), "role");
      value =
          values
              .optionalText(v.find("value"))
              .orElseThrow(() -> visibility.get().error("needs a value: the role or group name"));
    }
    int maxWrites =
        atLeastOne(publish.find("maxWrites"), values, PublishSettings.DEFAULT_MAX_WRITES);
    String meetingIssue = null;
    Optional<Node> issue = publish.find("meetingIssue");
    if (issue.isPresent()) {
      meetingIssue = values.text(issue.get()).strip();
      if (!dev.interlock.model.IssueKey.isKey(meetingIssue)) {
        throw issue
            .get()
            .error("must be an issue key such as SOS-42, got \"" + meetingIssue + "\"");
      }
    }
    return new PublishSettings(enabled, comments, type, value, onLeave, maxWrites, meetingIssue);
  }

  private static String oneOf(
      Optional<Node> node, Values values, List<String> allowed, String fallback)
      throws ConfigException {
    if (node.isEmpty()) {
      return fallback;
    }
    String text = values.text(node.get());
    if (!allowed.contains(text)) {
      throw node.get()
          .error("must be one of " + String.join(", ", allowed) + ", got \"" + text + "\"");
    }
    return text;
  }
}
