package dev.interlock.config;

/** Which Jira the site runs: Cloud ({@code *.atlassian.net}) or Data Center / Server. */
public enum JiraFlavor {
  CLOUD,
  DATACENTER
}
