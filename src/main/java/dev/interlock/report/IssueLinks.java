package dev.interlock.report;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.AgendaItem;
import dev.interlock.agenda.IssueRef;
import dev.interlock.agenda.RiskItem;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code jira} filter: escapes a text for its format and turns each issue key of the agenda in
 * it into a link to the issue's Jira page ({@code <jiraUrl>/browse/KEY}), a Markdown link or an
 * HTML {@code <a>}. Without a Jira address the text is only escaped. Only keys the agenda holds are
 * linked, so "UTF-8" stays text.
 */
final class IssueLinks implements Filter {
  /** The template variable holding the agenda's {@link Keys}. */
  static final String VARIABLE = "issueLinks";

  private static final Pattern KEY = Pattern.compile("\\b[A-Z][A-Z0-9_]*-[0-9]+\\b");

  private final EscapingStrategy escaping;
  private final boolean html;

  IssueLinks(EscapingStrategy escaping, boolean html) {
    this.escaping = escaping;
    this.html = html;
  }

  /** What the filter links: the agenda's site and its issue keys. */
  record Keys(@Nullable String jiraUrl, Set<String> keys) {
    static Keys of(Agenda agenda) {
      Set<String> keys = new TreeSet<>();
      agenda.crossTeamIssues().forEach(i -> keys.add(i.key()));
      for (RiskItem r : agenda.riskiest()) {
        keys.add(r.issue().key());
        refs(r.blockers(), keys);
        refs(r.waiting(), keys);
      }
      agenda.teamSections().stream()
          .flatMap(s -> s.answers().stream())
          .flatMap(a -> a.items().stream())
          .forEach(item -> item(item, keys));
      agenda.cycles().forEach(c -> refs(c.issues(), keys));
      agenda.analysis().findings().forEach(f -> keys.addAll(f.issues()));
      agenda.analysis().chains().forEach(c -> keys.addAll(c.path()));
      agenda.analysis().impact().forEach(i -> keys.add(i.blocker().key()));
      agenda.analysis().relays().forEach(r -> keys.add(r.issue().key()));
      agenda.parkingLot().forEach(p -> keys.addAll(p.issues()));
      memory(agenda.memory(), keys);
      return new Keys(agenda.jiraUrl(), keys);
    }

    private static void memory(dev.interlock.agenda.MeetingMemory memory, Set<String> keys) {
      memory
          .actionItems()
          .forEach(
              a -> {
                keys.add(a.issue().key());
                refs(a.about(), keys);
              });
      memory.escalations().forEach(e -> refs(e.issues(), keys));
      refs(memory.resolvedSinceLastMeeting(), keys);
      memory
          .unownedBlockers()
          .forEach(
              u -> {
                keys.add(u.blocker().key());
                refs(u.waiting(), keys);
              });
    }

    private static void item(AgendaItem item, Set<String> keys) {
      keys.add(item.issue().key());
      refs(item.related(), keys);
    }

    private static void refs(List<IssueRef> refs, Set<String> keys) {
      refs.forEach(r -> keys.add(r.key()));
    }
  }

  @Override
  public List<String> getArgumentNames() {
    return List.of();
  }

  @Override
  public Object apply(
      Object input,
      Map<String, Object> args,
      PebbleTemplate self,
      EvaluationContext context,
      int lineNumber) {
    Keys keys = (Keys) context.getVariable(VARIABLE);
    String text = String.valueOf(input);
    if (keys == null || keys.jiraUrl() == null) {
      return new SafeString(escaping.escape(text));
    }
    StringBuilder out = new StringBuilder();
    Matcher m = KEY.matcher(text);
    int at = 0;
    while (m.find()) {
      if (keys.keys().contains(m.group())) {
        out.append(escaping.escape(text.substring(at, m.start())));
        out.append(link(keys.jiraUrl(), m.group()));
        at = m.end();
      }
    }
    out.append(escaping.escape(text.substring(at)));
    return new SafeString(out.toString());
  }

  private String link(String site, String key) {
    String url = site + "/browse/" + key;
    if (html) {
      return "<a class=\"key\" href=\""
          + escaping.escape(url)
          + "\">"
          + escaping.escape(key)
          + "</a>";
    }
    return "["
        + escaping.escape(key)
        + "]("
        + url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        + ")";
  }
}
