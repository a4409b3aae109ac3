package dev.interlock.config;

import dev.interlock.model.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code teams}: a non-empty list of teams with distinct names. */
final class TeamsReader {
  static final List<String> KEYS = List.of("name", "projects", "components", "labels", "jql");
  private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");

  private TeamsReader() {}

  static List<Team> read(Node node, Values values) throws ConfigException {
    Node.Sequence list = node.asSequence();
    if (list.items().isEmpty()) {
      throw list.error("list at least one team, e.g. - {name: Payments, projects: [PAY]}");
    }
    List<Team> teams = new ArrayList<>();
    Map<String, String> pathByName = new HashMap<>();
    for (Node item : list.items()) {
      Node.Mapping mapping = item.asMapping();
      Team team = team(mapping, values);
      String earlier = pathByName.putIfAbsent(team.name(), item.path());
      if (earlier != null) {
        throw mapping
            .find("name")
            .orElse(mapping)
            .error(
                "duplicate team name \""
                    + team.name()
                    + "\", already used by "
                    + earlier
                    + "; give each team its own name");
      }
      teams.add(team);
    }
    return List.copyOf(teams);
  }

  private static Team team(Node.Mapping m, Values values) throws ConfigException {
    m.allowOnly(KEYS);
    String name = values.text(m.require("name", "every team needs a name"));
    List<String> projects = projects(m.find("projects"), values);
    List<String> components = values.texts(m.find("components"));
    List<String> labels = values.texts(m.find("labels"));
    String jql = values.optionalText(m.find("jql")).orElse(null);
    if (projects.isEmpty() && components.isEmpty() && labels.isEmpty() && jql == null) {
      throw m.error(
          "no way to tell which issues are this team's; add projects, components, labels or jql");
    }
    return new Team(name, projects, components, labels, jql);
  }

  private static List<String> projects(Optional<Node> node, Values values) throws ConfigException {
    List<String> keys = new ArrayList<>();
    for (Node item : node.isPresent() ? node.get().asSequence().items() : List.<Node>of()) {
      String key = values.text(item);
      if (!PROJECT_KEY.matcher(key).matches()) {
        throw item.error(
            "\""
                + key
                + "\" is not a Jira project key; write the key as it starts issue keys, in"
                + " capitals: PAY for PAY-123");
      }
      keys.add(key);
    }
    return keys;
  }
}
