package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RecordSchemaTest {
  @Test
  void excerptFlattensTrimsAndCuts() {
    assertEquals("Blinken and Qin …", RecordSchema.excerpt("  Blinken\n\tand  Qin\r\ndiscuss", 16));
    assertEquals("Blinken and Qin", RecordSchema.excerpt("\u0001 Blinken and Qin \n\u0002", 16));
    assertEquals("", RecordSchema.excerpt(" \n\t ", 5));
    assertNull(RecordSchema.excerpt(null, 5));
  }

  /** The character loop reads only up to the cut; it must give what the pattern gives over the whole line. */
  @Test
  void excerptIsThePatternDefinition() {
    char[] alphabet = {' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u0001', '\u001C', '\u00A0', '\u3000', 'a', 'b',
        'Q', '.', '\u00E9', '\u2026', '"'};
    Random random = new Random(11);
    for (int run = 0; run < 20_000; run++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      int max = 1 + random.nextInt(20);
      assertEquals(RecordSchema.excerptByPattern(s.toString(), max), RecordSchema.excerpt(s.toString(), max),
          "excerpt of '" + s + "' at " + max);
    }
  }
}
