package dev.interlock.report;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders issue keys as people read them: by project, then by number ({@code PAY-9} before {@code
 * PAY-10}); text that is not a key sorts by its characters. Consistent with equals.
 */
final class IssueKeyOrder implements Comparator<String> {
  static final IssueKeyOrder INSTANCE = new IssueKeyOrder();

  private static final Pattern KEY = Pattern.compile("(.*)-([0-9]{1,18})");

  private IssueKeyOrder() {}

  @Override
  public int compare(String a, String b) {
    Matcher ma = KEY.matcher(a);
    Matcher mb = KEY.matcher(b);
    if (ma.matches() && mb.matches()) {
      int byProject = ma.group(1).compareTo(mb.group(1));
      if (byProject != 0) {
        return byProject;
      }
      int byNumber = Long.compare(Long.parseLong(ma.group(2)), Long.parseLong(mb.group(2)));
      if (byNumber != 0) {
        return byNumber;
      }
    }
    return a.compareTo(b);
  }
}
