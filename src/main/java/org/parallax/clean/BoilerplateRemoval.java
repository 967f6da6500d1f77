package org.parallax.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page chrome from article text with general signals, no per-site phrases. Each non-blank line
 * is a block. A block is boilerplate when:
 *
 * <ul>
 *   <li><b>repeated</b>: it also appears in many other articles of the same outlet (site blurbs,
 *       copyright lines; found by the clean stage across the corpus), or twice in the same article
 *       with a copy among the first or last two blocks (a blurb at top and bottom; a paragraph
 *       duplicated inside the body keeps its first copy);
 *   <li><b>link_list</b>: it is a short line that recurs 3+ times in the article ("Read more »"), the
 *       teaser just before such a marker, or a bulleted line without sentence punctuation (lists of
 *       headlines, tags);
 *   <li><b>breadcrumb</b>: short segments separated by {@code >}, {@code ›} or {@code »};
 *   <li><b>low_content</b>: by the jusText classification (Pomikálek 2011): long blocks dense in stop
 *       words are good; medium ones (and headline-like ones, never good by themselves) are dropped
 *       only between boilerplate on both sides; short ones follow their neighbours. Also up to two
 *       short or headline-like lines heading a list of links. Applied only when the article has good
 *       blocks, so a short article is never emptied by this rule.
 * </ul>
 */
public final class BoilerplateRemoval {
  /** What a removed block was. */
  public enum Kind {
    REPEATED, LINK_LIST, BREADCRUMB, LOW_CONTENT;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The kept text and the number of blocks removed per kind (indexed by {@link Kind#ordinal()}). */
  public record Result(String text, int[] removed, List<Kind> lineKinds) {
    public int removed(Kind k) {
      return removed[k.ordinal()];
    }
  }

  static final int LENGTH_LOW = 70;
  static final int LENGTH_HIGH = 200;
  static final double STOPWORDS_LOW = 0.30;
  static final double STOPWORDS_HIGH = 0.32;
  private static final int MARKER_MAX_WORDS = 5;
  private static final Pattern BULLET = Pattern.compile("^[-•*–·▪►]\\s+\\S.*");
  private static final Pattern BREADCRUMB = Pattern.compile(".*\\S\\s*[>›»]\\s*\\S.*");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…\"”’):]\\s*$");
  private static final Pattern BULLET_ITEM_END = Pattern.compile(".*[.!?…\"”’)]\\s*$");
  private static final int MARKER_MIN_REPEATS = 3;
  private static final int EDGE_BLOCKS = 2;

  private enum Cls { GOOD, NEAR_GOOD, SHORT, BAD }

  private BoilerplateRemoval() {}

  /** Normalised form of a block for repetition checks: lower case, digits as 0, single spaces. */
  public static String normalise(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    normalise(line, sb);
    return sb.toString();
  }

  /**
   * A 64-bit fingerprint of a block's normalised form ({@link #normalise}), computed without building it; 0 for a
   * block that normalises to nothing (blank). What the clean stage counts across an outlet's articles: a long
   * per line is cheaper to build, shuffle and compare than the line. (Two different lines share one with
   * probability about 2^-64 per pair.)
   */
  public static long fingerprint(String line) {
    return normalise(line, null);
  }

  /** normalise's one loop: appends the normalised form to {@code out} (when given), returns its fingerprint. */
  private static long normalise(String line, StringBuilder out) {
    // a character loop: this runs several times for every line of every article
    long h = 0x9E3779B97F4A7C15L;
    int length = 0;
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean white = c < 128 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)
          : Character.isWhitespace(c);
      if (white) {
        space = length > 0;
        continue;
      }
      if (space) {
        h = mix(h, ' ');
        length++;
        if (out != null) {
          out.append(' ');
        }
        space = false;
      }
      // the ASCII fast path of the same rules
      char d = c < 128 ? (c >= '0' && c <= '9' ? '0' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
          : Character.isDigit(c) ? '0' : Character.toLowerCase(c);
      h = mix(h, d);
      length++;
      if (out != null) {
        out.append(d);
      }
    }
    if (length == 0) {
      return 0;
    }
    long f = mix(h, (char) length) ^ length;
    f ^= f >>> 33; // the finaliser of MurmurHash3's 64-bit hash
    f *= 0xff51afd7ed558ccdL;
    f ^= f >>> 33;
    f *= 0xc4ceb9fe1a85ec53L;
    f ^= f >>> 33;
    return f == 0 ? 1 : f;
  }

  private static long mix(long h, char c) {
    long x = (h ^ c) * 0x100000001b3L * 0xff51afd7ed558ccdL;
    return x ^ (x >>> 29);
  }

  /**
   * @param text the article text, one block per line
   * @param repeatedElsewhere fingerprints ({@link #fingerprint}) of blocks that recur across the outlet's articles
   * @param stopwords lower-case stop words of the corpus language
   */
  public static Result apply(String text, Set<Long> repeatedElsewhere, Set<String> stopwords) {
    return apply(text, null, repeatedElsewhere, stopwords);
  }

