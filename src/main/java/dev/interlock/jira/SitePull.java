package dev.interlock.jira;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Pulls the teams' work from one site into a {@link SnapshotFolder}: discovery ({@code myself},
 * {@code field}, {@code issueLinkType}), each team's search pages with their changelogs (teams in
 * parallel), on Cloud the changelogs the search cut short ({@code changelog/bulkfetch}, 1000 issues
 * a call), then the issues outside the teams that their links point to. A team that fails after
 * retries is reported and the others go on; a failed discovery ends the pull.
 */
public final class SitePull {
  public static final String MYSELF = "/rest/api/2/myself";
  public static final String FIELDS = "/rest/api/2/field";
  public static final String LINK_TYPES = "/rest/api/2/issueLinkType";

  /** The standard fields Interlock reads; the site's custom fields are added by discovery. */
  public static final List<String> STANDARD_FIELDS =
      List.of(
          "summary",
          "issuetype",
          "project",
          "status",
          "resolution",
          "resolutiondate",
          "created",
          "updated",
          "duedate",
          "fixVersions",
          "priority",
          "assignee",
          "components",
          "labels",
          "parent",
          "issuelinks",
          "subtasks",
          "comment");

  private final JiraHttp http;
  private final Deployment deployment;
  private final IssueSearch search;
  private final IssueSearch sweepSearch;
  private final int threads;
  private final PullProgress progress;
  private final int pageSize;

  private final @Nullable String actionItems;

  /** {@code pageSize}: issues asked per search page (the server may serve fewer). */
  public SitePull(
      JiraHttp http, Deployment deployment, int pageSize, int threads, PullProgress progress) {
    this(http, deployment, pageSize, threads, progress, null);
  }

