package dev.interlock.cli;

import dev.interlock.config.InterlockConfig;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.LinkSemantics;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.Snapshot;
import dev.interlock.report.BacktestReport;
import dev.interlock.report.ReportWriteException;
import dev.interlock.risk.Backtest;
import dev.interlock.risk.BacktestResult;
import dev.interlock.risk.ReleaseHistory;
import dev.interlock.risk.SelectionPolicy;
import dev.interlock.source.OfflineSource;
import dev.interlock.source.SourceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code interlock backtest}: how good the learned risk score is on the site's own past. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "For each --as-of date: rebuilds the snapshot as of that date from the changelogs, trains on"
          + " the commitments that had fallen due by then, scores the open items with a commitment"
          + " inside the horizon and compares with what happened. Prints ROC-AUC pooled and within"
          + " each date (95%% intervals from resampling releases), PR-AUC, precision at k against"
          + " the dates' base rate and Brier of the model and of single-fact baselines; the model's"
          + " calibration (reliability table, ECE, slope); and its ROC-AUC lead over each baseline"
          + " with its interval: an interval holding 0 means the predictions cannot tell the two"
          + " apart. Also the model under the late-only label (descoped items left out) and per"
          + " commitment kind. Fix versions are dated as the state store (state.path) saw them at"
          + " each date when it has them; otherwise the report says their dates are today's. The"
          + " snapshot needs changelogs (`interlock sync` fetches them); one without any is"
          + " refused.",
      ""
    })
final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Mixin ConfigOption config;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description = "Read this snapshot folder instead of source.offline.")
  @Nullable Path source;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "DATE",
      converter = AsOfConverter.class,
      description = "A moment to predict from (repeat for several): a date or ISO-8601 timestamp.")
  List<Instant> asOf;

  @Option(
      names = "--horizon",
      paramLabel = "DAYS",
      defaultValue = "90d",
      converter = DaysConverter.class,
      description =
          "Score commitments due within this many days, e.g. 90d. Default: ${DEFAULT-VALUE}.")
  Duration horizon;

  @Option(
      names = "--k",
      paramLabel = "N",
      defaultValue = "12",
      description = "Items per as-of date for precision at k (the agenda's size). Default: 12.")
  int k;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      description =
          "How the model's features and penalty are chosen: ${COMPLETION-CANDIDATES}."
              + " Default: the agenda's, ${DEFAULT-VALUE} (BENCHMARKS.md, rounds 3 and 4).")
  SelectionPolicy policy = SelectionPolicy.DEFAULT;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description =
          "Also write every scored prediction to FILE as JSON Lines (asOf, key, project,"
              + " commitmentKind, commitmentDate, cluster, score, slipped, outcome, reasons), so"
              + " that any metric can be recomputed from it.")
  @Nullable Path predictions;

  /**
   * The fix versions as the state store saw them, when a store exists at {@code database}; else
   * none, and the backtest says its fix-version dates are today's.
   */
  static ReleaseHistory releaseHistory(Path database) {
    if (!java.nio.file.Files.exists(database)) {
      return ReleaseHistory.NONE;
    }
    try (dev.interlock.state.StateStore store = StateFiles.open(database)) {
      return new ReleaseHistory(
          store.versionsSeen().stream()
              .map(
                  v ->
                      new ReleaseHistory.Seen(
                          v.version().versionId(),
                          v.version().releaseDate(),
                          v.version().released(),
                          v.firstSeen(),
                          v.lastSeen()))
              .toList());
    } catch (dev.interlock.state.StateException e) {
      throw new UserError(
          ExitCodes.INVALID_CONFIG,
          "cannot read the fix versions seen from the state store "
              + database
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Output formats. */
  enum Format {
    text,
    json
  }

  /** The environment for ${VAR} interpolation. */
  Map<String, String> env = System.getenv();

  @Override
  public Integer call() {
    if (k <= 0) {
      throw new UserError(ExitCodes.USAGE, "--k must be at least 1: " + k, null);
    }
    InterlockConfig cfg = config.load(env);
    Path dir = snapshotDir(cfg);
    Snapshot snapshot = readSnapshot(dir);
    if (!snapshot.hasChangeHistory()) {
      throw new UserError(
          ExitCodes.INVALID_CONFIG,
          "cannot backtest "
              + dir
              + ": "
              + Snapshot.NO_CHANGE_HISTORY
              + ". Pull the site again with `interlock sync`, which fetches changelogs.",
          null);
    }
    DependencyGraphBuilder builder =
        new DependencyGraphBuilder(new TeamIndex(cfg.teams()), new LinkSemantics(cfg.linkTypes()));
    BacktestResult result =
        new Backtest(snapshot, builder, asOf, horizon, k, policy)
            .withReleaseHistory(releaseHistory(cfg.state().path()))
            .run();
    if (predictions != null) {
      try {
        BacktestReport.writePredictions(result, predictions);
      } catch (ReportWriteException e) {
        throw new UserError(
            ExitCodes.INVALID_CONFIG,
            "cannot write the predictions file " + predictions + ": " + e.getMessage(),
            e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format == Format.json ? BacktestReport.json(result) + "\n" : BacktestReport.text(result));
    PrintWriter err = spec.commandLine().getErr();
    result.warnings().stream().distinct().forEach(w -> err.println("warning: " + w));
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private Path snapshotDir(InterlockConfig cfg) {
    Path dir = source != null ? source : cfg.source().offline();
    if (dir == null) {
      throw new UserError(
          ExitCodes.INVALID_CONFIG,
          config.file
              + ": no offline snapshot to backtest on: set source.offline or pass --source DIR",
          null);
    }
    return dir;
  }

  private static Snapshot readSnapshot(Path dir) {
    try {
      return new OfflineSource(dir).load();
    } catch (SourceException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }

  /** Reads {@code 90d} (or {@code 90}) as a number of days. */
  static final class DaysConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
      String digits = text.endsWith("d") ? text.substring(0, text.length() - 1) : text;
      try {
        long days = Long.parseLong(digits);
        if (days > 0) {
          return Duration.ofDays(days);
        }
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
      throw new TypeConversionException("'" + text + "' is not a number of days such as 90d");
    }
  }
}
