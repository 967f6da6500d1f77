package org.parallax.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication dates into instants, in the proleptic Gregorian calendar (java.time; no hybrid
 * Julian shift before 1582). Accepted: every ISO 8601 form of a calendar, ordinal or week date, alone or
 * with a time (extended or basic format, 'T', 't' or a space between, hours with optional minutes,
 * seconds and a fraction of up to nine digits after '.' or ',', offset Z, +hh, +hhmm or +hh:mm, or a
 * trailing UTC/GMT), reduced precision (2024-04, 2024) as the start of the period; and RFC 2822 / RFC
 * 1123 dates (optional day of week, one- or two-digit day, two-, three- or four-digit year, optional
 * seconds, numeric offsets, UT/GMT/UTC/Z, the US zone names and military letters, comments in
 * parentheses). A date without an offset is read as UTC.
 */
public final class Dates {
  private static final List<String> ACCEPTED = List.of(
      "2024-04-26", "2024-04-26T09:30:00Z", "2024-04-26T09:30:00.123+08:00", "20240426T093000+0800",
      "2024-04-26 09:30", "2024-117", "2024-W17-5", "2024-04", "Fri, 5 Apr 2024 09:30:00 GMT",
      "5 Apr 2024 09:30 -0400");

  private static final String DATE = "(?<y>\\d{4})(?:(?<ext>-)?(?:(?<m>\\d{2})(?:\\k<ext>?(?<d>\\d{2}))?"
      + "|W(?<w>\\d{2})(?:\\k<ext>?(?<wd>[1-7]))?|(?<o>\\d{3})))?";
  private static final String TIME = "(?:[Tt ](?<h>\\d{2})(?::?(?<mi>\\d{2})(?::?(?<s>\\d{2})(?:[.,](?<f>\\d{1,9}))?)?)?"
      + "\\s*(?<z>[Zz]|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT|UT)?)?";
  private static final Pattern ISO = Pattern.compile(DATE + TIME);

  private static final Pattern RFC = Pattern.compile("(?:(?<dow>[A-Za-z]{3})[a-z]*\\.?,?\\s*)?(?<d>\\d{1,2})\\s+"
      + "(?<mon>[A-Za-z]{3})[a-z]*\\.?\\s+(?<y>\\d{2,4})(?:\\s+(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?"
      + "(?:\\s*(?<z>[+-]\\d{4}|[A-Za-z]{1,5}))?)?");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
      Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
      Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));

  private Dates() {}

  /** The instant, or throws {@link IllegalArgumentException} naming the accepted forms. */
  public static Instant parse(String raw) {
    String s = raw.replaceAll("\\([^)]*\\)", " ").trim().replaceAll("\\s+", " ");
    try {
      Matcher iso = ISO.matcher(s);
      if (iso.matches()) {
        return iso(iso);
      }
      Matcher rfc = RFC.matcher(s);
      if (rfc.matches()) {
        return rfc(rfc);
      }
    } catch (DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("impossible date '" + raw.trim() + "': " + e.getMessage());
    }
    throw new IllegalArgumentException("unparseable date '" + raw.trim() + "'; accepted forms (ISO 8601, RFC 2822): "
        + String.join(" | ", ACCEPTED));
  }

  private static Instant iso(Matcher m) {
    int year = Integer.parseInt(m.group("y"));
    LocalDate date;
    if (m.group("w") != null) {
      int wd = m.group("wd") == null ? 1 : Integer.parseInt(m.group("wd"));
      date = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group("w")))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(wd - 1L);
    } else if (m.group("o") != null) {
      date = LocalDate.ofYearDay(year, Integer.parseInt(m.group("o")));
    } else {
      int month = m.group("m") == null ? 1 : Integer.parseInt(m.group("m"));
      int day = m.group("d") == null ? 1 : Integer.parseInt(m.group("d"));
      if (m.group("m") != null && m.group("d") == null && m.group("ext") == null) {
        throw new DateTimeException("yyyyMM is not an ISO 8601 date; write yyyy-MM");
      }
      date = LocalDate.of(year, month, day);
    }
    LocalTime time = LocalTime.MIDNIGHT;
    if (m.group("h") != null) {
      int nanos = 0;
      if (m.group("f") != null) {
        nanos = Integer.parseInt((m.group("f") + "00000000").substring(0, 9));
      }
      time = LocalTime.of(Integer.parseInt(m.group("h")), m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi")),
          m.group("s") == null ? 0 : Integer.parseInt(m.group("s")), nanos);
    }
    return LocalDateTime.of(date, time).toInstant(offset(m.group("z")));
  }

  private static ZoneOffset offset(String z) {
    if (z == null || z.equalsIgnoreCase("Z") || z.equals("UTC") || z.equals("GMT") || z.equals("UT")) {
      return ZoneOffset.UTC;
    }
    String digits = z.replace(":", "");
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static Instant rfc(Matcher m) {
    Integer month = MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT));
    if (month == null) {
      throw new DateTimeException("unknown month '" + m.group("mon") + "'");
    }
    String y = m.group("y");
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      year += year < 50 ? 2000 : 1900; // RFC 2822 section 4.3
    } else if (y.length() == 3) {
      year += 1900;
    }
    LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group("d")));
    // A day of week that does not match the date is ignored, as RFC 2822 readers commonly do.
    LocalTime time = m.group("h") == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(m.group("h")),
        Integer.parseInt(m.group("mi")), m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
    return LocalDateTime.of(date, time).toInstant(rfcZone(m.group("z")));
  }

  private static ZoneOffset rfcZone(String z) {
    if (z == null) {
      return ZoneOffset.UTC;
    }
    if (z.charAt(0) == '+' || z.charAt(0) == '-') {
      return offset(z);
    }
    Integer hours = ZONES.get(z.toUpperCase(Locale.ROOT));
    if (hours != null) {
      return ZoneOffset.ofHours(hours);
    }
    if (z.length() == 1 && Character.isLetter(z.charAt(0)) && Character.toUpperCase(z.charAt(0)) != 'J') {
      return ZoneOffset.UTC; // military zones: RFC 2822 section 4.3 reads them as -0000
    }
    throw new DateTimeException("unknown time zone '" + z + "'");
  }
}