  /**
   * @param title the article's title (from the input or inferred), or null: a line that repeats it is the
   *     headline, never low-content chrome
   */
  public static Result apply(String text, String title, Set<Long> repeatedElsewhere, Set<String> stopwords) {
    String[] all = text.split("\n", -1);
    List<String> lines = new ArrayList<>();
    for (String l : all) {
      if (!l.isBlank()) {
        lines.add(l.strip());
      }
    }
    int n = lines.size();
    Kind[] kind = new Kind[n];
    Map<String, Integer> counts = new HashMap<>();
    String[] normal = new String[n]; // each line normalised once
    boolean[] recurs = new boolean[n];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.setLength(0);
      long fingerprint = normalise(lines.get(i), sb);
      recurs[i] = repeatedElsewhere.contains(fingerprint);
      normal[i] = sb.toString();
      counts.merge(normal[i], 1, Integer::sum);
    }
    Map<String, Integer> firstAt = new HashMap<>();
    Set<String> atEdge = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String norm = normal[i];
      firstAt.putIfAbsent(norm, i);
      if (i < EDGE_BLOCKS || i >= n - EDGE_BLOCKS) {
        atEdge.add(norm);
      }
    }
    for (int i = 0; i < n; i++) {
      String l = lines.get(i);
      String norm = normal[i];
      int words = words(l);
      boolean duplicate = counts.get(norm) > 1 && words > MARKER_MAX_WORDS;
      if (recurs[i]
          || (duplicate && (atEdge.contains(norm) || firstAt.get(norm) != i))) {
        // a blurb at the top or bottom goes entirely; a paragraph duplicated inside keeps its first copy
        kind[i] = Kind.REPEATED;
      } else if (counts.get(norm) >= MARKER_MIN_REPEATS && words <= MARKER_MAX_WORDS) {
        kind[i] = Kind.LINK_LIST;
        if (i > 0 && kind[i - 1] == null && !isMarker(lines.get(i - 1), normal[i - 1], counts)) {
          kind[i - 1] = Kind.LINK_LIST; // the teaser the marker belongs to
        }
      } else if (BULLET.matcher(l).matches() && !BULLET_ITEM_END.matcher(l).matches()) {
        kind[i] = Kind.LINK_LIST;
      } else if (words <= 40 && BREADCRUMB.matcher(l).matches() && !SENTENCE_END.matcher(l).matches()
          && separators(l) >= 1 && !l.contains("»\"") && !looksLikeQuoteMark(l)) {
        kind[i] = Kind.BREADCRUMB;
      }
    }
    classifyLowContent(lines, normal, kind, stopwords, title == null ? null : normalise(title));
    StringBuilder kept = new StringBuilder();
    int[] removed = new int[Kind.values().length];
    List<Kind> lineKinds = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lineKinds.add(kind[i]);
      if (kind[i] == null) {
        kept.append(kept.length() == 0 ? "" : "\n").append(lines.get(i));
      } else {
        removed[kind[i].ordinal()]++;
      }
    }
    return new Result(kept.toString(), removed, lineKinds);
  }

  private static void classifyLowContent(List<String> lines, String[] normal, Kind[] kind, Set<String> stopwords,
      String title) {
    int n = lines.size();
    Cls[] cls = new Cls[n];
    boolean anyGood = false;
    for (int i = 0; i < n; i++) {
      if (kind[i] != null) {
        cls[i] = Cls.BAD;
        continue;
      }
      String l = lines.get(i);
      double density = stopwordDensity(l, stopwords);
      boolean headline = !SENTENCE_END.matcher(l).matches();
      if (l.length() < LENGTH_LOW) {
        cls[i] = Cls.SHORT;
      } else if (!headline && l.length() >= LENGTH_HIGH && density >= STOPWORDS_HIGH) {
        cls[i] = Cls.GOOD;
        anyGood = true;
      } else if (density >= STOPWORDS_LOW || !headline) {
        cls[i] = Cls.NEAR_GOOD;
      } else {
        cls[i] = Cls.BAD;
      }
    }
    anyGood |= promoteProseRuns(lines, cls);
    if (!anyGood) {
      return; // no confident body text: keep everything not flagged by a structural signal
    }
    // jusText context rules: a near-good block is boilerplate only when the nearest classified blocks
    // on both sides are; a short block follows its neighbours, and when they disagree it is kept
    // unless it looks like a headline, whose nearer neighbour then decides.
    Cls[] resolved = cls.clone();
    for (int i = 0; i < n; i++) {
      if (cls[i] == Cls.NEAR_GOOD) {
        Cls[] sides = sides(cls, i);
        resolved[i] = sides[0] == Cls.BAD && sides[1] == Cls.BAD ? Cls.BAD : Cls.GOOD;
      }
    }
    Cls[] finalCls = resolved.clone();
    for (int i = 0; i < n; i++) {
      if (resolved[i] == Cls.SHORT) {
        Cls[] sides = sides(resolved, i);
        if (sides[0] == sides[1]) {
          finalCls[i] = sides[0];
        } else {
          finalCls[i] = SENTENCE_END.matcher(lines.get(i)).matches() ? Cls.GOOD : nearer(resolved, i);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (kind[i] == null && finalCls[i] == Cls.BAD && !normal[i].equals(title)) {
        kind[i] = Kind.LOW_CONTENT;
      }
    }
    // List headers: up to two short or headline-like lines right before a list of 3+ links.
    for (int i = 0; i + 3 <= n; i++) {
      boolean runStarts = kind[i] == null && i + 3 <= n && kind[i + 1] == Kind.LINK_LIST
          && kind[i + 2] == Kind.LINK_LIST && i + 3 < n && kind[i + 3] == Kind.LINK_LIST;
      for (int j = i, back = 0; runStarts && j >= 0 && back < 2; j--, back++) {
        String l = lines.get(j);
        if (kind[j] != null || cls[j] == Cls.GOOD || normal[j].equals(title)
            || !(l.length() < LENGTH_LOW || !SENTENCE_END.matcher(l).matches())) {
          break;
        }
        kind[j] = Kind.LOW_CONTENT;
      }
    }
  }

  /**
   * News paragraphs are often one sentence, shorter than jusText's long-block length. Two or more
   * adjacent near-good blocks that end like sentences, twice the short-block length together, are prose.
   */
  private static boolean promoteProseRuns(List<String> lines, Cls[] cls) {
    boolean any = false;
    int i = 0;
    while (i < cls.length) {
      int j = i;
      int chars = 0;
      while (j < cls.length && cls[j] == Cls.NEAR_GOOD && SENTENCE_END.matcher(lines.get(j)).matches()) {
        chars += lines.get(j).length();
        j++;
      }
      if (j - i >= 2 && chars >= 2 * LENGTH_LOW) {
        for (int k = i; k < j; k++) {
          cls[k] = Cls.GOOD;
        }
        any = true;
      }
      i = Math.max(j, i + 1);
    }
    return any;
  }

  /** The nearest GOOD/BAD class before and after block i; a missing side mirrors the other (GOOD if both). */
  private static Cls[] sides(Cls[] cls, int i) {
    Cls before = null;
    for (int j = i - 1; j >= 0 && before == null; j--) {
      if (cls[j] == Cls.GOOD || cls[j] == Cls.BAD) {
        before = cls[j];
      }
    }
    Cls after = null;
    for (int j = i + 1; j < cls.length && after == null; j++) {
      if (cls[j] == Cls.GOOD || cls[j] == Cls.BAD) {
        after = cls[j];
      }
    }
    if (before == null && after == null) {
      return new Cls[] {Cls.GOOD, Cls.GOOD};
    }
    return new Cls[] {before == null ? after : before, after == null ? before : after};
  }

  /** The class of the nearer GOOD/BAD block (GOOD on a tie). */
  private static Cls nearer(Cls[] cls, int i) {
    for (int d = 1; d < cls.length; d++) {
      Cls b = i - d >= 0 ? cls[i - d] : null;
      Cls a = i + d < cls.length ? cls[i + d] : null;
      boolean bd = b == Cls.GOOD || b == Cls.BAD;
      boolean ad = a == Cls.GOOD || a == Cls.BAD;
      if (bd && ad) {
        return b == a ? b : Cls.GOOD;
      }
      if (bd) {
        return b;
      }
      if (ad) {
        return a;
      }
    }
    return Cls.GOOD;
  }

  private static boolean isMarker(String line, String normal, Map<String, Integer> counts) {
    return counts.get(normal) >= MARKER_MIN_REPEATS && words(line) <= MARKER_MAX_WORDS;
  }

  private static int words(String l) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < l.length(); i++) {
      boolean ws = Character.isWhitespace(l.charAt(i));
      if (!ws && !inWord) {
        n++;
      }
      inWord = !ws;
    }
    return n;
  }

  private static int separators(String l) {
    int n = 0;
    for (int i = 1; i + 1 < l.length(); i++) {
      char c = l.charAt(i);
      if ((c == '>' || c == '›' || c == '»') && Character.isWhitespace(l.charAt(i - 1))) {
        n++;
      }
    }
    return n;
  }

  private static boolean looksLikeQuoteMark(String l) {
    return l.contains("«");
  }

  static double stopwordDensity(String l, Set<String> stopwords) {
    // the words are the runs of letters (\p{L}) and apostrophes, found by a character loop (no regex split)
    String lower = l.toLowerCase(Locale.ROOT);
    int words = 0;
    int stop = 0;
    int start = -1;
    for (int i = 0; i <= lower.length(); ) {
      int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
      boolean inWord = cp == '\'' || Character.isLetter(cp);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words++;
        if (stopwords.contains(lower.substring(start, i))) {
          stop++;
        }
        start = -1;
      }
      i += i < lower.length() ? Character.charCount(cp) : 1;
    }
    return words == 0 ? 0 : (double) stop / words;
  }

  static Set<String> set(String[] words) {
    return new HashSet<>(List.of(words));
  }
}
