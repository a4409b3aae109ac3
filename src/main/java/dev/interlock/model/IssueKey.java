package dev.interlock.model;

import java.util.regex.Pattern;

/**
 * A Jira issue key such as {@code PAY-142}. Keys order by project, then by number, so {@code PAY-9}
 * comes before {@code PAY-10}.
 */
public record IssueKey(String project, int number) implements Comparable<IssueKey> {
  private static final Pattern KEY = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-([0-9]{1,9})");

  public IssueKey {
    if (!project.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("project key is not a Jira project key: " + project);
    }
    if (number < 0) {
      throw new IllegalArgumentException("issue number < 0: " + number);
    }
  }

  /** Parses {@code PAY-142}; throws {@link IllegalArgumentException} naming the text otherwise. */
  public static IssueKey parse(String text) {
    var m = KEY.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a Jira issue key (expected PROJECT-123): " + text);
    }
    return new IssueKey(m.group(1), Integer.parseInt(m.group(2)));
  }

  /** True when {@code text} is a well-formed key. */
  public static boolean isKey(String text) {
    return KEY.matcher(text.strip()).matches();
  }

  /**
   * Mixes project and number so that keys of neighbouring projects do not collide (the record's
   * default, 31 × hash(project) + number, makes {@code T001-32} and {@code T002-1} equal).
   */
  @Override
  public int hashCode() {
    int h = project.hashCode() * 0x9E3779B9 + number;
    return h ^ (h >>> 16);
  }

  @Override
  public int compareTo(IssueKey other) {
    int byProject = project.compareTo(other.project);
    return byProject != 0 ? byProject : Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return project + "-" + number;
  }

  /**
   * Orders key text as people read it, for text that may not be a valid key (a key from a link or a
   * changelog): by project, then by number ({@code PAY-9} before {@code PAY-10}), a number that
   * does not parse last; ties by the text itself, so the order is consistent with equals and safe
   * for sorted sets.
   */
  public static int compareText(String a, String b) {
    int dashA = a.lastIndexOf('-');
    int dashB = b.lastIndexOf('-');
    if (dashA >= 0 && dashB >= 0) {
      int project = a.substring(0, dashA).compareTo(b.substring(0, dashB));
      if (project != 0) {
        return project;
      }
      int number = Long.compare(number(a.substring(dashA + 1)), number(b.substring(dashB + 1)));
      if (number != 0) {
        return number;
      }
    }
    return a.compareTo(b);
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
