package dev.interlock.jira;

/** One result of {@link SiteDoctor}: fine or a problem, in plain words. */
public record Finding(Finding.Kind kind, String text) {
  /** How bad it is. */
  public enum Kind {
    OK,
    /** The configuration does not match the site. */
    MISMATCH,
    /** Jira cannot be used at all: no answer, or credentials refused. */
    FATAL
  }

  static Finding ok(String text) {
    return new Finding(Kind.OK, text);
  }

  static Finding mismatch(String text) {
    return new Finding(Kind.MISMATCH, text);
  }

  static Finding fatal(String text) {
    return new Finding(Kind.FATAL, text);
  }

  /** {@code "ok Jira answers …"} or {@code "FAIL project PAY …"}. */
  public String line() {
    return (kind == Kind.OK ? "ok    " : "FAIL  ") + text;
  }
}