  private SitePull(
      JiraHttp http,
      Deployment deployment,
      int pageSize,
      int threads,
      PullProgress progress,
      @Nullable String actionItems) {
    this.pageSize = pageSize;
    this.actionItems = actionItems;
    this.http = http;
    this.deployment = deployment;
    this.search =
        IssueSearch.of(deployment, http, pageSize, DataCenterSearch.DEFAULT_RESULT_WINDOW);
    this.sweepSearch =
        IssueSearch.of(deployment, http, SWEEP_PAGE_SIZE, DataCenterSearch.DEFAULT_RESULT_WINDOW);
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * This pull also finds the meeting's action items: one search with {@code jql} ({@code
   * fields=key}) after the teams', and the ones no team's search returned are fetched with the
   * issues outside the teams.
   */
  public SitePull withActionItems(String jql) {
    return new SitePull(http, deployment, pageSize, threads, progress, jql);
  }

  /**
   * Pulls {@code teams} into {@code dir}, replacing an earlier pull there.
   *
   * @throws JiraException when discovery fails, or when every team failed (the first failure)
   */
  public PullReport pull(List<TeamFilter> teams, Path dir) throws JiraException, IOException {
    return pull(teams, dir, PullScope.FULL);
  }

  /**
   * Pulls what {@code scope} asks for into {@code dir}: each team in full or, incrementally, the
   * issues updated since its entry (a JQL date in the account's time zone), on a sweep every team's
   * keys, then the issues outside the teams that the scope chooses.
   *
   * @throws JiraException when discovery fails, or when every team failed (the first failure)
   */
  public PullReport pull(List<TeamFilter> teams, Path dir, PullScope scope)
      throws JiraException, IOException {
    long started = System.nanoTime();
    // Sign in first: a refused token must not cost the user the previous snapshot.
    JsonNode myself = http.get(MYSELF);
    String identity = identity(myself);
    @Nullable String timeZone = timeZone(myself);
    SnapshotFolder folder = new SnapshotFolder(dir, http.json());
    folder.prepare();
    List<String> fields = discover(folder);
    PulledIssues pulled = new PulledIssues();
    List<TeamFilter> asked = scoped(teams, scope, timeZone);
    Map<String, Integer> counts = new ConcurrentHashMap<>();
    List<TeamFailure> failures = pullTeams(asked, fields, folder, pulled, counts);
    if (failures.size() == teams.size()) {
      throw failures.get(0).error();
    }
    int completed = completeChangelogs(folder, pulled);
    Map<String, Set<String>> swept = scope.sweep() ? sweep(teams, failures) : null;
    List<String> invisible = Collections.synchronizedList(new ArrayList<>());
    List<String> outsideKeys =
        scope.outside().choose(pulled.keys(), withActionItems(pulled.linked(), failures), swept);
    int outside = pullOutside(folder, outsideKeys, invisible);
    return new PullReport(
        identity,
        timeZone,
        counts,
        swept,
        pulled.count(),
        outside,
        invisible.stream().sorted(dev.interlock.model.IssueKey::compareText).toList(),
        completed,
        failures,
        http.requests(),
        http.retries(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** Saves the field list and link types; returns the fields to ask for. */
  private List<String> discover(SnapshotFolder folder) throws JiraException {
    JsonNode fieldList = http.get(FIELDS);
    folder.write(SnapshotFolder.FIELDS, fieldList);
    folder.write(SnapshotFolder.LINK_TYPES, http.get(LINK_TYPES));
    List<FieldDto> dtos =
        http.json().convertValue(fieldList, new TypeReference<List<FieldDto>>() {});
    return fieldsToAsk(FieldCatalog.of(dtos));
  }

  /** The standard fields and the site's sprint, epic link, story points and team fields. */
  public static List<String> fieldsToAsk(FieldCatalog catalog) {
    List<String> fields = new ArrayList<>(STANDARD_FIELDS);
    catalog.sprintField().ifPresent(fields::add);
    catalog.epicLinkField().ifPresent(fields::add);
    catalog.storyPointsField().ifPresent(fields::add);
    catalog.teamField().ifPresent(fields::add);
    return List.copyOf(fields);
  }

  /** "Ada Lovelace (5b10…)" on Cloud, "Ada Lovelace (alovelace)" on Data Center. */
  static String identity(JsonNode myself) {
    String id = myself.path("accountId").asText(myself.path("name").asText("?"));
    return myself.path("displayName").asText(id) + " (" + id + ")";
  }

  /** The account's time zone as {@code myself} gives it, or null when absent or unknown. */
  static @Nullable String timeZone(JsonNode myself) {
    String zone = myself.path("timeZone").asText("");
    if (zone.isEmpty()) {
      return null;
    }
    try {
      return ZoneId.of(zone).getId();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Each team's filter, restricted to the issues updated since its entry in {@code scope}. JQL
   * reads a date literal in the account's time zone; when Jira did not say which, the search
   * reaches back {@link #UNKNOWN_ZONE_MARGIN} further, so that no time zone on Earth loses an
   * issue.
   */
  static List<TeamFilter> scoped(List<TeamFilter> teams, PullScope scope, @Nullable String zone) {
    ZoneId id = zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    Duration margin = zone == null ? UNKNOWN_ZONE_MARGIN : Duration.ZERO;
    return teams.stream()
        .map(
            t -> {
              Instant since = scope.updatedSince().get(t.team());
              return since == null
                  ? t
                  : new TeamFilter(t.team(), Jql.updatedSince(t.jql(), since.minus(margin), id));
            })
        .toList();
  }

  /** Keys per page of a sweep: key-only pages are small, and both flavors serve 1000. */
  static final int SWEEP_PAGE_SIZE = 1000;

  /** How much further back an incremental search reaches when the account's zone is unknown. */
  static final Duration UNKNOWN_ZONE_MARGIN = Duration.ofHours(14);

  /** The name an action-item search failure goes by among the teams' failures. */
  public static final String ACTION_ITEMS = "action items (meeting.actionItems.jql)";

  /**
   * {@code linked} plus the action items' keys: the scope then fetches, like a linked issue, each
   * one that no team's search returned and the snapshot does not keep. A failed action-item search
   * joins {@code failures} and leaves {@code linked} as it was.
   */
  private Set<String> withActionItems(Set<String> linked, List<TeamFailure> failures) {
    if (actionItems == null) {
      return linked;
    }
    progress.phase("action items");
    Set<String> all = new HashSet<>(linked);
    try {
      // Parenthesised: paging appends "AND key > …", which must not bind to an OR inside.
      sweepSearch.run(
          "(" + actionItems + ")",
          List.of("key"),
          false,
          (raw, page) -> page.issues().forEach(i -> all.add(i.key())));
    } catch (JiraException e) {
      failures.add(new TeamFailure(ACTION_ITEMS, 0, e));
      return linked;
    }
    return all;
  }

  /** Every team's keys, one cheap search each ({@code fields=key}); failed teams are left out. */
  private Map<String, Set<String>> sweep(List<TeamFilter> teams, List<TeamFailure> failures)
      throws JiraException {
    progress.phase("sweep");
    Set<String> failed = new HashSet<>();
    failures.forEach(f -> failed.add(f.team()));
    Map<String, Set<String>> keys = new TreeMap<>();
    for (TeamFilter team : teams) {
      if (failed.contains(team.team())) {
        continue;
      }
      Set<String> found = new HashSet<>();
      sweepSearch.run(
          team.jql(),
          List.of("key"),
          false,
          (raw, page) -> page.issues().forEach(i -> found.add(i.key())));
      keys.put(team.team(), found);
    }
    return keys;
  }

  private List<TeamFailure> pullTeams(
      List<TeamFilter> teams,
      List<String> fields,
      SnapshotFolder folder,
      PulledIssues pulled,
      Map<String, Integer> counts)
      throws JiraException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, teams.size()));
    try {
      List<Future<TeamFailure>> results = new ArrayList<>();
      for (int i = 0; i < teams.size(); i++) {
        int index = i + 1;
        TeamFilter team = teams.get(i);
        results.add(pool.submit(() -> pullTeam(index, team, fields, folder, pulled, counts)));
      }
      List<TeamFailure> failures = new ArrayList<>();
      for (Future<TeamFailure> result : results) {
        TeamFailure failure = await(result);
        if (failure != null) {
          failures.add(failure);
        }
      }
      return failures;
    } finally {
      pool.shutdownNow();
    }
  }

  private @Nullable TeamFailure pullTeam(
      int index,
      TeamFilter team,
      List<String> fields,
      SnapshotFolder folder,
      PulledIssues pulled,
      Map<String, Integer> counts) {
    AtomicInteger pages = new AtomicInteger();
    AtomicInteger issues = new AtomicInteger();
    try {
      search.run(
          team.jql(),
          fields,
          true,
          (raw, page) -> {
            String file = SnapshotFolder.teamPage(index, pages.incrementAndGet());
            issues.addAndGet(pulled.add(file, raw, page));
            folder.write(file, raw);
            progress.issues(team.team(), pulled.count());
          });
      counts.put(team.team(), issues.get());
      return null;
    } catch (JiraException e) {
      return new TeamFailure(team.team(), issues.get(), e);
    }
  }

  private int completeChangelogs(SnapshotFolder folder, PulledIssues pulled) throws JiraException {
    List<PulledIssues.Truncated> truncated = pulled.truncated();
    if (deployment != Deployment.CLOUD || truncated.isEmpty()) {
      return 0;
    }
    progress.phase("changelogs");
    ChangelogCompletion completion = new ChangelogCompletion(http, folder);
    List<Task> tasks = new ArrayList<>();
    for (int from = 0; from < truncated.size(); from += ChangelogCompletion.MAX_ISSUES) {
      List<PulledIssues.Truncated> batch =
          truncated.subList(
              from, Math.min(truncated.size(), from + ChangelogCompletion.MAX_ISSUES));
      tasks.add(() -> completion.complete(batch));
    }
    runAll(tasks);
    return truncated.size();
  }

  private int pullOutside(SnapshotFolder folder, List<String> keys, List<String> invisible)
      throws JiraException {
    if (keys.isEmpty()) {
      return 0;
    }
    progress.phase("outside the teams");
    OutsideIssues outside = new OutsideIssues(search, http);
    AtomicInteger found = new AtomicInteger();
    List<Task> tasks = new ArrayList<>();
    for (int from = 0, batch = 1; from < keys.size(); from += OutsideIssues.BATCH, batch++) {
      List<String> slice = keys.subList(from, Math.min(keys.size(), from + OutsideIssues.BATCH));
      String file = SnapshotFolder.outsidePage(batch);
      tasks.add(
          () -> {
            var page = outside.fetch(slice, invisible);
            found.addAndGet(page.withArray("issues").size());
            folder.write(file, page);
          });
    }
    runAll(tasks);
    return found.get();
  }

  /** A unit of work that may fail with a {@link JiraException}. */
  @FunctionalInterface
  private interface Task {
    void run() throws JiraException;
  }

  private void runAll(List<Task> tasks) throws JiraException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
    try {
      List<Future<Void>> results = new ArrayList<>();
      for (Task task : tasks) {
        results.add(
            pool.submit(
                () -> {
                  task.run();
                  return null;
                }));
      }
      for (Future<Void> result : results) {
        await(result);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> future) throws JiraException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pulling from Jira", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof JiraException jira) {
        throw jira;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
