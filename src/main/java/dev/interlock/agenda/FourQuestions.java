package dev.interlock.agenda;

import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.GraphNode;
import dev.interlock.model.Commitment;
import dev.interlock.model.Dependency;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Answers the four ambassador questions for one team from the dependency graph, as of one moment.
 *
 * <ol>
 *   <li>Finished since the last meeting that affects others: resolved within {@code sinceDays} and
 *       another team's issue depended on it.
 *   <li>Next that affects others: open, another team's open issue waits on it, and not in (4).
 *   <li>Blocked by others: open, with an open blocker owned by another team, by no team, or not
 *       visible.
 *   <li>About to block others: open, another team's open issue waits on it and that issue's
 *       commitment is within {@code soonDays} (or passed), while this one has no commitment, a
 *       later one, or has not started.
 * </ol>
 */
final class FourQuestions {
  private record Candidate(IssueKey key, AgendaItem item, LocalDate sortDate) {}

  private static final LocalDate FAR = LocalDate.MAX;

  private final DependencyGraph graph;
  private final IssueRefs refs;
  private final AgendaSettings settings;
  private final Instant asOf;
  private final LocalDate today;

  FourQuestions(DependencyGraph graph, AgendaSettings settings, Instant asOf) {
    this.graph = graph;
    this.refs = new IssueRefs(graph);
    this.settings = settings;
    this.asOf = asOf;
    this.today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
  }

  TeamSection answer(String team) {
    List<GraphNode> own =
        graph.nodes().stream().filter(n -> n.visible() && team.equals(n.team())).toList();
    List<Candidate> aboutToBlock = collect(own, this::aboutToBlock);
    List<IssueKey> warned = aboutToBlock.stream().map(Candidate::key).toList();
    return new TeamSection(
        team,
        List.of(
            answer(Question.DONE_AFFECTING_OTHERS, collect(own, this::doneAffecting), true),
            answer(
                Question.NEXT_AFFECTING_OTHERS,
                collect(own, n -> warned.contains(n.key()) ? null : next(n)),
                false),
            answer(Question.BLOCKED_BY_OTHERS, collect(own, this::blocked), false),
            answer(Question.ABOUT_TO_BLOCK_OTHERS, aboutToBlock, false)));
  }

  private static List<Candidate> collect(
      List<GraphNode> nodes, Function<GraphNode, @Nullable Candidate> rule) {
    return nodes.stream().map(rule).filter(Objects::nonNull).toList();
  }

  private QuestionAnswer answer(Question q, List<Candidate> found, boolean newestFirst) {
    Comparator<Candidate> byDate = Comparator.comparing(Candidate::sortDate);
    List<Candidate> sorted =
        found.stream()
            .sorted((newestFirst ? byDate.reversed() : byDate).thenComparing(Candidate::key))
            .toList();
    int shown = Math.min(sorted.size(), settings.perQuestion());
    List<AgendaItem> items = sorted.subList(0, shown).stream().map(Candidate::item).toList();
    List<AgendaItem> rest =
        sorted.subList(shown, sorted.size()).stream().map(Candidate::item).toList();
    return new QuestionAnswer(q, items, rest.size(), rest);
  }

  private @Nullable Candidate doneAffecting(GraphNode node) {
    Issue issue = Objects.requireNonNull(node.issue());
    Instant resolved = issue.resolved() != null ? issue.resolved() : issue.updated();
    boolean recent =
        node.status().isDone()
            && !resolved.isAfter(asOf)
            && resolved.isAfter(settings.windowStart(asOf));
    List<IssueKey> others = otherTeamDependents(node, false);
    if (!recent || others.isEmpty()) {
      return null;
    }
    LocalDate day = LocalDate.ofInstant(resolved, ZoneOffset.UTC);
    String reason = "done " + day + "; " + names(others) + " depended on it";
    return new Candidate(node.key(), item(node.key(), others, reason), day);
  }

  private @Nullable Candidate next(GraphNode node) {
    List<IssueKey> waiting = otherTeamDependents(node, true);
    if (!node.isOpen() || waiting.isEmpty()) {
      return null;
    }
    Optional<Commitment> own = refs.commitment(node.key());
    String reason = names(waiting) + (waiting.size() == 1 ? " waits" : " wait") + " on it";
    LocalDate sort = own.map(Commitment::date).orElse(FAR);
    return new Candidate(node.key(), item(node.key(), waiting, reason), sort);
  }

  private @Nullable Candidate blocked(GraphNode node) {
    if (!node.isOpen()) {
      return null;
    }
    List<IssueKey> blockers = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (Dependency d : graph.blockersOf(node.key())) {
      GraphNode b = graph.requireNode(d.blocker());
      if (b.isOpen() && graph.isCrossTeam(d) && !blockers.contains(b.key())) {
        blockers.add(b.key());
        words.add(refs.namedWithStatus(b.key()));
      }
    }
    if (blockers.isEmpty()) {
      return null;
    }
    Optional<Commitment> own = refs.commitment(node.key());
    String reason = "waits on " + String.join(", ", words);
    return new Candidate(
        node.key(), item(node.key(), blockers, reason), own.map(Commitment::date).orElse(FAR));
  }

  private @Nullable Candidate aboutToBlock(GraphNode node) {
    if (!node.isOpen()) {
      return null;
    }
    Optional<Commitment> own = refs.commitment(node.key());
    List<IssueKey> endangered = new ArrayList<>();
    LocalDate earliest = FAR;
    String why = "";
    for (IssueKey other : otherTeamDependents(node, true)) {
      Optional<Commitment> theirs = refs.commitment(other);
      if (theirs.isEmpty()
          || ChronoUnit.DAYS.between(today, theirs.get().date()) > settings.soonDays()) {
        continue;
      }
      String problem = problem(node, own, theirs.get());
      if (problem != null) {
        endangered.add(other);
        if (theirs.get().date().isBefore(earliest)) {
          earliest = theirs.get().date();
          why =
              refs.named(other)
                  + " has its "
                  + theirs.get().kind().words()
                  + " "
                  + theirs.get().date()
                  + " and waits on it; "
                  + problem;
        }
      }
    }
    if (endangered.isEmpty()) {
      return null;
    }
    return new Candidate(node.key(), item(node.key(), endangered, why), earliest);
  }

  private static @Nullable String problem(
      GraphNode node, Optional<Commitment> own, Commitment theirs) {
    if (own.isEmpty()) {
      return "this has no commitment";
    }
    if (own.get().date().isAfter(theirs.date())) {
      return "this is planned later (" + own.get().kind().words() + " " + own.get().date() + ")";
    }
    if (node.status().category() == StatusCategory.TO_DO) {
      return "this has not started (" + node.status().name() + ")";
    }
    return null;
  }

  /** Other teams' issues that depend on this one, optionally only open ones; sorted. */
  private List<IssueKey> otherTeamDependents(GraphNode node, boolean openOnly) {
    return graph.dependentsOf(node.key()).stream()
        .filter(graph::isCrossTeam)
        .map(Dependency::blocked)
        .filter(k -> !openOnly || graph.requireNode(k).isOpen())
        .distinct()
        .sorted()
        .toList();
  }

  private String names(List<IssueKey> keys) {
    return String.join(", ", keys.stream().map(refs::named).toList());
  }

  private AgendaItem item(IssueKey key, List<IssueKey> related, String reason) {
    return new AgendaItem(refs.of(key), refs.of(related), reason);
  }
}
