package dev.interlock.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --as-of}: a date ({@code 2014-09-01}, meaning its start in UTC) or an ISO-8601
 * timestamp with an offset ({@code 2014-09-01T10:00:00Z}, {@code 2014-09-01T12:00:00+02:00}).
 */
final class AsOfConverter implements ITypeConverter<Instant> {
  @Override
  public Instant convert(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'"
              + text
              + "' is not a date (2014-09-01) or an ISO-8601 timestamp (2014-09-01T10:00:00Z)");
    }
  }
}
