package dev.interlock.report;

/** The files the agenda is written as, in the order {@link ReportWriter#write} writes them. */
public enum ReportFormat {
  /** For a terminal, a Git host or Confluence. */
  MARKDOWN("agenda.md"),
  /** One self-contained, printable page. */
  HTML("agenda.html"),
  /** The same content for machines. */
  JSON("agenda.json"),
  /** The open cross-team work for Graphviz, with a legend. */
  DOT("graph.dot"),
  /** Mermaid diagrams of the team graph and the longest cross-team chains, in Markdown fences. */
  MERMAID("mermaid.md");

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  /** The file name inside the output folder, for example {@code agenda.md}. */
  public String fileName() {
    return fileName;
  }
}
