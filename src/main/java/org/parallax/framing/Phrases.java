package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.parallax.sentences.SentenceSplitter;

/** The phrase a term sits in: the words around its first occurrence in a sentence, as written. */
public final class Phrases {
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile(
      "[\\p{L}\\p{N}]+(?:[.\\-'’][\\p{L}\\p{N}]+)*");

  private Phrases() {}

  /**
   * Up to {@code width} words either side of the first word of {@code sentence} whose spelling key is
   * {@code key} (see {@link SentenceSplitter#fold}), as they stand in the sentence; null when the word is
   * not there.
   */
  public static String around(String sentence, String key, int width) {
    if (sentence == null || key == null) {
      return null;
    }
    List<int[]> words = new ArrayList<>();
    int hit = -1;
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
      if (hit < 0 && SentenceSplitter.fold(m.group().toLowerCase(Locale.ROOT)).equals(key)) {
        hit = words.size() - 1;
      }
    }
    if (hit < 0) {
      // A hyphenated or dotted term the looser pattern joined differently: fall back to a substring match.
      int at = sentence.toLowerCase(Locale.ROOT).indexOf(key);
      return at < 0 ? null : sentence.substring(at, at + key.length());
    }
    int from = words.get(Math.max(0, hit - width))[0];
    int to = words.get(Math.min(words.size() - 1, hit + width))[1];
    return sentence.substring(from, to);
  }
}
