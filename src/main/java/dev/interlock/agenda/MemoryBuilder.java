package dev.interlock.agenda;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.GraphNode;
import dev.interlock.model.Dependency;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Compares an agenda with the earlier meetings it remembers: the action items (open ones, and those
 * done since {@code lastMet}), what to escalate (open at more than two meetings), each riskiest
 * item's delta, what was resolved since the last meeting, and the open cross-team blockers on the
 * agenda that nobody owns. A pure function of its inputs.
 */
public final class MemoryBuilder {
  /** A topic on this many earlier meetings and still open is escalated. */
  public static final int ESCALATE_AFTER = 2;

  /** A score change smaller than this reads as "same". */
  static final double RISK_STEP = 0.005;

  private final Instant asOf;
  private final Instant lastMet;
  private final ZoneId zone;
  private final String escalateTo;

  /**
   * {@code lastMet}: where "since we last met" starts; {@code zone}: the meeting's time zone, for
   * the dates of earlier meetings; {@code escalateTo}: who decides what is escalated.
   */
  public MemoryBuilder(Instant asOf, Instant lastMet, ZoneId zone, String escalateTo) {
    this.asOf = asOf;
    this.lastMet = lastMet;
    this.zone = zone;
    this.escalateTo = escalateTo;
  }

  /**
   * The memory of {@code agenda} (built from {@code graph}) against {@code past} (oldest first, all
   * before this meeting). {@code scores}: the risk of every ranked item now; {@code basis}: where
   * {@code past} comes from, in words.
   */
  public MeetingMemory build(
      Agenda agenda,
      DependencyGraph graph,
      Predicate<Issue> isActionItem,
      Map<IssueKey, Double> scores,
      List<PastMeeting> past,
      String basis) {
    IssueRefs refs = new IssueRefs(graph);
    List<Issue> actions = actionIssues(graph, isActionItem);
    List<ActionItem> items = actionItems(actions, refs, graph, past);
    List<Escalation> escalations = new ArrayList<>();
    escalations.addAll(escalatedActions(items, past));
    escalations.addAll(escalatedTopics(agenda, graph, refs, scores, past));
    return new MeetingMemory(
        basis,
        past.stream().map(p -> p.meeting().toString()).toList(),
        escalateTo,
        items,
        escalations,
        deltas(agenda, past),
        resolved(graph, refs, past),
        unowned(agenda, graph, refs, actions));
  }

  /**
   * The topics of {@code agenda} to remember it by (see {@link PastTopic}): its riskiest items,
   * cycles and the open action items of its memory.
   */
  public static List<PastTopic> topics(Agenda agenda) {
    List<PastTopic> topics = new ArrayList<>();
    for (RiskItem r : agenda.riskiest()) {
      topics.add(
          new PastTopic(
              PastTopic.RISKIEST, r.issue().key(), r.score(), r.issue().commitment(), true));
    }
    for (CycleItem c : agenda.cycles()) {
      topics.add(new PastTopic(PastTopic.CYCLE, cycleKey(c), null, null, true));
    }
    for (ActionItem a : agenda.memory().openActionItems()) {
      topics.add(new PastTopic(PastTopic.ACTION, a.issue().key(), null, a.due(), true));
    }
    return topics;
  }

  /** A cycle's identity across meetings: its issue keys, sorted, joined by spaces. */
  static String cycleKey(CycleItem c) {
    return String.join(" ", c.issues().stream().map(IssueRef::key).sorted().toList());
  }

  private static List<Issue> actionIssues(DependencyGraph graph, Predicate<Issue> isActionItem) {
    return graph.nodes().stream()
        .map(GraphNode::issue)
        .filter(Objects::nonNull)
        .filter(isActionItem)
        .toList();
  }

  private List<ActionItem> actionItems(
      List<Issue> actions, IssueRefs refs, DependencyGraph graph, List<PastMeeting> past) {
    LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    List<ActionItem> open = new ArrayList<>();
    List<ActionItem> done = new ArrayList<>();
    for (Issue a : actions) {
      String owner = a.assignee() == null ? null : a.assignee().displayName();
      List<IssueRef> about = about(a, refs, graph);
      if (!a.isDone()) {
        boolean overdue = a.dueDate() != null && a.dueDate().isBefore(today);
        int meetings = 1 + appearances(past, PastTopic.ACTION, a.key().toString()).size();
        open.add(
            new ActionItem(
                refs.of(a.key()), true, overdue, owner, a.dueDate(), about, meetings, null));
      } else if (doneSinceLastMet(a)) {
        LocalDate on = LocalDate.ofInstant(a.resolved(), zone);
        done.add(new ActionItem(refs.of(a.key()), false, false, owner, a.dueDate(), about, 0, on));
      }
    }
    open.sort(
        Comparator.comparing((ActionItem i) -> !i.overdue())
            .thenComparing(ActionItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> IssueKey.parse(i.issue().key())));
    done.sort(Comparator.comparing(i -> IssueKey.parse(i.issue().key())));
    List<ActionItem> all = new ArrayList<>(open);
    all.addAll(done);
    return all;
  }

