package dev.interlock.jira;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Jackson deserializers for {@link JiraDates}: an {@link Instant} from any Jira date-time string or
 * an epoch-millis number, a {@link LocalDate} from {@code yyyy-MM-dd}. A blank string reads as
 * null; any other unreadable value fails with a message naming the value.
 */
final class JiraDateDeserializers {
  private JiraDateDeserializers() {}

  /** A module that makes these the deserializers of {@code Instant} and {@code LocalDate}. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("JiraDates");
    module.addDeserializer(Instant.class, new InstantDeserializer());
    module.addDeserializer(LocalDate.class, new DateDeserializer());
    return module;
  }

  private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
    InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public @Nullable Instant deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return JiraDates.fromEpochMillis(p.getLongValue());
      }
      return fromText(p, ctxt, Instant.class, JiraDates::parseInstant);
    }
  }

  private static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
    DateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public @Nullable LocalDate deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      return fromText(p, ctxt, LocalDate.class, JiraDates::parseDate);
    }
  }

  private static <T> @Nullable T fromText(
      JsonParser p, DeserializationContext ctxt, Class<T> type, Function<String, T> parse)
      throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return type.cast(ctxt.handleUnexpectedToken(type, p));
    }
    String text = p.getText();
    if (text.isBlank()) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw InvalidFormatException.from(p, e.getMessage(), text, type);
    }
  }
}
