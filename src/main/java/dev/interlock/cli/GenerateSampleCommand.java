package dev.interlock.cli;

import dev.interlock.sample.GeneratedSample;
import dev.interlock.sample.SampleGenerator;
import dev.interlock.sample.SampleOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code interlock generate-sample}: writes seeded, believable Jira data for trials and benchmarks.
 */
@Command(
    name = "generate-sample",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a snapshot folder of a fictional company's Jira (REST responses, as `agenda --source`"
          + " reads them). Same options, byte-identical files. The defaults give the bundled"
          + " sample-data/acme; raise --teams and --issues-per-team for benchmarks.",
      ""
    })
final class GenerateSampleCommand implements Callable<Integer> {
  private static final SampleOptions ACME = SampleOptions.acme();

  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed = ACME.seed();

  @Option(
      names = "--teams",
      paramLabel = "N",
      description = "Teams, one Jira project each (1-999). Default: ${DEFAULT-VALUE}.")
  int teams = ACME.teams();

  @Option(
      names = "--issues-per-team",
      paramLabel = "N",
      description = "Issues per team (20-10000). Default: ${DEFAULT-VALUE}.")
  int issuesPerTeam = ACME.issuesPerTeam();

  @Option(
      names = "--months",
      paramLabel = "N",
      description = "Months of history (3-120). Default: ${DEFAULT-VALUE}.")
  int months = ACME.months();

  @Option(
      names = "--now",
      paramLabel = "TIMESTAMP",
      converter = AsOfConverter.class,
      description = "The moment the data ends. Default: 2026-11-16T08:00:00Z.")
  Instant now = ACME.now();

  @Override
  public Integer call() {
    SampleOptions options;
    try {
      options = new SampleOptions(seed, teams, issuesPerTeam, now, months);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
    }
    long start = System.nanoTime();
    GeneratedSample sample;
    try {
      sample = new SampleGenerator(options).writeTo(out);
    } catch (IOException e) {
      throw new UserError(ExitCodes.INTERNAL, "cannot write the sample to " + out + ": " + e, e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        Locale.ROOT,
        "wrote %d issues, %d links in %d files to %s (%.1f s)%n",
        sample.issues(),
        sample.links(),
        sample.files(),
        out,
        seconds);
    w.flush();
    return ExitCodes.OK;
  }
}
