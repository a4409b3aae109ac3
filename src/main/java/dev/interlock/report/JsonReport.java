package dev.interlock.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.interlock.agenda.Agenda;
import java.io.UncheckedIOException;

/**
 * {@code agenda.json}: the {@link Agenda} record as JSON, fields in record component order, two
 * spaces of indent, {@code \n} line endings and a final newline. Times and dates are ISO-8601
 * strings ({@code "2026-11-16T08:00:00Z"}, {@code "2026-11-20"}), enums are their names. Nulls are
 * written, never omitted, so every object of a kind has the same keys ({@code "team": null} means
 * the issue belongs to no team).
 */
final class JsonReport {
  private final ObjectWriter writer = writer();

  String render(Agenda agenda) {
    try {
      return writer.writeValueAsString(agenda) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "cannot write the agenda as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A mapper that reads what {@link #render} writes; for tests and for tools that read it back. */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .serializationInclusion(JsonInclude.Include.ALWAYS)
        .build();
  }

  private static ObjectWriter writer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return mapper().writer(printer);
  }
}
