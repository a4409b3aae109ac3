package dev.interlock.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A fix version (release) with its planned release date, when the site set one. */
public record Version(String id, String name, @Nullable LocalDate releaseDate, boolean released) {}
