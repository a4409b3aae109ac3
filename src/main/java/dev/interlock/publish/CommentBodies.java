package dev.interlock.publish;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.AgendaItem;
import dev.interlock.agenda.CycleItem;
import dev.interlock.agenda.FindingItem;
import dev.interlock.agenda.IssueRef;
import dev.interlock.agenda.QuestionAnswer;
import dev.interlock.agenda.RiskItem;
import dev.interlock.agenda.TeamSection;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Snapshot;
import dev.interlock.state.Digests;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The comment for each issue the Scrum of Scrums will hear about: every issue on the agenda (the
 * riskiest items, the four questions, the cycles) and both sides of each cross-team finding (cycle,
 * late chain, schedule conflict). Only issues that a configured team owns and that Jira showed us
 * get one. Each body says where the issue stands on the agenda and for which meeting, its risk and
 * reasons, who waits on it and what it waits on, the findings, and what to do before the meeting; a
 * footer says Interlock wrote it and edits it in place. Everything taken from Jira or the
 * configuration is escaped ({@link WikiText}); issue keys stay plain, so Jira links them.
 */
public final class CommentBodies {
  /** Jira refuses a comment longer than this. */
  public static final int MAX_LENGTH = 32_767;

  static final String FOOTER_RULE = "----";

  private static final List<String> CROSS_TEAM_FINDINGS =
      List.of("CYCLE", "CHAIN_LATE", "SCHEDULE_CONFLICT", "SCHEDULE_AT_RISK");

  private CommentBodies() {}

  /** One planned comment per issue, in key order (PAY-9 before PAY-10). */
  public static List<PlannedComment> plan(Agenda agenda, Snapshot snapshot) {
    Map<IssueKey, Issue> issues = snapshot.byKey();
    Map<IssueKey, Notes> notes = new TreeMap<>();
    for (RiskItem r : agenda.riskiest()) {
      Notes n = notes(notes, issues, r.issue());
      if (n != null) {
        n.place.add("riskiest cross-team item " + r.rank() + " of " + agenda.riskiest().size());
        n.risk = r;
      }
      for (IssueRef b : r.blockers()) {
        Notes blocker = notes(notes, issues, b);
        if (blocker != null) {
          blocker.waiting.add(ref(r.issue()));
        }
      }
    }
    for (TeamSection t : agenda.teamSections()) {
      for (QuestionAnswer a : t.answers()) {
        for (AgendaItem i : a.items()) {
          Notes n = notes(notes, issues, i.issue());
          if (n != null) {
            n.place.add(
                WikiText.escape(t.team())
                    + ", \""
                    + a.question().text()
                    + "\": "
                    + WikiText.escape(i.reason()));
          }
        }
      }
    }
    for (CycleItem c : agenda.cycles()) {
      String path = String.join(" → ", c.path()) + " → " + c.path().get(0);
      for (IssueRef i : c.issues()) {
        Notes n = notes(notes, issues, i);
        if (n != null) {
          n.findings.add(
              "in a cycle: " + path + " (" + WikiText.escape(String.join(", ", c.teams())) + ")");
          n.todo.add(
              "with "
                  + names(c.teams())
                  + ", decide which link of "
                  + path
                  + " is wrong, or which part ships first");
        }
      }
    }
    for (FindingItem f : agenda.analysis().findings()) {
      if (!CROSS_TEAM_FINDINGS.contains(f.kind()) || f.kind().equals("CYCLE")) {
        continue;
      }
      for (String key : f.issues()) {
        IssueRef ref = refByKey(agenda, key);
        Notes n = ref == null ? null : notes(notes, issues, ref);
        if (n != null) {
          n.findings.add(
              f.severity().toLowerCase(Locale.ROOT) + ": " + WikiText.escape(f.reason()));
          n.confirmWith.addAll(f.teams());
        }
      }
    }
    LocalDate day = LocalDate.ofInstant(agenda.meeting().asOf(), ZoneOffset.UTC);
    List<PlannedComment> planned = new ArrayList<>();
    for (Map.Entry<IssueKey, Notes> e : notes.entrySet()) {
      Notes n = e.getValue();
      finishTodos(n);
      String content = content(agenda, e.getKey(), n);
      planned.add(
          new PlannedComment(
              e.getKey().toString(),
              n.issueId,
              fit(content, footer(day)),
              Digests.sha256(digestible(content))));
    }
    return planned;
  }

  private static final java.util.regex.Pattern DAYS =
      java.util.regex.Pattern.compile("\\b\\d+ (days?)\\b");
  private static final java.util.regex.Pattern PERCENT =
      java.util.regex.Pattern.compile("\\b(\\d{1,3})%");

