package dev.interlock.fakejira;

/** Issue keys in Jira's order: project, then number. */
final class Keys {
  private Keys() {}

  static int compare(String a, String b) {
    int project = project(a).compareTo(project(b));
    return project != 0 ? project : Long.compare(number(a), number(b));
  }

  static String project(String key) {
    return key.substring(0, key.lastIndexOf('-'));
  }

  static long number(String key) {
    return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
  }
}
