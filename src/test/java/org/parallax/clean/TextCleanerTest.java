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

  @Test
  void theOnePassCleanerGivesWhatThePatternsAppliedInTurnGive() {
    String alphabet = "ab Z9\t\n\r\u00a0\u2003\u0007\u000b\u200b\ufeff\u2028e\u0301.\u00e9\ud83d\ude00";
    java.util.Random random = new java.util.Random(11);
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertEquals(TextCleaner.cleanByPatterns(text), TextCleaner.clean(text), () -> "for " + text.chars()
          .mapToObj(c -> String.format("\\u%04x", c)).toList());
    }
  }
}
