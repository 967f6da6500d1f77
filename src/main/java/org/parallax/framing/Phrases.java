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

  /** A sentence's words (as {@link #WORD} finds them), found once for many {@link Words#around} calls. */
  public static Words words(String sentence) {
    List<int[]> spans = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      keys.add(SentenceSplitter.fold(m.group().toLowerCase(Locale.ROOT)));
    }
    return new Words(sentence, spans, keys);
  }

  /** A sentence with its words' spans and spelling keys. */
  public record Words(String sentence, List<int[]> spans, List<String> keys) {
    /**
     * Up to {@code width} words either side of the first word whose spelling key is {@code key}, as they
     * stand in the sentence; null when the word is not there.
     */
    public String around(String key, int width) {
      if (key == null) {
        return null;
      }
      int hit = keys.indexOf(key);
      if (hit < 0) {
        // A hyphenated or dotted term the looser pattern joined differently: fall back to a substring match.
        int at = sentence.toLowerCase(Locale.ROOT).indexOf(key);
        return at < 0 ? null : sentence.substring(at, at + key.length());
      }
      int from = spans.get(Math.max(0, hit - width))[0];
      int to = spans.get(Math.min(spans.size() - 1, hit + width))[1];
      return sentence.substring(from, to);
    }
  }
}
