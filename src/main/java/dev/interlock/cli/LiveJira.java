package dev.interlock.cli;

import dev.interlock.config.ConfigException;
import dev.interlock.config.InterlockConfig;
import dev.interlock.config.JiraFlavor;
import dev.interlock.config.JiraSettings;
import dev.interlock.config.PullSettings;
import dev.interlock.config.SyncSettings;
import dev.interlock.jira.Deployment;
import dev.interlock.jira.HttpOptions;
import dev.interlock.jira.JiraAuth;
import dev.interlock.jira.JiraException;
import dev.interlock.jira.JiraHttp;
import dev.interlock.jira.Jql;
import dev.interlock.jira.Pacing;
import dev.interlock.jira.PullProgress;
import dev.interlock.jira.RequestLog;
import dev.interlock.jira.RetryPolicy;
import dev.interlock.jira.SitePull;
import dev.interlock.jira.TeamFilter;
import dev.interlock.source.LivePull;
import dev.interlock.source.LiveSource;
import dev.interlock.source.SourceException;
import dev.interlock.sync.SnapshotSync;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Wires the live client from the configuration: credentials from the environment or the token file,
 * the flavor's search, the tuning keys. Shared by {@code sync}, {@code doctor} and {@code agenda}.
 */
final class LiveJira {
  final JiraSettings settings;
  final JiraHttp http;
  final Deployment deployment;
  final List<TeamFilter> teams;
  final String actionItemsJql;

  private LiveJira(
      JiraSettings settings, JiraHttp http, List<TeamFilter> teams, String actionItemsJql) {
    this.settings = settings;
    this.actionItemsJql = actionItemsJql;
    this.http = http;
    this.deployment =
        settings.flavor() == JiraFlavor.CLOUD ? Deployment.CLOUD : Deployment.DATA_CENTER;
    this.teams = teams;
  }

  /** Fails with exit code 3 when the configuration has no jira section or a credential is unset. */
  static LiveJira connect(
      InterlockConfig config, Map<String, String> env, Pacing pacing, RequestLog log) {
    JiraSettings jira = config.jira();
    if (jira == null) {
      throw new UserError(
          ExitCodes.INVALID_CONFIG,
          config.file() + ": no jira section; add jira.url and jira.auth to pull from Jira",
          null);
    }
    JiraHttp http = new JiraHttp(jira.url(), auth(jira, env), options(jira.pull()), pacing, log);
    List<TeamFilter> teams =
        config.teams().stream().map(t -> new TeamFilter(t.name(), Jql.forTeam(t))).toList();
    return new LiveJira(jira, http, teams, config.meeting().actionItems().jql());
  }

  SitePull pull(PullProgress progress) {
    PullSettings p = settings.pull();
    return new SitePull(http, deployment, p.pageSize(), p.maxConcurrency(), progress)
        .withActionItems(actionItemsJql);
  }

  /**
   * Pulls every team into {@code dir} and reads it back, with progress on a terminal; shuts the
   * client down afterwards. Jira unreachable or refusing the credentials ends with exit code 4.
   */
  LivePull pullInto(Path dir, PrintWriter err, Clock clock) {
    try {
      return new LiveSource(pull(ConsoleProgress.forTerminal(err)), teams, dir, site(), clock)
          .pull();
    } catch (JiraException e) {
      throw new UserError(ExitCodes.JIRA_UNREACHABLE, e.getMessage(), e);
    } catch (SourceException e) {
      throw new UserError(ExitCodes.INTERNAL, e.getMessage(), e);
    } finally {
      http.shutdown();
    }
  }

  /**
   * Brings the snapshot folder {@code target} up to date (in full when {@code full}, else
   * incrementally when it holds an earlier pull of this site) and swaps it in when complete; a
   * failure leaves it as it was. Jira unreachable or refusing the credentials ends with exit code
   * 4, a folder that cannot be written with exit code 3.
   */
  SnapshotSync.Result syncInto(
      Path target, boolean full, SyncSettings sync, PrintWriter err, Clock clock) {
    try {
      String flavor = settings.flavor().name().toLowerCase(java.util.Locale.ROOT);
      return new SnapshotSync(pull(ConsoleProgress.forTerminal(err)), teams, site(), flavor, clock)
          .run(target, full, sync.overlap(), sync.fullEvery());
    } catch (JiraException e) {
      throw new UserError(
          ExitCodes.JIRA_UNREACHABLE,
          e.getMessage() + " (the snapshot in " + target + " is left as it was)",
          e);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      throw new UserError(
          ExitCodes.INVALID_CONFIG,
          "cannot save the pull in "
              + target
              + ": "
              + e.getMessage()
              + " (the snapshot there is left as it was; check the folder's permissions and free"
              + " space)",
          e);
    } finally {
      http.shutdown();
    }
  }

  String site() {
    return settings.url().toString();
  }

  private static JiraAuth auth(JiraSettings jira, Map<String, String> env) {
    try {
      String token = jira.resolveToken(env);
      if (jira.flavor() == JiraFlavor.CLOUD && jira.email() != null) {
        return JiraAuth.basic(jira.email().resolve(env), token);
      }
      return JiraAuth.bearer(token);
    } catch (ConfigException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }

  private static HttpOptions options(PullSettings p) {
    Duration read = Duration.ofSeconds(p.timeoutSeconds());
    return HttpOptions.DEFAULT
        .withTimeouts(read, read.multipliedBy(2))
        .withRetry(
            new RetryPolicy(
                p.maxRetries(), RetryPolicy.DEFAULT.baseDelay(), RetryPolicy.DEFAULT.maxDelay()))
        .withMaxConcurrency(p.maxConcurrency());
  }
}
