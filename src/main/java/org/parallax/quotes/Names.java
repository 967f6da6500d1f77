package org.parallax.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an article writes (capitalised word sequences, titles left off), for resolving a speaker as
 * written to the fullest form the article gives: "Mr. Steele" and "Steele" are "Michael Steele" when the
 * article names him so; "he" and "she" are the nearest named speaker before.
 */
public final class Names {
  private static final Pattern NAME = Pattern.compile(Speech.NAME);
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
  private static final Pattern POSSESSIVE_OR_STOP = Pattern.compile("(['\u2019]s|[,;:])$");

  /** A name mention: where it starts and its words without titles. */
  private record Mention(int start, List<String> words) {}

  private final String text;
  /** The article's name mentions, found when a speaker is first resolved (most articles quote no one). */
  private List<Mention> mentions;
  private static final java.util.Set<String> ORGANISATION_WORDS = java.util.Set.of("foundation", "tower", "center",
      "centre", "campaign", "administration", "university", "institute", "department", "party", "group", "inc",
      "co", "corp", "news", "times", "post", "street", "house", "committee", "fund", "act", "hotel", "organization",
      "international", "media", "network", "county", "city", "state", "library", "airport", "doctrine", "era");

  Names(String text) {
    this.text = text;
  }

  private List<Mention> mentions() {
    if (mentions == null) {
      mentions = new ArrayList<>();
      Matcher m = NAME.matcher(text);
      while (m.find()) {
        List<String> words = core(m.group());
        if (!words.isEmpty()) {
          mentions.add(new Mention(m.start(), words));
        }
      }
    }
    return mentions;
  }

  /**
   * The speaker written at {@code at} as the fullest name the article gives it; "he" or "she" as the nearest
   * earlier quotation's named speaker (as written when there is none: a capitalised word before it need not be
   * a person); anything else as written.
   */
  String resolve(String speaker, int at, List<QuoteFinder.Quote> earlier) {
    if (Speech.isPronoun(speaker)) {
      String p = speaker.toLowerCase(Locale.ROOT);
      if (!p.equals("he") && !p.equals("she")) {
        return speaker;
      }
      for (int i = earlier.size() - 1; i >= 0; i--) {
        QuoteFinder.Quote q = earlier.get(i);
        if (q.speakerText() != null && q.speakerStart() < at && Speech.isName(q.speakerText())) {
          return q.speaker();
        }
      }
      return speaker;
    }
    if (!Speech.isName(speaker)) {
      return speaker;
    }
    List<String> core = core(speaker);
    if (core.isEmpty()) {
      return speaker;
    }
    List<String> best = core;
    String last = core.get(core.size() - 1);
    for (Mention m : mentions()) {
      List<String> w = m.words();
      if (w.size() > best.size() && w.get(w.size() - 1).equals(last)
          && w.subList(w.size() - core.size(), w.size()).equals(core)) {
        best = w;
      }
    }
    if (best == core && core.size() == 1) {
      // A family name written first ("Qin" in "Qin Gang", "Xi" in "Xi Jinping"), when no name ends in it; not an
      // organisation named after a person ("Clinton Foundation", "Trump Tower").
      for (Mention m : mentions()) {
        List<String> w = m.words();
        if (w.size() == 2 && w.get(0).equals(last) && !ORGANISATION_WORDS.contains(lower(w.get(1)))) {
          best = w;
          break;
        }
      }
    }
    return String.join(" ", best);
  }

  /**
   * How voices group a resolved speaker across a story's articles and outlets: a name by its last word, lower-case
   * ("Xi Jinping", "President Xi" and "Xi" are "xi"); a description as written, lower-case ("the campaign"); null
   * for none or for a pronoun left unresolved.
   */
  static String key(String resolved) {
    if (resolved == null || resolved.isBlank() || Speech.isPronoun(resolved)) {
      return null;
    }
    if (Speech.isName(resolved)) {
      List<String> words = core(resolved);
      if (!words.isEmpty()) {
        return POSSESSIVE.matcher(lower(words.get(words.size() - 1))).replaceAll("");
      }
    }
    return resolved.toLowerCase(Locale.ROOT).strip();
  }

  /** The words of a name without titles, leading articles, possessives or trailing punctuation. */
  public static List<String> core(String name) {
    List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
    // A possessive before the name is not part of it: "China's President Xi Jinping" is Xi Jinping.
    while (words.size() > 1 && POSSESSIVE.matcher(words.get(0)).find()) {
      words.remove(0);
    }
    words.replaceAll(w -> POSSESSIVE_OR_STOP.matcher(w).replaceAll(""));
    words.removeIf(String::isEmpty);
    while (words.size() > 1 && lower(words.get(0)).equals("the")) {
      words.remove(0);
    }
    // Titles and what comes before them: "Chinese Foreign Minister Wang Yi" is Wang Yi, "Sen. Bob Menendez" Bob
    // Menendez; a name of titles alone ("White House") is kept whole.
    int lastTitle = -1;
    for (int i = 0; i < words.size() - 1; i++) {
      String w = lower(words.get(i));
      if (Speech.TITLES.contains(w) || w.equals("the")) {
        lastTitle = i;
      }
    }
    List<String> rest = new ArrayList<>(words.subList(lastTitle + 1, words.size()));
    if (rest.size() == 1 && Speech.TITLES.contains(lower(rest.get(0)))) {
      return words;
    }
    return rest;
  }

  /** Whether {@code word} is a title written before a name ("Mr.", "President", "Foreign", "Minister"). */
  public static boolean isTitle(String word) {
    return Speech.TITLES.contains(lower(word));
  }

  private static String lower(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
