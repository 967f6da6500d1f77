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
