package dev.interlock.jira;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads wire JSON for tests, from text or from {@code src/test/resources/jira}. */
final class WireFixtures {
  static final ObjectMapper MAPPER = JiraJson.newMapper();

  private WireFixtures() {}

  static <T> T parse(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T parse(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T resource(String name, Class<T> type) {
    try (InputStream in = open(name)) {
      return MAPPER.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<FieldDto> fields(String name) {
    try (InputStream in = open(name)) {
      return MAPPER.readValue(in, new TypeReference<List<FieldDto>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = WireFixtures.class.getResourceAsStream("/jira/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no test resource /jira/" + name);
    }
    return in;
  }
}
