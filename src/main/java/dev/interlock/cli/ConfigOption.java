package dev.interlock.cli;

import dev.interlock.config.ConfigException;
import dev.interlock.config.ConfigLoader;
import dev.interlock.config.InterlockConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --config} option of every command that reads a configuration, and its loading. */
final class ConfigOption {
  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description = "The YAML configuration (see config/interlock.example.yaml).")
  Path file;

  /** Loads the file; an invalid configuration ends the command with exit code 3. */
  InterlockConfig load(Map<String, String> env) {
    try {
      return ConfigLoader.load(file, env);
    } catch (ConfigException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }
}
