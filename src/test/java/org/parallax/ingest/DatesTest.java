package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void acceptsTheFormsFoundInCorpora() {
    assertEquals(Instant.parse("2024-04-26T00:00:00Z"), Dates.parse("2024-04-26"));
    assertEquals(Instant.parse("2024-04-26T01:30:00Z"), Dates.parse("2024-04-26T09:30:00+08:00"));
    assertEquals(Instant.parse("2024-04-26T09:30:00Z"), Dates.parse("2024-04-26T09:30:00Z"));
    assertEquals(Instant.parse("2024-04-26T09:30:00Z"), Dates.parse("2024-04-26T09:30:00"));
    assertEquals(Instant.parse("2025-04-12T03:02:51Z"), Dates.parse("2025-04-12 03:02:51"));
    assertEquals(Instant.parse("2024-04-26T09:30:00Z"), Dates.parse("Fri, 26 Apr 2024 09:30:00 GMT"));
  }

  @Test
  void rejectsWithTheAcceptedForms() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dates.parse("last Tuesday"));
    assertTrue(e.getMessage().contains("unparseable date 'last Tuesday'"));
    assertTrue(e.getMessage().contains("2024-04-26T09:30:00Z"));
    assertThrows(IllegalArgumentException.class, () -> Dates.parse("2024-13-45"));
  }

  @Test
  void everyIso8601Form() {
    Instant t = Instant.parse("2024-04-26T09:30:15Z");
    assertEquals(t, Dates.parse("20240426T093015Z"), "basic format");
    assertEquals(t, Dates.parse("2024-04-26t09:30:15z"), "lower-case t and z");
    assertEquals(t, Dates.parse("2024-04-26T17:30:15+0800"), "offset without colon");
    assertEquals(t, Dates.parse("2024-04-26T17:30:15+08"), "offset in hours");
    assertEquals(t, Dates.parse("2024-04-26T09:30:15 UTC"));
    assertEquals(Instant.parse("2024-04-26T09:30:15.123456789Z"), Dates.parse("2024-04-26T09:30:15,123456789Z"));
    assertEquals(Instant.parse("2024-04-26T09:30:00Z"), Dates.parse("2024-04-26T09:30"));
    assertEquals(Instant.parse("2024-04-26T09:00:00Z"), Dates.parse("2024-04-26T09"));
    assertEquals(Instant.parse("2024-04-26T00:00:00Z"), Dates.parse("2024-117"), "ordinal date");
    assertEquals(Instant.parse("2024-04-26T00:00:00Z"), Dates.parse("2024-W17-5"), "week date");
    assertEquals(Instant.parse("2024-04-26T00:00:00Z"), Dates.parse("2024W175"), "basic week date");
    assertEquals(Instant.parse("2024-04-01T00:00:00Z"), Dates.parse("2024-04"), "reduced precision");
    assertEquals(Instant.parse("2024-01-01T00:00:00Z"), Dates.parse("2024"));
  }

  @Test
  void everyRfc2822Form() {
    Instant t = Instant.parse("2024-04-05T09:30:00Z");
    assertEquals(t, Dates.parse("Fri, 5 Apr 2024 09:30:00 GMT"), "one-digit day");
    assertEquals(t, Dates.parse("5 Apr 2024 09:30:00 +0000"), "no day of week");
    assertEquals(t, Dates.parse("Fri, 05 Apr 2024 05:30 -0400"), "no seconds, numeric offset");
    assertEquals(t, Dates.parse("Fri, 5 Apr 2024 05:30:00 EDT"), "US zone name");
    assertEquals(t, Dates.parse("Fri, 5 Apr 24 09:30:00 UT"), "two-digit year");
    assertEquals(t, Dates.parse("Fri, 5 Apr 2024 09:30:00 +0000 (UTC)"), "comment");
    assertEquals(t, Dates.parse("Friday, 5 April 2024 09:30:00 Z"), "full names");
    assertEquals(Instant.parse("1999-12-31T00:00:00Z"), Dates.parse("31 Dec 99"));
  }

  @Test
  void datesBefore1582KeepTheProlepticGregorianCalendar() {
    assertEquals(Instant.parse("0001-01-01T00:00:00Z"), Dates.parse("0001-01-01"));
    assertEquals(-62135596800L, Dates.parse("0001-01-01").getEpochSecond());
    assertEquals(Instant.parse("1582-10-10T00:00:00Z"), Dates.parse("1582-10-10"), "inside the Julian gap");
    assertEquals(-62135596800_000_000L, RecordValidator.micros(Dates.parse("0001-01-01")));
  }
}
