package dev.interlock.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Scrum of Scrums' action items: Jira tasks labelled {@link #LABEL}, each related to the
 * planted issues it is about (section {@code [actions]} of the scenario table). They are added
 * after every other issue and link is numbered, with their own random stream, so the rest of the
 * sample stays as it was: some are open and overdue, some done recently, one has no owner.
 */
final class ActionItems {
  static final String LABEL = "sos-action";
  private static final String TABLE = "scenarios.txt";

  private final Company company;
  private final Map<String, List<List<String>>> table;
  private final ScenarioClock clock;
  private final Dice dice;

  ActionItems(Company company, SampleOptions options) {
    this.company = company;
    this.table = ScenarioTable.read(TABLE);
    this.dice = new Dice(options.seed(), 4);
    this.clock = new ScenarioClock(options.now(), dice);
  }

  /** How many action items a sample with {@code options} holds: those whose project exists. */
  static int count(SampleOptions options) {
    ActionItems items = new ActionItems(new Company(options), options);
    return (int)
        items.table.getOrDefault("actions", List.of()).stream()
            .filter(cell -> items.project(cell.get(1)) != null)
            .count();
  }

  /**
   * Adds the action items to {@code backlog} and returns their links to the issues they are about,
   * numbered after the {@code linked} links already made.
   */
  List<PlannedLink> add(Backlog backlog, Scenarios scenarios, int linked) {
    List<PlannedLink> links = new ArrayList<>();
    for (List<String> cell : table.getOrDefault("actions", List.of())) {
      if (cell.size() != 8) {
        throw new IllegalStateException(TABLE + " [actions]: expected 8 cells, got " + cell);
      }
      ProjectPlan project = project(cell.get(1));
      if (project == null) {
        continue;
      }
      IssueDraft action = plant(backlog, project, cell);
      for (String role : cell.get(6).split(" ")) {
        IssueDraft about = scenarios.role(role);
        if (about != null) {
          String id = String.valueOf(10200 + linked + links.size());
          Instant at = action.created.plusSeconds(600);
          PlannedLink link = new PlannedLink(id, LinkKind.RELATES, action, about, at);
          action.links.add(link);
          about.links.add(link);
          links.add(link);
        }
      }
    }
    return links;
  }

  private IssueDraft plant(Backlog backlog, ProjectPlan project, List<String> cell) {
    Instant created = clock.ago(Integer.parseInt(cell.get(2)), dice.between(9, 15));
    boolean owned = cell.get(5).equals("yes");
    Fate fate =
        new Fate(
            true,
            clock.steps(cell.get(3)),
            clock.dues(cell.get(4)),
            false,
            PriorityLevel.HIGH,
            !owned);
    return backlog.addNumbered(
        project,
        IssueKind.TASK,
        created,
        fate,
        dice.pick(project.people()),
        List.of(LABEL),
        cell.get(7));
  }

  private @Nullable ProjectPlan project(String key) {
    for (ProjectPlan p : company.projects()) {
      if (p.key().equals(key.toUpperCase(Locale.ROOT))) {
        return p;
      }
    }
    return null;
  }
}
