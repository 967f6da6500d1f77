package org.parallax.sentences;

import java.io.Serializable;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.text.Words;

/**
 * Splits a text into sentences with exact character offsets, and lists each sentence's content words.
 * Paragraphs (lines) never share a sentence; within a line the JDK's English sentence rules apply, and a
 * break after a known abbreviation ("Mr.", "U.S.", "Sen.", "Jan.", an initial) is undone.
 */
public final class SentenceSplitter implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The features stage's token pattern: words, with inner dots and hyphens ("u.s", "e-mail"). */
  /** Words: letters or digits, joined by inner dots or hyphens (what {@link Words#find} finds). */
  public static final Pattern WORD = Pattern.compile(Words.PATTERN);
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
      "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "prof", "rev", "hon", "pres", "no", "vs",
      "etc", "inc", "corp", "co", "ltd", "dept", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "mt", "ft");

  private final Set<String> stopWords;

  /** @param stopWords lower-case words never listed as content words */
  public SentenceSplitter(Set<String> stopWords) {
    this.stopWords = Set.copyOf(stopWords);
  }

  /** A sentence: [start, end) offsets into the text it came from, its content words and capitalised ones. */
  public record Sentence(int start, int end, String text, List<String> terms, List<String> names) {}

  /** The sentences of {@code text}, in order; none for a null or blank text. */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      splitLine(text, lineStart, lineEnd, out);
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  private void splitLine(String text, int from, int to, List<Sentence> out) {
    if (text.substring(from, to).isBlank()) {
      return;
    }
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text.substring(from, to));
    List<int[]> spans = new ArrayList<>();
    for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
      int[] span = trim(text, from + s, from + e);
      if (span[0] >= span[1]) {
        continue;
      }
      if (!spans.isEmpty() && endsWithAbbreviation(text, spans.get(spans.size() - 1))) {
        spans.get(spans.size() - 1)[1] = span[1];
      } else {
        spans.add(span);
      }
    }
    for (int[] span : spans) {
      out.add(sentence(text, span[0], span[1]));
    }
  }

  private Sentence sentence(String text, int start, int end) {
    String s = text.substring(start, end);
    List<String> all = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    int[] index = {0};
    Words.find(s, (from, to) -> {
      String surface = s.substring(from, to);
      String term = surface.toLowerCase(Locale.ROOT);
      boolean first = index[0]++ == 0;
      if (term.length() < 2 || !Words.hasLetter(term) || stopWords.contains(term)
          || stopWords.contains(fold(term))) {
        return;
      }
      all.add(term);
      if (!first && Character.isUpperCase(surface.codePointAt(0))) {
        names.add(term);
      }
    });
    return new Sentence(start, end, s, List.copyOf(all), List.copyOf(names));
  }

  /** The spelling key of a term: without dots and hyphens, so that "u.s" and "us", "e-mail" and "email" meet. */
  public static String fold(String term) {
    return term.replace(".", "").replace("-", "");
  }

  private static int[] trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }

  private static boolean endsWithAbbreviation(String text, int[] span) {
    if (span[1] - span[0] < 2 || text.charAt(span[1] - 1) != '.') {
      return false;
    }
    int i = span[1] - 1;
    while (i > span[0] && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
      i--;
    }
    String word = text.substring(i, span[1] - 1).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
  }
}
