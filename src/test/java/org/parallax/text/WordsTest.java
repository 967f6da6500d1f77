package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {
  /** Letters and digits of several scripts and kinds, joiners, other punctuation, a supplementary letter and a lone surrogate. */
  static final String[] PIECES = {"a", "Z", "é", "İ", "Σ", "ß", "中", "ع", "7", "٣", "½", "Ⅻ", "\uD835\uDC00", "\uD800", ".", "-",
      "..", "--", " ", "\n", "'", "’", "_", ",", "U.S.", "e-mail", "five-and-a-half", "—"};

  static String random(Random r, int pieces) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      s.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  private static List<String> byPattern(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(Words.PATTERN).matcher(s);
    while (m.find()) {
      out.add(m.start() + ":" + m.end());
    }
    return out;
  }

  private static List<String> byWords(String s) {
    List<String> out = new ArrayList<>();
    Words.find(s, (from, to) -> out.add(from + ":" + to));
    return out;
  }

  @Test
  void findsWhatTheMatcherFinds() {
    assertEquals(List.of("0:3", "5:20", "21:27"), byWords("U.S. five-and-a-half e-mail."));
    Random r = new Random(3);
    for (int run = 0; run < 20_000; run++) {
      String s = random(r, r.nextInt(12));
      assertEquals(byPattern(s), byWords(s), "'" + s + "'");
    }
  }

  @Test
  void hasLetterIsTheLetterClass() {
    Pattern letter = Pattern.compile("\\p{L}");
    Random r = new Random(4);
    for (int run = 0; run < 5_000; run++) {
      String s = random(r, r.nextInt(4));
      assertEquals(letter.matcher(s).find(), Words.hasLetter(s), "'" + s + "'");
    }
  }
}
