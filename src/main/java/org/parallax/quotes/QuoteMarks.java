package org.parallax.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of text inside quotation marks: curly (“ ”), straight ("), doubled apostrophes ('' ''), TeX
 * style (`` ''), low-high („ “) and guillemets (« »). A quotation that runs over several paragraphs follows the
 * news convention: a paragraph left open and the next one opened again continue the same quotation. A mark
 * left open with no continuation closes at the end of its paragraph.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * A quoted span: [start, end) covers the marks, [innerStart, innerEnd) the words inside them (the
   * continuation marks of later paragraphs included), {@code paragraphs} how many paragraphs it runs over.
   */
  public record Span(int start, int end, int innerStart, int innerEnd, int paragraphs) {}

  public static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int open = openerLength(text, i);
      if (open == 0) {
        i++;
        continue;
      }
      int start = i;
      int innerStart = i + open;
      int paragraphs = 1;
      int j = innerStart;
      Span found = null;
      while (found == null) {
        int close = -1;
        int closeLength = 0;
        int k = j;
        for (; k < n && text.charAt(k) != '\n'; k++) {
          closeLength = closerLength(text, k, text.charAt(start));
          if (closeLength > 0 && k > innerStart) {
            close = k;
            break;
          }
        }
        if (close >= 0) {
          found = new Span(start, close + closeLength, innerStart, close, paragraphs);
          break;
        }
        // The paragraph ends open: the quotation goes on when the next paragraph opens again.
        int next = k;
        while (next < n && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        int reopen = next < n && next > k ? openerLength(text, next) : 0;
        if (reopen > 0 && sameFamily(text.charAt(start), text.charAt(next))) {
          paragraphs++;
          j = next + reopen;
          continue;
        }
        int end = k;
        while (end > innerStart && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        found = new Span(start, end, innerStart, end, paragraphs);
      }
      if (found.innerEnd() > found.innerStart()) {
        out.add(found);
      }
      i = Math.max(found.end(), start + 1);
    }
    return out;
  }

  /** How many characters of an opening mark start at {@code i} (0 when none does). */
  static int openerLength(String t, int i) {
    char c = t.charAt(i);
    switch (c) {
      case '\u201C', '\u201E', '\u00AB' -> {
        return 1;
      }
      case '\u201D' -> {
        // A closing mark written where a quotation opens (a paragraph's start, after a space, a word next).
        return opensHere(t, i) && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1)) ? 1 : 0;
      }
      case '"' -> {
        return opensHere(t, i) ? 1 : 0;
      }
      case '\'', '`' -> {
        // Two apostrophes or two backticks open; a lone apostrophe is a contraction or a nested quote.
        boolean pair = i + 1 < t.length() && t.charAt(i + 1) == c && (i + 2 >= t.length() || t.charAt(i + 2) != c);
        return pair && opensHere(t, i) && i + 2 < t.length() && !Character.isWhitespace(t.charAt(i + 2)) ? 2 : 0;
      }
      default -> {
        return 0;
      }
    }
  }

  /** A straight mark opens where a word could start: at a line's start or after a space or an opening sign. */
  private static boolean opensHere(String t, int i) {
    if (i == 0) {
      return true;
    }
    char p = t.charAt(i - 1);
    return Character.isWhitespace(p) || "([{\u2014\u2013-:/\u00A0".indexOf(p) >= 0;
  }

  private static int closerLength(String t, int k, char opener) {
    char c = t.charAt(k);
    return switch (opener) {
      case '\u201C', '"', '\u201E', '\u201D' -> c == '\u201D' || c == '"' || (opener == '\u201E' && c == '\u201C') ? 1 : 0;
      case '\u00AB' -> c == '\u00BB' ? 1 : 0;
      case '\'', '`' -> c == '\'' && k + 1 < t.length() && t.charAt(k + 1) == '\''
          && (k + 2 >= t.length() || t.charAt(k + 2) != '\'') ? 2 : 0;
      default -> 0;
    };
  }

  private static boolean sameFamily(char opener, char reopened) {
    String curly = "\"\u201C\u201D";
    return opener == reopened || curly.indexOf(opener) >= 0 && curly.indexOf(reopened) >= 0;
  }
}
