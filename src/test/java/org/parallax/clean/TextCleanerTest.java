package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
  @Test
  void normalisesWhitespaceAndKeepsParagraphs() {
    assertEquals("A line with tabs.\n\nNext paragraph.",
        TextCleaner.clean("  A  line\twith\u00a0tabs.  \r\n\r\n\r\n\r\nNext paragraph.\u0007  "));
  }

  @Test
  void composesUnicode() {
    assertEquals("caf\u00e9", TextCleaner.clean("cafe\u0301"));
  }
}
