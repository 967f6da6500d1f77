package org.parallax.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Parses the publication dates found in real corpora into instants; local times are read as UTC. */
public final class Dates {
  private static final DateTimeFormatter SPACE_LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT);
  private static final DateTimeFormatter SPACE_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]XXX", Locale.ROOT);
  private static final List<String> ACCEPTED = List.of(
      "2024-04-26", "2024-04-26T09:30:00Z", "2024-04-26T09:30:00+08:00", "2024-04-26T09:30:00",
      "2024-04-26 09:30:00", "Fri, 26 Apr 2024 09:30:00 GMT");

  private Dates() {}

  /** The instant, or throws {@link IllegalArgumentException} naming the accepted forms. */
  public static Instant parse(String raw) {
    String s = raw.trim();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (s.indexOf('T') == 10) {
        try {
          return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
          return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        }
      }
      if (s.length() > 10 && s.charAt(10) == ' ') {
        try {
          return OffsetDateTime.parse(s, SPACE_OFFSET).toInstant();
        } catch (DateTimeParseException e) {
          return LocalDateTime.parse(s, SPACE_LOCAL).toInstant(ZoneOffset.UTC);
        }
      }
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("unparseable date '" + s + "'; accepted forms: "
          + String.join(" | ", ACCEPTED));
    }
  }
}