  private boolean doneSinceLastMet(Issue a) {
    Instant resolved = a.resolved();
    return resolved != null && resolved.isAfter(lastMet) && !resolved.isAfter(asOf);
  }

  private static List<IssueRef> about(Issue a, IssueRefs refs, DependencyGraph graph) {
    Set<IssueKey> keys = new TreeSet<>();
    for (IssueLink link : a.links()) {
      IssueKey other = link.other().key();
      if (graph.findNode(other).isPresent() && !other.equals(a.key())) {
        keys.add(other);
      }
    }
    return refs.of(keys);
  }

  private List<Escalation> escalatedActions(List<ActionItem> items, List<PastMeeting> past) {
    List<Escalation> escalations = new ArrayList<>();
    for (ActionItem a : items) {
      List<PastEntry> earlier = appearances(past, PastTopic.ACTION, a.issue().key());
      if (a.open() && earlier.size() >= ESCALATE_AFTER) {
        boolean moved = !Objects.equals(earlier.get(0).topic().date(), a.due());
        escalations.add(
            new Escalation(
                Escalation.ACTION_ITEM,
                a.issue().summary(),
                List.of(a.issue()),
                day(earlier.get(0).meeting()),
                a.meetingsOpen(),
                moved ? "date moved" : "nothing",
                escalateTo));
      }
    }
    return escalations;
  }

  private List<Escalation> escalatedTopics(
      Agenda agenda,
      DependencyGraph graph,
      IssueRefs refs,
      Map<IssueKey, Double> scores,
      List<PastMeeting> past) {
    List<Escalation> escalations = new ArrayList<>();
    Set<String> inCycles = new TreeSet<>();
    agenda.cycles().forEach(c -> c.issues().forEach(i -> inCycles.add(i.key())));
    for (String key : keysOf(past, PastTopic.RISKIEST)) {
      List<PastEntry> earlier = appearances(past, PastTopic.RISKIEST, key);
      IssueKey k = IssueKey.parse(key);
      Optional<GraphNode> node = graph.findNode(k);
      if (earlier.size() >= ESCALATE_AFTER
          && node.isPresent()
          && node.get().isOpen()
          && !inCycles.contains(key)
          && blocksAnotherTeam(graph, node.get())) {
        PastTopic first = earlier.get(0).topic();
        IssueRef ref = refs.of(k);
        escalations.add(
            new Escalation(
                Escalation.BLOCKER,
                ref.summary(),
                List.of(ref),
                day(earlier.get(0).meeting()),
                earlier.size() + 1,
                changed(first, scores.get(k), ref.commitment()),
                escalateTo));
      }
    }
    for (CycleItem c : agenda.cycles()) {
      List<PastEntry> earlier = appearances(past, PastTopic.CYCLE, cycleKey(c));
      if (earlier.size() >= ESCALATE_AFTER) {
        escalations.add(
            new Escalation(
                Escalation.CYCLE,
                String.join(" → ", c.path()) + " → " + c.path().get(0),
                c.issues(),
                day(earlier.get(0).meeting()),
                earlier.size() + 1,
                "nothing",
                escalateTo));
      }
    }
    return escalations;
  }

  /**
   * A cycle member is escalated with its cycle; a blocker has open work of another team waiting.
   */
  private static boolean blocksAnotherTeam(DependencyGraph graph, GraphNode node) {
    return graph.openDependents(node.key()).stream()
        .anyMatch(k -> !Objects.equals(graph.teamOf(k), node.team()));
  }

  private static String changed(PastTopic first, @Nullable Double risk, @Nullable LocalDate date) {
    List<String> changes = new ArrayList<>();
    if (risk != null && first.risk() != null && risk > first.risk() + RISK_STEP) {
      changes.add("risk up");
    }
    if (!Objects.equals(first.date(), date)) {
      changes.add("date moved");
    }
    return changes.isEmpty() ? "nothing" : String.join(", ", changes);
  }

