package dev.interlock.jira;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one place that configures Jackson for Jira's wire JSON. */
public final class JiraJson {
  private JiraJson() {}

  /**
   * A new mapper for Jira responses: unknown properties are ignored (Jira adds fields freely),
   * java.time is supported, and {@code Instant}/{@code LocalDate} accept every Jira date format
   * (see {@link JiraDates}). The mapper is thread-safe once returned; share it.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(new JavaTimeModule())
        .addModule(JiraDateDeserializers.module())
        .build();
  }
}
