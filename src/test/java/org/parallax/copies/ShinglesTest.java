package org.parallax.copies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  /** The shingle hash by its definition: characters of the k tokens, token after token. */
  private static long reference(String[] tokens, int from, int k) {
    long h = 1125899906842597L;
    for (int j = from; j < from + k; j++) {
      for (int c = 0; c < tokens[j].length(); c++) {
        h = 31 * h + tokens[j].charAt(c);
      }
      h = h * 0x9E3779B97F4A7C15L + 0x7F;
    }
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  @Test
  void shingleHashesAreTheHashOfTheirTokensAndSpanThem() {
    String text = "TAIPEI, Taiwan (AP) U.S. Secretary of State Antony Blinken spoke with Qin Gang on Sunday.";
    Shingles.Sequence seq = Shingles.of(text, 4);
    String[] tokens = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" ");
    assertEquals(tokens.length - 3, seq.size());
    for (int i = 0; i < seq.size(); i++) {
      assertEquals(reference(tokens, i, 4), seq.hashes()[i], "shingle " + i);
    }
    assertEquals("TAIPEI, Taiwan (AP) U", text.substring(seq.starts()[0], seq.ends()[0]));
    long[] sorted = seq.distinctSorted();
    assertArrayEquals(java.util.Arrays.stream(seq.hashes()).sorted().distinct().toArray(), sorted);
  }
}