  /**
   * What the digest is taken of: the content with day counts masked ("open for 51 days" reads the
   * same tomorrow) and percentages to the nearest ten, so a comment is rewritten when what its
   * owners need to know changed, not every night because a day went by. The comment written carries
   * the exact figures of the night it was written.
   */
  static String digestible(String content) {
    String masked = DAYS.matcher(content).replaceAll("# $1");
    java.util.regex.Matcher m = PERCENT.matcher(masked);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      long tens = Math.round(Integer.parseInt(m.group(1)) / 10.0) * 10;
      m.appendReplacement(out, "~" + tens + "%");
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The store's id of a meeting comment: {@code "meeting SOS-42 <meeting>"}. */
  public static final String MEETING_PREFIX = "meeting ";

  /**
   * The agenda's short form for the meeting issue {@code issueKey}: the riskiest items with their
   * risk and first reason, and the cycles. One comment per meeting, known by the meeting it is for
   * (or, without a schedule, the agenda's date), edited in place until that meeting.
   */
  public static PlannedComment meeting(Agenda agenda, String issueKey) {
    LocalDate day = LocalDate.ofInstant(agenda.meeting().asOf(), ZoneOffset.UTC);
    String meeting =
        agenda.meeting().meetingFor() != null
            ? agenda.meeting().meetingFor()
            : "the agenda of " + day;
    StringBuilder b = new StringBuilder();
    b.append("*")
        .append(WikiText.escape(agenda.meeting().name()))
        .append(": ")
        .append(agenda.meeting().meetingFor() != null ? "agenda for the meeting of " : "")
        .append(WikiText.escape(meeting))
        .append("*\n");
    b.append("*Riskiest cross-team items*\n");
    if (agenda.riskiest().isEmpty()) {
      b.append("none\n");
    }
    for (RiskItem r : agenda.riskiest()) {
      b.append("# ")
          .append(ref(r.issue()))
          .append(" ")
          .append(shown(r))
          .append(r.reasons().isEmpty() ? "" : " — " + WikiText.escape(r.reasons().get(0)))
          .append('\n');
    }
    if (!agenda.cycles().isEmpty()) {
      b.append("*Cycles*\n");
      for (CycleItem c : agenda.cycles()) {
        b.append("* ")
            .append(String.join(" → ", c.path()))
            .append(" → ")
            .append(c.path().get(0))
            .append(" (")
            .append(WikiText.escape(String.join(", ", c.teams())))
            .append(")\n");
      }
    }
    String content = b.toString();
    return new PlannedComment(
        issueKey,
        MEETING_PREFIX + issueKey + " " + meeting,
        fit(content, footer(day)),
        Digests.sha256(digestible(content)));
  }

  /** The meeting a meeting comment's store id names, or "" for a per-issue comment. */
  public static String meetingOf(String issueId) {
    if (!issueId.startsWith(MEETING_PREFIX)) {
      return "";
    }
    String rest = issueId.substring(MEETING_PREFIX.length());
    return rest.substring(rest.indexOf(' ') + 1);
  }

  /** The body of a comment whose issue has left the agenda. */
  public static String leaving(Agenda agenda, String issueKey) {
    LocalDate day = LocalDate.ofInstant(agenda.meeting().asOf(), ZoneOffset.UTC);
    return "*"
        + WikiText.escape(agenda.meeting().name())
        + ": "
        + issueKey
        + " is no longer on the agenda* (as of "
        + day
        + ").\n"
        + footer(day);
  }

  /** The digest a leave body is known by (its content, not its date). */
  public static String leavingDigest(Agenda agenda, String issueKey) {
    return Digests.sha256("left " + WikiText.escape(agenda.meeting().name()) + " " + issueKey);
  }

  private static final class Notes {
    final String issueId;
    final String team;
    final List<String> place = new ArrayList<>();
    final Set<String> waiting = new LinkedHashSet<>();
    final List<String> findings = new ArrayList<>();
    final Set<String> todo = new LinkedHashSet<>();
    final Set<String> confirmWith = new java.util.TreeSet<>();
    RiskItem risk;

    Notes(String issueId, String team) {
      this.issueId = issueId;
      this.team = team;
    }
  }

  /** The notes of an issue a team owns and the snapshot holds; null for any other. */
  private static Notes notes(
      Map<IssueKey, Notes> notes, Map<IssueKey, Issue> issues, IssueRef ref) {
    if (!ref.visible() || ref.team() == null || !IssueKey.isKey(ref.key())) {
      return null;
    }
    IssueKey key = IssueKey.parse(ref.key());
    Issue issue = issues.get(key);
    if (issue == null) {
      return null;
    }
    return notes.computeIfAbsent(key, k -> new Notes(issue.id(), ref.team()));
  }

  private static IssueRef refByKey(Agenda agenda, String key) {
    for (IssueRef r : agenda.crossTeamIssues()) {
      if (r.key().equals(key)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The last of what to do, after the cycles' and findings': agree a date with the teams the issue
   * waits on, and confirm the dates with every other team involved.
   */
  private static void finishTodos(Notes n) {
    if (n.risk != null) {
      Set<String> blocking = teams(n.risk.blockers());
      blocking.remove(n.team);
      if (!blocking.isEmpty()) {
        n.todo.add(
            "agree with "
                + names(List.copyOf(blocking))
                + " when "
                + keys(n.risk.blockers())
                + " will be done");
      }
      n.confirmWith.addAll(teams(n.risk.waiting()));
    }
    n.confirmWith.remove(n.team);
    n.confirmWith.remove("?");
    if (!n.confirmWith.isEmpty()) {
      n.todo.add("confirm the dates with " + names(List.copyOf(n.confirmWith)));
    }
  }

  private static Set<String> teams(List<IssueRef> refs) {
    Set<String> teams = new LinkedHashSet<>();
    refs.forEach(x -> teams.add(x.team() == null ? "?" : x.team()));
    return teams;
  }

  /** The comment's content (without the footer); reads the notes, changes nothing. */
  private static String content(Agenda agenda, IssueKey key, Notes n) {
    StringBuilder b = new StringBuilder();
    b.append("*")
        .append(WikiText.escape(agenda.meeting().name()))
        .append(": what the meeting will hear about ")
        .append(key)
        .append("*\n");
    for (String p : n.place) {
      b.append("* On the agenda: ").append(p).append('\n');
    }
    if (n.risk != null) {
      RiskItem r = n.risk;
      b.append("* Risk: ")
          .append(shown(r))
          .append(
              r.reasons().isEmpty() ? "" : " — " + WikiText.escape(String.join("; ", r.reasons())))
          .append('\n');
      if (!r.blockers().isEmpty()) {
        b.append("* It waits on: ").append(refs(r.blockers())).append('\n');
      }
      if (!r.waiting().isEmpty()) {
        b.append("* Waiting on it: ").append(refs(r.waiting())).append('\n');
      }
    }
    if (!n.waiting.isEmpty()) {
      b.append("* Among the riskiest items waiting on it: ")
          .append(String.join(", ", n.waiting))
          .append('\n');
    }
    for (String f : n.findings) {
      b.append("* Finding: ").append(f).append('\n');
    }
    for (String t : n.todo) {
      b.append("* Before the meeting: ").append(t).append('\n');
    }
    return b.toString();
  }

  private static String footer(LocalDate day) {
    return FOOTER_RULE
        + "\n_Written by Interlock from the Scrum of Scrums agenda as of "
        + day
        + ". This one comment is edited in place when its content changes; raise questions at"
        + " the meeting, not here._";
  }

  /** Content and footer, the content shortened so the whole stays within Jira's limit. */
  static String fit(String content, String footer) {
    String whole = content + footer;
    if (whole.length() <= MAX_LENGTH) {
      return whole;
    }
    String cut = "… (shortened to fit Jira's limit; the agenda has the rest)\n";
    int keep = MAX_LENGTH - footer.length() - cut.length();
    int end = content.lastIndexOf('\n', keep);
    return content.substring(0, end < 0 ? keep : end + 1) + cut + footer;
  }

  /** The percentage, or the words shown instead when the item is ranked without one. */
  private static String shown(RiskItem r) {
    return r.noProbability() == null ? percent(r.score()) : WikiText.escape(r.noProbability());
  }

  private static String percent(double score) {
    return Math.round(score * 100) + "%";
  }

  private static String ref(IssueRef r) {
    return r.key() + (r.team() == null ? "" : " (" + WikiText.escape(r.team()) + ")");
  }

  private static String refs(List<IssueRef> refs) {
    List<String> out = new ArrayList<>();
    refs.forEach(r -> out.add(ref(r)));
    return String.join(", ", out);
  }

  private static String keys(List<IssueRef> refs) {
    List<String> out = new ArrayList<>();
    refs.forEach(r -> out.add(r.key()));
    return String.join(", ", out);
  }

  private static String names(List<String> teams) {
    List<String> escaped = new ArrayList<>();
    teams.forEach(t -> escaped.add(WikiText.escape(t)));
    if (escaped.size() <= 1) {
      return String.join("", escaped);
    }
    return String.join(", ", escaped.subList(0, escaped.size() - 1))
        + " and "
        + escaped.get(escaped.size() - 1);
  }
}
