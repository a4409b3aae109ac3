package dev.interlock.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The Pebble templates under {@code dev/interlock/report/}, auto-escaped for one output format.
 * Every {@code {{ value }}} is escaped unless the template says {@code | raw}; a template that
 * names an unknown variable fails instead of printing nothing. Thread-safe.
 */
final class Templates {
  private static final String FOLDER = "dev/interlock/report/";

  private final PebbleEngine engine;

  private Templates(PebbleEngine engine) {
    this.engine = engine;
  }

  /** Templates whose values are escaped by {@link MarkdownEscaping}. */
  static Templates markdown() {
    MarkdownEscaping escaping = new MarkdownEscaping();
    return new Templates(
        builder(new IssueLinks(escaping, false))
            .addEscapingStrategy("markdown", escaping)
            .defaultEscapingStrategy("markdown")
            .build());
  }

  /** Templates whose values are HTML-escaped ({@code <} becomes {@code &lt;}, and so on). */
  static Templates html() {
    return new Templates(
        builder(new IssueLinks(org.unbescape.html.HtmlEscape::escapeHtml4Xml, true))
            .defaultEscapingStrategy("html")
            .build());
  }

  /** Renders {@code name} with {@code context}; line endings are always {@code \n}. */
  String render(String name, Map<String, Object> context) {
    StringWriter out = new StringWriter();
    try {
      engine.getTemplate(name).evaluate(out, context, Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render template " + FOLDER + name, e);
    }
    return out.toString().replace("\r\n", "\n");
  }

  private static PebbleEngine.Builder builder(IssueLinks issueLinks) {
    ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
    loader.setPrefix(FOLDER);
    loader.setCharset("UTF-8");
    return new PebbleEngine.Builder()
        .loader(loader)
        .extension(new ReportExtension(issueLinks))
        .autoEscaping(true)
        .strictVariables(true)
        .newLineTrimming(false)
        .defaultLocale(Locale.ROOT);
  }
}
