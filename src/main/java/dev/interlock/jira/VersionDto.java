package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A fix version; {@code releaseDate} is a plain date when the site set one. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VersionDto(
    @Nullable String id,
    @Nullable String name,
    boolean archived,
    boolean released,
    @Nullable LocalDate releaseDate) {}
