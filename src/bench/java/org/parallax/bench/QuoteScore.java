package org.parallax.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores found quotations against PolNeAR's, as issue 12 says. A gold direct quotation is found when a
 * found direct one overlaps at least half of its span (each found one matches at most one gold one). The
 * speaker of a matched quotation is right when, case-insensitively, the gold speaker (as PolNeAR writes it:
 * "he", "Mr. Trump", "the statement") equals the found speaker as written or as resolved, or their last
 * words are the same (a last-name match), or the found last name is a capitalised word of the gold speaker's
 * name before its description ("Kevin Hecht, a Border Patrol expert"; "Patricia Moran of Cheyenne"). An attribution (PolNeAR's {@code attributions}: source, cue and
 * content) is found when a found quotation of any kind overlaps half of its content.
 */
final class QuoteScore {
  /** A span of one article's text: [start, end), with its speaker where it has one. */
  record Span(int start, int end, String speaker) {}

  /** A found quotation: its span, kind, and speaker as written and as resolved. */
  record Found(int start, int end, String kind, String speakerText, String speaker) {}

  long truePositives;
  long falsePositives;
  long falseNegatives;
  long speakerRight;
  long speakerMatched;
  long attributions;
  long attributionsFound;
  long indirectAttributions;
  long indirectAttributionsFound;
  long goldNotLocated;
  final Map<String, Long> foundByKind = new TreeMap<>();
  final List<String> examples = new ArrayList<>();

  /** Adds one article: its gold direct quotations and attribution contents, and what was found. */
  void add(String articleId, String text, List<Span> gold, List<Span> goldAttributions, List<Found> found) {
    found.forEach(f -> foundByKind.merge(f.kind(), 1L, Long::sum));
    List<Found> direct = found.stream().filter(f -> f.kind().equals("direct")).toList();
    boolean[] used = new boolean[direct.size()];
    for (Span g : gold) {
      int hit = -1;
      for (int i = 0; i < direct.size() && hit < 0; i++) {
        Found f = direct.get(i);
        if (!used[i] && overlap(f.start(), f.end(), g.start(), g.end()) * 2 >= g.end() - g.start()) {
          hit = i;
        }
      }
      if (hit < 0) {
        falseNegatives++;
        example("missed", articleId, text, g.start(), g.end(), g.speaker(), null);
        continue;
      }
      used[hit] = true;
      truePositives++;
      if (g.speaker() != null && !g.speaker().isBlank()) {
        speakerMatched++;
        Found f = direct.get(hit);
        if (sameSpeaker(g.speaker(), f.speakerText()) || sameSpeaker(g.speaker(), f.speaker())) {
          speakerRight++;
        } else {
          example("speaker", articleId, text, g.start(), g.end(), g.speaker(), f.speakerText() + " / " + f.speaker());
        }
      }
    }
    for (int i = 0; i < direct.size(); i++) {
      if (!used[i]) {
        falsePositives++;
        Found f = direct.get(i);
        example("extra", articleId, text, f.start(), f.end(), null, f.speakerText());
      }
    }
    for (Span a : goldAttributions) {
      boolean directGold = gold.stream().anyMatch(g -> overlap(g.start(), g.end(), a.start(), a.end()) > 0);
      boolean hit = found.stream().anyMatch(f -> overlap(f.start(), f.end(), a.start(), a.end()) * 2
          >= a.end() - a.start());
      attributions++;
      attributionsFound += hit ? 1 : 0;
      if (!directGold) {
        indirectAttributions++;
        indirectAttributionsFound += hit ? 1 : 0;
      }
    }
  }

  static boolean sameSpeaker(String gold, String found) {
    if (found == null) {
      return false;
    }
    String g = norm(gold);
    String f = norm(found);
    if (g.isEmpty() || f.isEmpty()) {
      return false;
    }
    if (g.equals(f) || last(g).equals(last(f))) {
      return true;
    }
    // A gold speaker with its description ("Kevin Hecht, a Border Patrol tunneling expert", "Patricia Moran of
    // Cheyenne"): the found last name is one of the capitalised words before the first comma.
    String head = gold.contains(",") ? gold.substring(0, gold.indexOf(',')) : gold;
    for (String w : head.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && norm(w).equals(last(f))) {
        return true;
      }
    }
    return false;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s\\b", "").replaceAll("[^\\p{L}\\p{N} ]", " ")
        .replaceAll("\\s+", " ").strip();
  }

  private static String last(String s) {
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  private static int overlap(int a0, int a1, int b0, int b1) {
    return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  }

  private void example(String what, String id, String text, int start, int end, String gold, String found) {
    if (examples.size() < 3000) {
      String s = text.substring(Math.max(0, start - 80), start) + "[[" + text.substring(start, Math.min(end, start + 160))
          + (end > start + 160 ? "..." : "") + "]]" + text.substring(end, Math.min(text.length(), end + 60));
      examples.add(what + "\t" + id + "\t" + (gold == null ? "" : gold) + "\t" + (found == null ? "" : found) + "\t"
          + s.replace('\n', ' ').replace('\t', ' '));
    }
  }

  double precision() {
    return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
  }

  double recall() {
    return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double speakerAccuracy() {
    return speakerMatched == 0 ? 0 : (double) speakerRight / speakerMatched;
  }
}
