package org.parallax.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises article text: Unicode NFC, no control characters, one space between words, one blank line
 * between paragraphs. Encoding repair and boilerplate removal build on this.
 */
public final class TextCleaner {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\t\\p{Zs}]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private TextCleaner() {}

  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
    // One pass (this runs over every character of the corpus): CR LF and CR end lines; control characters
    // but newline and tab, zero-width space and BOM go; runs of tabs and space separators become one space;
    // each line is stripped; runs of blank lines become one. The same result as the patterns above
    // applied in turn (TextCleanerTest checks them against each other).
    StringBuilder out = new StringBuilder(s.length());
    StringBuilder line = new StringBuilder();
    boolean blankBefore = false;
    boolean inSpaces = false;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '\n';
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue; // CR LF: the LF ends the line
        }
        c = '\n';
      }
      if (c == '\n') {
        int from = 0;
        int to = line.length();
        while (from < to && Character.isWhitespace(line.charAt(from))) {
          from++;
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
          to--;
        }
        if (from == to) {
          blankBefore = true;
        } else {
          if (out.length() > 0) {
            out.append(blankBefore ? "\n\n" : "\n");
          }
          out.append(line, from, to);
          blankBefore = false;
        }
        line.setLength(0);
        inSpaces = false;
        continue;
      }
      if ((c != '\t' && Character.getType(c) == Character.CONTROL) || c == '\u200B' || c == '\uFEFF') {
        continue;
      }
      if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
        if (!inSpaces) {
          line.append(' ');
          inSpaces = true;
        }
        continue;
      }
      line.append(c);
      inSpaces = false;
    }
    return out.toString();
  }

  /** The same cleaning, pattern by pattern: the reference {@link #clean} is checked against. */
  static String cleanByPatterns(String text) {
    if (text == null) {
      return null;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    s = CONTROL.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) {
      out.append(line.strip()).append('\n');
    }
    return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
  }
}
