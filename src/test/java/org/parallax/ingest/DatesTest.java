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
}
