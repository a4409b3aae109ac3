package dev.interlock.cli;

import dev.interlock.config.InterlockConfig;
import dev.interlock.jira.Finding;
import dev.interlock.jira.Pacing;
import dev.interlock.jira.SiteDoctor;
import dev.interlock.jira.SiteDoctor.TeamCheck;
import dev.interlock.model.Team;
import dev.interlock.model.Words;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code interlock doctor}: checks the configuration against the live site. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Checks, and explains in plain words: the Jira address answers, the credentials work, each"
          + " team's projects are visible and its query finds issues, the custom fields and link"
          + " types found, and what in the configuration does not match the site.",
      "Ends with 0 when all is well, 3 when the configuration does not match the site, 4 when"
          + " Jira cannot be reached or refuses the credentials.",
      ""
    })
final class DoctorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Mixin ConfigOption config;

  /** Waits between retries; tests replace it. */
  Pacing pacing = Pacing.REAL;

  /** The environment for credentials; tests replace it. */
  Map<String, String> env = System.getenv();

  @Override
  public Integer call() {
    InterlockConfig cfg = config.load(env);
    PrintWriter out = spec.commandLine().getOut();
    LiveJira jira =
        LiveJira.connect(
            cfg, env, pacing, SyncCommand.requestLog(spec.commandLine().getErr(), verbose.verbose));
    try {
      List<Finding> findings =
          new SiteDoctor(jira.http, jira.deployment)
              .check(teams(cfg, jira), cfg.linkTypes().keySet());
      findings.forEach(f -> out.println(f.line()));
      out.println(verdict(findings));
      out.flush();
      return exitCode(findings);
    } finally {
      jira.http.shutdown();
    }
  }

  private static List<TeamCheck> teams(InterlockConfig cfg, LiveJira jira) {
    return cfg.teams().stream()
        .map(t -> new TeamCheck(t.name(), t.projects(), jql(jira, t)))
        .toList();
  }

  private static String jql(LiveJira jira, Team team) {
    return jira.teams.stream()
        .filter(f -> f.team().equals(team.name()))
        .findFirst()
        .orElseThrow()
        .jql();
  }

  private static String verdict(List<Finding> findings) {
    long problems = findings.stream().filter(f -> f.kind() != Finding.Kind.OK).count();
    return problems == 0
        ? "all checks passed"
        : Words.count(problems, "problem") + " found; see the FAIL lines above";
  }

  private static int exitCode(List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.kind() == Finding.Kind.FATAL)) {
      return ExitCodes.JIRA_UNREACHABLE;
    }
    boolean mismatch = findings.stream().anyMatch(f -> f.kind() == Finding.Kind.MISMATCH);
    return mismatch ? ExitCodes.INVALID_CONFIG : ExitCodes.OK;
  }
}
