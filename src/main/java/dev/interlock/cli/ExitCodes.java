package dev.interlock.cli;

/** Exit codes are interface: cron jobs and scripts branch on them. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int INVALID_CONFIG = 3;
  public static final int JIRA_UNREACHABLE = 4;
  public static final int PARTIAL = 5;
  public static final int LOCKED = 6;

  private ExitCodes() {}
}