  private List<ItemDelta> deltas(Agenda agenda, List<PastMeeting> past) {
    List<ItemDelta> deltas = new ArrayList<>();
    for (RiskItem r : agenda.riskiest()) {
      String key = r.issue().key();
      List<PastEntry> earlier = appearances(past, PastTopic.RISKIEST, key);
      if (earlier.isEmpty()) {
        deltas.add(new ItemDelta(key, ItemDelta.NEW, null, 1, null, null));
        continue;
      }
      Double before = earlier.get(earlier.size() - 1).topic().risk();
      String risk = null;
      if (before != null) {
        double d = r.score() - before;
        risk = d > RISK_STEP ? "up" : d < -RISK_STEP ? "down" : "same";
      }
      deltas.add(
          new ItemDelta(
              key,
              ItemDelta.STILL_ON,
              day(earlier.get(0).meeting()),
              earlier.size() + 1,
              risk,
              before));
    }
    return deltas;
  }

  /** The issues on the last meeting's agenda (items and cycles) that are done now. */
  private static List<IssueRef> resolved(
      DependencyGraph graph, IssueRefs refs, List<PastMeeting> past) {
    if (past.isEmpty()) {
      return List.of();
    }
    Set<IssueKey> done = new TreeSet<>();
    for (PastTopic t : past.get(past.size() - 1).topics()) {
      if (t.kind().equals(PastTopic.ACTION)) {
        continue;
      }
      for (String key : t.key().split(" ")) {
        IssueKey k = IssueKey.parse(key);
        graph.findNode(k).filter(n -> n.visible() && !n.isOpen()).ifPresent(n -> done.add(k));
      }
    }
    return refs.of(done);
  }

  /**
   * The open cross-team blockers on the agenda (a riskiest item, or one blocking it) that wait on
   * nobody: no assignee and no open action item about them; most waiting first, then by key.
   */
  private static List<UnownedBlocker> unowned(
      Agenda agenda, DependencyGraph graph, IssueRefs refs, List<Issue> actions) {
    Set<String> onAgenda = new TreeSet<>();
    agenda.riskiest().forEach(r -> onAgenda.add(r.issue().key()));
    agenda.riskiest().forEach(r -> r.blockers().forEach(b -> onAgenda.add(b.key())));
    Set<IssueKey> covered = new TreeSet<>();
    actions.stream()
        .filter(a -> !a.isDone())
        .forEach(a -> a.links().forEach(l -> covered.add(l.other().key())));
    Map<IssueKey, Set<IssueKey>> waiting = new TreeMap<>();
    for (Dependency d : graph.crossTeamDependencies()) {
      GraphNode blocker = graph.requireNode(d.blocker());
      Issue issue = blocker.issue();
      if (issue != null
          && blocker.isOpen()
          && issue.assignee() == null
          && !covered.contains(d.blocker())
          && onAgenda.contains(d.blocker().toString())
          && graph.requireNode(d.blocked()).isOpen()) {
        waiting.computeIfAbsent(d.blocker(), k -> new TreeSet<>()).add(d.blocked());
      }
    }
    List<UnownedBlocker> unowned = new ArrayList<>();
    waiting.forEach((k, w) -> unowned.add(new UnownedBlocker(refs.of(k), refs.of(w))));
    unowned.sort(Comparator.comparingInt((UnownedBlocker u) -> -u.waiting().size()));
    return unowned;
  }

  private record PastEntry(Instant meeting, PastTopic topic) {}

  private static List<PastEntry> appearances(List<PastMeeting> past, String kind, String key) {
    List<PastEntry> found = new ArrayList<>();
    for (PastMeeting m : past) {
      m.topics().stream()
          .filter(t -> t.kind().equals(kind) && t.key().equals(key) && t.open())
          .findFirst()
          .ifPresent(t -> found.add(new PastEntry(m.meeting(), t)));
    }
    return found;
  }

  private static Set<String> keysOf(List<PastMeeting> past, String kind) {
    Set<String> keys = new TreeSet<>(Comparator.comparing(IssueKey::parse));
    past.forEach(
        m ->
            m.topics().stream().filter(t -> t.kind().equals(kind)).forEach(t -> keys.add(t.key())));
    return keys;
  }

  private LocalDate day(Instant meeting) {
    return LocalDate.ofInstant(meeting, zone);
  }
}
