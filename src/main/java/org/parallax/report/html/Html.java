package org.parallax.report.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping and the few fragments every page shares: no template engine, nothing from the network. */
final class Html {
  private Html() {}

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code sentence}, escaped, with each whole-word occurrence of {@code term} (any case) in a mark. */
  static String highlight(String sentence, String term) {
    if (sentence == null) {
      return "";
    }
    if (term == null || term.isBlank()) {
      return esc(sentence);
    }
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term).replace(" ", "\\E\\s+\\Q")
        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      sb.append(esc(sentence.substring(last, m.start()))).append("<mark>").append(esc(m.group())).append("</mark>");
      last = m.end();
    }
    return sb.append(esc(sentence.substring(last))).toString();
  }

  /** A tone in [-1, 1] as a signed number and a word, or an en dash when unknown. */
  static String tone(Double t) {
    if (t == null || t.isNaN()) {
      return "&ndash;";
    }
    String word = t <= -0.15 ? "hostile" : t >= 0.15 ? "favourable" : "neutral";
    return String.format(Locale.ROOT, "<span class=\"tone %s\">%+.2f %s</span>", word, t, word);
  }

  /** The page's head with the shared stylesheet inline (the site is opened from disk, one file per page). */
  static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + "</title><style>" + CSS + "</style></head><body>\n";
  }

  static final String CSS = "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:1.2em 2em;"
      + "color:#1d2330}h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.15em;margin:1.2em 0 .4em}"
      + "table{border-collapse:collapse}th,td{padding:.25em .6em;border-bottom:1px solid #e3e6ec;text-align:left;"
      + "vertical-align:top}th{cursor:pointer;background:#f4f6f9;position:sticky;top:0}"
      + ".outlets{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:12px}"
      + ".outlet{border:1px solid #d8dce4;border-radius:6px;padding:.6em .8em;background:#fcfcfd}"
      + ".outlet h3{margin:.1em 0 .3em;font-size:1.05em}.headline{font-weight:600;margin:.2em 0 .5em}"
      + ".meta{color:#5b6474;font-size:.9em}mark{background:#ffe27a;padding:0 .1em}"
      + ".uses mark{background:#ffd0a8}.avoids mark{background:#c9e4ff}ul{padding-left:1.1em;margin:.2em 0}"
      + ".tone.hostile{color:#b3261e}.tone.favourable{color:#1e7b34}.tone.neutral{color:#5b6474}"
      + ".flag{background:#b3261e;color:#fff;border-radius:3px;padding:0 .35em;font-size:.85em}"
      + ".matrix td{text-align:center;min-width:1.6em}.matrix td:first-child{text-align:left}.matrix th.rot{writing-mode:vertical-rl;transform:rotate(180deg)}"
      + "input[type=search]{font-size:1em;padding:.3em .5em;width:22em}.pager button{margin:0 .2em}"
      + "a{color:#1a56b8}";
}
