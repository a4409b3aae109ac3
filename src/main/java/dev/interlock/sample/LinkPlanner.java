package dev.interlock.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the ordinary links around the planted ones: blocks inside a team, dependencies across teams
 * (of every dependency type), relates, clones and duplicates. Random dependencies never touch a
 * planted issue and always run from an earlier issue of the same team, or from a team of lower
 * rank, so that every cycle in the data is a planted one. Finally numbers all links in the order
 * they were made and attaches each to the visible issues at its ends.
 */
final class LinkPlanner {
  private final Company company;
  private final Instant now;
  private final Dice dice;
  private final List<PlannedLink> links = new ArrayList<>();
  // Membership only, never iterated: pairs already linked.
  private final Set<String> pairs = new HashSet<>();

  LinkPlanner(Company company, SampleOptions options) {
    this.company = company;
    this.now = options.now();
    this.dice = new Dice(options.seed(), 3);
  }

  /** Every link, planted and random, numbered and attached to its issues. */
  List<PlannedLink> plan(Backlog backlog, List<PlannedLink> planted) {
    planted.forEach(this::add);
    List<ProjectPlan> teams = company.projects().subList(0, company.projects().size() - 1);
    List<ProjectPlan> byRank =
        teams.stream().sorted(Comparator.comparingInt(ProjectPlan::rank)).toList();
    for (ProjectPlan team : teams) {
      List<IssueDraft> items = randomWorkItems(backlog, team);
      int n = items.size();
      for (int i = 0; i < n * 8 / 100; i++) {
        IssueDraft a = dice.pick(items);
        IssueDraft b = dice.pick(items);
        link(LinkKind.BLOCKS, earlier(a, b), later(a, b));
      }
      List<ProjectPlan> upstream = upstream(byRank, team);
      for (int i = 0; i < n * 15 / 100 && !upstream.isEmpty(); i++) {
        crossTeam(dice.pick(items), randomWorkItems(backlog, dice.pick(upstream)));
      }
      for (int i = 0; i < n * 7 / 100; i++) {
        List<IssueDraft> others = backlog.of(dice.pick(company.projects()));
        link(LinkKind.RELATES, dice.pick(backlog.of(team)), dice.pick(others));
      }
      clonesAndDuplicates(backlog.of(team));
    }
    return numbered();
  }

  private void crossTeam(IssueDraft blocked, List<IssueDraft> blockers) {
    if (blockers.isEmpty()) {
      return;
    }
    IssueDraft blocker = dice.pick(blockers);
    LinkKind kind =
        List.of(
                LinkKind.BLOCKS,
                LinkKind.DEPENDENCY,
                LinkKind.DEPENDENT,
                LinkKind.REQUIREMENT,
                LinkKind.GATES)
            .get(dice.weighted(50, 20, 15, 10, 5));
    if (Boolean.TRUE.equals(kind.sourceBlocks)) {
      link(kind, blocker, blocked);
    } else {
      link(kind, blocked, blocker);
    }
  }

  private void clonesAndDuplicates(List<IssueDraft> issues) {
    List<IssueDraft> bugs = issues.stream().filter(d -> d.kind == IssueKind.BUG).toList();
    for (int i = 0; i < (bugs.size() + 11) / 12; i++) {
      IssueDraft a = dice.pick(bugs);
      IssueDraft b = dice.pick(bugs);
      link(LinkKind.DUPLICATE, later(a, b), earlier(a, b));
    }
    for (int i = 0; i < (issues.size() + 79) / 80; i++) {
      IssueDraft a = dice.pick(issues);
      IssueDraft b = dice.pick(issues);
      if (a.kind == b.kind) {
        link(LinkKind.CLONERS, later(a, b), earlier(a, b));
      }
    }
  }

  /** The (up to) five teams just upstream of {@code team}, nearest first. */
  private static List<ProjectPlan> upstream(List<ProjectPlan> byRank, ProjectPlan team) {
    List<ProjectPlan> lower = byRank.stream().filter(p -> p.rank() < team.rank()).toList();
    return lower.subList(Math.max(0, lower.size() - 5), lower.size());
  }

  private static IssueDraft earlier(IssueDraft a, IssueDraft b) {
    return a.number < b.number ? a : b;
  }

  private static IssueDraft later(IssueDraft a, IssueDraft b) {
    return a.number < b.number ? b : a;
  }

  private static List<IssueDraft> randomWorkItems(Backlog backlog, ProjectPlan project) {
    return backlog.of(project).stream()
        .filter(d -> d.kind.isWorkItem() && !d.fate.planted())
        .toList();
  }

  private void link(LinkKind kind, IssueDraft source, IssueDraft target) {
    if (source == target || !pairs.add(pairKey(source, target))) {
      return;
    }
    Instant made = source.created.isAfter(target.created) ? source.created : target.created;
    Instant at = WorkClock.plusDays(made, dice.uniform(0.05, 6));
    if (at.isBefore(now)) {
      links.add(PlannedLink.of(kind, source, target, at));
    }
  }

  private void add(PlannedLink link) {
    pairs.add(pairKey(link.source(), link.target()));
    links.add(link);
  }

  private static String pairKey(LinkTarget a, LinkTarget b) {
    String x = a.key();
    String y = b.key();
    return x.compareTo(y) < 0 ? x + " " + y : y + " " + x;
  }

  private List<PlannedLink> numbered() {
    List<PlannedLink> sorted =
        links.stream()
            .sorted(
                Comparator.comparing(PlannedLink::at)
                    .thenComparing(l -> l.source().key())
                    .thenComparing(l -> l.target().key()))
            .toList();
    List<PlannedLink> numbered = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      PlannedLink link = sorted.get(i).withId(String.valueOf(10200 + i));
      numbered.add(link);
      for (LinkTarget end : List.of(link.source(), link.target())) {
        if (end instanceof IssueDraft issue) {
          issue.links.add(link);
        }
      }
    }
    return numbered;
  }
}
