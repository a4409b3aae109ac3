package dev.interlock.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("development" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = InterlockCommand.class.getPackage().getImplementationVersion();
    return new String[] {"interlock " + (v == null ? "development" : v)};
  }
}
