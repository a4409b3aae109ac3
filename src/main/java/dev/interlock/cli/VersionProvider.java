package dev.interlock.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("development" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"interlock " + version()};
  }

  /**
   * The version alone ({@code 0.1.0-SNAPSHOT}, or "development"), as runs and comments record it.
   */
  static String version() {
    String v = InterlockCommand.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
