package org.parallax.bench;

/**
 * Maps character offsets of an article's text as given (a corpus's gold offsets) to offsets in the text the job
 * analysed (articles.text, after cleaning: white space normalised, boilerplate lines dropped). The two are
 * walked together: equal characters map to each other, white space on either side is skipped, and where they
 * part (a line the cleaner dropped) the given text's line is skipped. A character with no counterpart maps to -1.
 */
final class OffsetMap {
  private final int[] map;

  OffsetMap(String given, String analysed) {
    map = new int[given.length() + 1];
    java.util.Arrays.fill(map, -1);
    int i = 0;
    int j = 0;
    while (i < given.length() && j <= analysed.length()) {
      char a = given.charAt(i);
      if (j < analysed.length() && same(a, analysed.charAt(j))) {
        map[i++] = j++;
      } else if (Character.isWhitespace(a) || Character.isISOControl(a) || a == '\u200B' || a == '\uFEFF') {
        i++;
      } else if (j < analysed.length() && Character.isWhitespace(analysed.charAt(j))) {
        j++;
      } else {
        // The two part: a repaired character (mojibake in the given text), or a dropped line. Re-anchor on the
        // next 16 characters, a few characters on; else skip the given line and find where the next one is.
        int[] anchor = anchor(given, analysed, i, j);
        if (anchor != null) {
          i = anchor[0];
          j = anchor[1];
        } else {
          int nl = given.indexOf('\n', i);
          i = nl < 0 ? given.length() : nl + 1;
          while (i < given.length() && Character.isWhitespace(given.charAt(i))) {
            i++;
          }
          int key = Math.min(given.length(), i + 24);
          int at = i < key ? analysed.indexOf(given.substring(i, key), j) : -1;
          if (at >= 0 && at - j < 20_000) {
            j = at;
          }
        }
      }
    }
    map[given.length()] = analysed.length();
  }

  private static int[] anchor(String given, String analysed, int i, int j) {
    for (int skip = 1; skip <= 24 && i + skip + 16 <= given.length(); skip++) {
      String key = given.substring(i + skip, i + skip + 16);
      if (key.chars().anyMatch(Character::isWhitespace)) {
        continue;
      }
      int at = analysed.indexOf(key, j);
      if (at >= 0 && at - j <= 48) {
        return new int[] {i + skip, at};
      }
    }
    return null;
  }

  private static boolean same(char a, char b) {
    return a == b || Character.isWhitespace(a) && Character.isWhitespace(b) || a == '\u00A0' && b == ' ';
  }

  /** The analysed-text span of given-text span [start, end), or null when none of it was kept. */
  int[] span(int start, int end) {
    int from = -1;
    int to = -1;
    for (int i = Math.max(0, start); i < Math.min(end, map.length - 1); i++) {
      if (map[i] >= 0) {
        if (from < 0) {
          from = map[i];
        }
        to = map[i] + 1;
      }
    }
    return from < 0 ? null : new int[] {from, to};
  }
}
