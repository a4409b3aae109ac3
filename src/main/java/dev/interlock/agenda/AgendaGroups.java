package dev.interlock.agenda;

import dev.interlock.graph.MeetingGroup;
import dev.interlock.graph.MeetingSplit;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A scrum of scrum of scrums: when the analysis split the teams into meeting groups, one agenda per
 * group ({@link #forGroup}) and one for the meeting above them ({@link #aboveGroups}). A group's
 * agenda holds only its own teams' sections, risk items, waits, cycles and findings; the agenda
 * above holds only what crosses groups. Both keep the header, the risk basis and the data warnings
 * of the whole agenda; the summary's issue, dependency and skip counts stay those of the snapshot
 * read, its other counts are the filtered agenda's. Pure functions of their inputs.
 */
public final class AgendaGroups {
  /** Folder names are cut to this many characters. */
  static final int FOLDER_LENGTH = 48;

  private AgendaGroups() {}

  /**
   * The agendas to write for {@code whole}: itself alone when its teams fit in one meeting;
   * otherwise one agenda per group and, as {@link MeetingAgendas#main}, the one above them.
   */
  public static MeetingAgendas split(Agenda whole) {
    MeetingSplit split = whole.analysis().grouping();
    if (!split.needed()) {
      return new MeetingAgendas(whole, List.of());
    }
    List<GroupAgenda> groups = new ArrayList<>();
    for (MeetingGroup group : split.groups()) {
      int number = groups.size() + 1;
      groups.add(
          new GroupAgenda(
              number, folderName(number, group), group, forGroup(whole, number, group)));
    }
    return new MeetingAgendas(aboveGroups(whole, groups), groups);
  }

  /**
   * {@code whole} cut down to the teams of {@code group}: their sections, the riskiest items they
   * own (ranked again from 1), the waits and cross-team dependencies between them (a dependency on
   * an issue no team owns stays with the team that has the other end), the cycles and findings that
   * involve no other team, the chains ending at, impact of, bottlenecks and relays through their
   * issues, and their part of the matrix. Its meeting split is the group itself.
   */
  public static Agenda forGroup(Agenda whole, int number, MeetingGroup group) {
    Set<String> teams = new HashSet<>(group.teams());
    Predicate<@Nullable String> inGroup = team -> team == null || teams.contains(team);
    Map<String, @Nullable String> teamOfKey = teamOfKey(whole);
    List<EdgeRef> edges =
        whole.crossTeamEdges().stream()
            .filter(
                e -> {
                  String a = teamOfKey.get(e.blocker());
                  String b = teamOfKey.get(e.blocked());
                  return inGroup.test(a) && inGroup.test(b) && (a != null || b != null);
                })
            .toList();
    List<CycleItem> cycles =
        whole.cycles().stream().filter(c -> teams.containsAll(c.teams())).toList();
    List<RiskItem> riskiest =
        rank(whole.riskiest().stream().filter(r -> r.issue().ownedBy(teams)).toList());
    return new Agenda(
            meeting(whole.meeting(), "group " + number + ": " + String.join(", ", group.teams())),
            group.teams(),
            summary(whole.summary(), group.teams().size(), edges.size(), cycles.size(), riskiest),
            whole.teamSections().stream().filter(s -> teams.contains(s.team())).toList(),
            cycles,
            riskiest,
            whole.riskBasis(),
            whole.teamLinks().stream()
                .filter(l -> teams.contains(l.blocker()) && teams.contains(l.blocked()))
                .toList(),
            edges,
            endsOf(whole, edges),
            whole.warnings(),
            GroupAnalysis.forGroup(whole.analysis(), group))
        .withMemory(whole.memory().forTeams(teams))
        .withJiraUrl(whole.jiraUrl());
  }

  /**
   * The agenda of the meeting above {@code groups}: the waits, cross-team dependencies, cycles and
   * findings between teams of different groups; per team only the items that concern another
   * group's issues (teams without one are left out); the riskiest items that wait on or hold up
   * another group (ranked again from 1); the matrix without the cells inside a group; and the whole
   * meeting split, so the reader sees which group meets where.
   */
  public static Agenda aboveGroups(Agenda whole, List<GroupAgenda> groups) {
    Map<String, Integer> groupOf = new HashMap<>();
    groups.forEach(g -> g.group().teams().forEach(t -> groupOf.put(t, g.number())));
    Map<String, @Nullable String> teamOfKey = teamOfKey(whole);
    List<EdgeRef> edges =
        whole.crossTeamEdges().stream()
            .filter(e -> crosses(groupOf, teamOfKey.get(e.blocker()), teamOfKey.get(e.blocked())))
            .toList();
    List<CycleItem> cycles =
        whole.cycles().stream().filter(c -> spans(groupOf, c.teams())).toList();
    List<RiskItem> riskiest =
        rank(
            whole.riskiest().stream()
                .filter(
                    r ->
                        concernsOther(groupOf, r.issue(), r.blockers())
                            || concernsOther(groupOf, r.issue(), r.waiting()))
                .toList());
    return new Agenda(
            meeting(whole.meeting(), "above the groups"),
            whole.teams(),
            summary(whole.summary(), whole.teams().size(), edges.size(), cycles.size(), riskiest),
            crossGroupSections(whole.teamSections(), groupOf),
            cycles,
            riskiest,
            whole.riskBasis(),
            whole.teamLinks().stream()
                .filter(l -> crosses(groupOf, l.blocker(), l.blocked()))
                .toList(),
            edges,
            endsOf(whole, edges),
            whole.warnings(),
            GroupAnalysis.aboveGroups(whole.analysis(), groupOf))
        // Each group's escalations and the action items go up to the meeting above the groups.
        .withMemory(whole.memory())
        .withJiraUrl(whole.jiraUrl());
  }

  /**
   * A folder name any file system accepts, unique among the groups: {@code group-N-} and the teams'
   * names in lower-case ASCII letters and digits, joined by hyphens, cut to {@value #FOLDER_LENGTH}
   * characters ({@code group-1-payments-checkout-catalog}).
   */
  public static String folderName(int number, MeetingGroup group) {
    String ascii =
        Normalizer.normalize(String.join(" ", group.teams()), Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-");
    String name = ("group-" + number + "-" + ascii).replaceAll("-+", "-");
    if (name.length() > FOLDER_LENGTH) {
      name = name.substring(0, FOLDER_LENGTH);
    }
    return name.replaceAll("-+$", "");
  }

  private static List<TeamSection> crossGroupSections(
      List<TeamSection> sections, Map<String, Integer> groupOf) {
    List<TeamSection> kept = new ArrayList<>();
    for (TeamSection section : sections) {
      List<QuestionAnswer> answers =
          section.answers().stream()
              .map(
                  a ->
                      new QuestionAnswer(
                          a.question(),
                          a.items().stream()
                              .filter(i -> concernsOther(groupOf, i.issue(), i.related()))
                              .toList(),
                          0))
              .toList();
      if (answers.stream().anyMatch(a -> !a.items().isEmpty())) {
        kept.add(new TeamSection(section.team(), answers));
      }
    }
    return kept;
  }

  /** True when some of {@code others} belongs to a team of another group than {@code issue}'s. */
  private static boolean concernsOther(
      Map<String, Integer> groupOf, IssueRef issue, Collection<IssueRef> others) {
    return others.stream().anyMatch(o -> crosses(groupOf, issue.team(), o.team()));
  }

  /** True when both teams are in groups, and in different ones. */
  static boolean crosses(Map<String, Integer> groupOf, @Nullable String a, @Nullable String b) {
    Integer ga = a == null ? null : groupOf.get(a);
    Integer gb = b == null ? null : groupOf.get(b);
    return ga != null && gb != null && !ga.equals(gb);
  }

  /** True when the teams belong to more than one group. */
  static boolean spans(Map<String, Integer> groupOf, Collection<String> teams) {
    return teams.stream().map(groupOf::get).filter(Objects::nonNull).distinct().count() > 1;
  }

  private static List<RiskItem> rank(List<RiskItem> items) {
    List<RiskItem> ranked = new ArrayList<>();
    for (RiskItem r : items) {
      ranked.add(
          new RiskItem(
              ranked.size() + 1, r.issue(), r.score(), r.reasons(), r.blockers(), r.waiting()));
    }
    return ranked;
  }

  private static Map<String, @Nullable String> teamOfKey(Agenda whole) {
    Map<String, @Nullable String> teams = new HashMap<>();
    whole.crossTeamIssues().forEach(i -> teams.put(i.key(), i.team()));
    return teams;
  }

  /** The issues at either end of {@code edges}, in the whole agenda's order. */
  private static List<IssueRef> endsOf(Agenda whole, List<EdgeRef> edges) {
    Set<String> ends = new HashSet<>();
    edges.forEach(
        e -> {
          ends.add(e.blocker());
          ends.add(e.blocked());
        });
    return whole.crossTeamIssues().stream().filter(i -> ends.contains(i.key())).toList();
  }

  private static MeetingInfo meeting(MeetingInfo m, String part) {
    return m.withName(m.name() + " — " + part);
  }

  private static Summary summary(
      Summary whole, int teams, int crossTeam, int cycles, List<RiskItem> items) {
    return new Summary(
        whole.issues(),
        teams,
        whole.dependencies(),
        crossTeam,
        cycles,
        items.size(),
        whole.skipped());
  }
}
