package dev.interlock.cli;

import dev.interlock.jira.Jitter;
import dev.interlock.jira.Pacing;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the live commands in-process against a fake Jira: credentials from a made-up environment,
 * waits recorded instead of slept.
 */
final class LiveRuns {
  static final Map<String, String> ENV =
      Map.of("JIRA_EMAIL", "bot@acme.example", "JIRA_API_TOKEN", "s3cr3t-token");
  static final Pacing NO_WAITS = new Pacing(d -> {}, Jitter.NONE, Clock.systemUTC());

  private LiveRuns() {}

  /** A configuration for the Acme sample's teams and link types, pulling from {@code url}. */
  static Path config(Path dir, String url, String flavor, String extra) throws IOException {
    String sample = Files.readString(Path.of("config/sample.yaml"));
    String teamsOn = sample.substring(sample.indexOf("teams:"));
    String auth =
        flavor.equals("cloud")
            ? "  auth: {email: \"${JIRA_EMAIL}\", token: \"${JIRA_API_TOKEN}\"}\n"
            : "  auth: {token: \"${JIRA_API_TOKEN}\"}\n";
    String yaml = "jira:\n  url: " + url + "\n  flavor: " + flavor + "\n" + auth + extra + teamsOn;
    Path file = dir.resolve("live.yaml");
    Files.writeString(file, yaml.replace("dir: ../out", "dir: out").replace("../state/", "state/"));
    return file;
  }

  static CommandRun run(String... args) {
    return run(Clock.systemUTC(), args);
  }

  /** Runs with {@code clock} as the commands' clock (nightly's start, a pull's time). */
  static CommandRun run(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = InterlockCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    SyncCommand sync = cmd.getSubcommands().get("sync").getCommand();
    sync.env = ENV;
    sync.pacing = NO_WAITS;
    DoctorCommand doctor = cmd.getSubcommands().get("doctor").getCommand();
    doctor.env = ENV;
    doctor.pacing = NO_WAITS;
    sync.clock = clock;
    NightlyCommand nightly = cmd.getSubcommands().get("nightly").getCommand();
    nightly.env = ENV;
    nightly.pacing = NO_WAITS;
    nightly.clock = clock;
    PublishCommand publish = cmd.getSubcommands().get("publish").getCommand();
    publish.env = ENV;
    publish.pacing = NO_WAITS;
    publish.clock = clock;
    AgendaCommand agenda = cmd.getSubcommands().get("agenda").getCommand();
    agenda.env = ENV;
    agenda.pacing = NO_WAITS;
    int code = cmd.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
