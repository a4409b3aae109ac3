package dev.interlock.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Splits the teams into meetings of at most {@code maxTeams} that keep most open dependency weight
 * inside each meeting. Greedy agglomeration: start with one group per team and keep merging the two
 * groups with the most open dependencies between them (either direction) while the merged group
 * fits; then merge the two smallest groups while they fit. Ties go to the groups whose first team
 * comes first. Deterministic, and cubic only in the number of teams. (JGraphT's clusterings do not
 * bound the size of a cluster, which is the constraint that matters here.)
 */
public final class MeetingGroups {
  /** Teams one Scrum of Scrums holds, by default. */
  public static final int DEFAULT_MAX_TEAMS = 7;

  private final List<String> teams;
  private final List<TeamEdge> openEdges;
  private final int maxTeams;
  private @Nullable MeetingSplit split;

  /** {@code teams} in configuration order; teams that appear only in edges are added after them. */
  public MeetingGroups(TeamGraph teamGraph, List<String> teams, int maxTeams) {
    if (maxTeams < 2) {
      throw new IllegalArgumentException("maxTeams < 2: " + maxTeams);
    }
    this.openEdges = teamGraph.edges().stream().filter(e -> e.open() > 0).toList();
    List<String> all = new ArrayList<>(teams);
    for (TeamEdge e : openEdges) {
      for (String t : List.of(e.blocker(), e.blocked())) {
        if (!all.contains(t)) {
          all.add(t);
        }
      }
    }
    this.teams = List.copyOf(all);
    this.maxTeams = maxTeams;
  }

  /** Computed once. */
  public MeetingSplit split() {
    if (split == null) {
      split = compute();
    }
    return split;
  }

  private MeetingSplit compute() {
    List<List<String>> groups = teams.size() > maxTeams ? agglomerate() : List.of(teams);
    Map<String, Integer> groupOf = new TreeMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String t : groups.get(g)) {
        groupOf.put(t, g);
      }
    }
    int[] inside = new int[groups.size()];
    List<TeamEdge> between = new ArrayList<>();
    for (TeamEdge e : openEdges) {
      int a = groupOf.get(e.blocker());
      if (a == groupOf.get(e.blocked())) {
        inside[a] += e.open();
      } else {
        between.add(e);
      }
    }
    List<MeetingGroup> result = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      result.add(new MeetingGroup(groups.get(g), inside[g]));
    }
    return new MeetingSplit(teams.size() > maxTeams, maxTeams, result, between);
  }

  /** Groups as team lists, each in team order, ordered by their first team. */
  private List<List<String>> agglomerate() {
    int n = teams.size();
    int[][] weight = new int[n][n];
    for (TeamEdge e : openEdges) {
      int a = teams.indexOf(e.blocker());
      int b = teams.indexOf(e.blocked());
      weight[a][b] += e.open();
      weight[b][a] += e.open();
    }
    int[] size = new int[n];
    int[] root = new int[n];
    for (int t = 0; t < n; t++) {
      size[t] = 1;
      root[t] = t;
    }
    while (mergeBest(weight, size, root, true)) {}
    while (mergeBest(weight, size, root, false)) {}
    List<List<String>> groups = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      List<String> members = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        if (root[t] == g) {
          members.add(teams.get(t));
        }
      }
      if (!members.isEmpty()) {
        groups.add(members);
      }
    }
    return groups;
  }

  /**
   * Merges the live groups {@code a < b} (indices are each group's first team) with the most weight
   * between them ({@code byWeight}) or the smallest combined size, as long as the result fits.
   */
  private boolean mergeBest(int[][] weight, int[] size, int[] root, boolean byWeight) {
    int bestA = -1;
    int bestB = -1;
    long best = Long.MIN_VALUE;
    for (int a = 0; a < size.length; a++) {
      for (int b = a + 1; b < size.length; b++) {
        if (size[a] == 0 || size[b] == 0 || size[a] + size[b] > maxTeams) {
          continue;
        }
        long score = byWeight ? weight[a][b] : -(size[a] + size[b]);
        if ((!byWeight || score > 0) && score > best) {
          best = score;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (bestA < 0) {
      return false;
    }
    for (int x = 0; x < size.length; x++) {
      weight[bestA][x] += weight[bestB][x];
      weight[x][bestA] += weight[x][bestB];
      root[x] = root[x] == bestB ? bestA : root[x];
    }
    size[bestA] += size[bestB];
    size[bestB] = 0;
    return true;
  }
}
