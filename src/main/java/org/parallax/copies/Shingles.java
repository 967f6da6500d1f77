package org.parallax.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word shingles of a text: every run of {@code k} consecutive words (lower-cased, punctuation ignored),
 * hashed to 64 bits. Two texts that share a passage share its shingles, whatever surrounds it, so the
 * share of one text's shingles found in the other (containment, Broder 1997) finds partial copies too.
 */
public final class Shingles {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Shingles() {}

  /** A text's shingle hashes in text order, and the character span of each shingle. */
  public record Sequence(long[] hashes, int[] starts, int[] ends) {
    public int size() {
      return hashes.length;
    }

    /** The distinct hashes, sorted. */
    public long[] distinctSorted() {
      long[] sorted = hashes.clone();
      Arrays.sort(sorted);
      int n = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[n++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, n);
    }
  }

  public static Sequence of(String text, int k) {
    List<int[]> words = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
      tokens.add(m.group().toLowerCase(Locale.ROOT));
    }
    int n = Math.max(0, tokens.size() - k + 1);
    long[] hashes = new long[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    // A shingle's hash runs h = 31 h + c over each token's characters, then h = h G + 0x7F, token after token.
    // Per token that is one affine map of h (times a, plus b, modulo 2^64): computed once per token, a
    // shingle's hash is k of them, not k tokens' characters again.
    long[] a = new long[tokens.size()];
    long[] b = new long[tokens.size()];
    for (int j = 0; j < tokens.size(); j++) {
      String t = tokens.get(j);
      long power = 1;
      long poly = 0;
      for (int c = 0; c < t.length(); c++) {
        power *= 31;
        poly = 31 * poly + t.charAt(c);
      }
      a[j] = power * 0x9E3779B97F4A7C15L;
      b[j] = poly * 0x9E3779B97F4A7C15L + 0x7F;
    }
    for (int i = 0; i < n; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + k; j++) {
        h = a[j] * h + b[j];
      }
      hashes[i] = mix(h);
      starts[i] = words.get(i)[0];
      ends[i] = words.get(i + k - 1)[1];
    }
    return new Sequence(hashes, starts, ends);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** Share of {@code a}'s distinct shingles that are also in {@code b} (0 when a has none). */
  public static double containment(long[] aSorted, long[] bSorted) {
    if (aSorted.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < aSorted.length && j < bSorted.length) {
      if (aSorted[i] == bSorted[j]) {
        shared++;
        i++;
        j++;
      } else if (aSorted[i] < bSorted[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / aSorted.length;
  }

  /**
   * The longest passage of {@code text} (whose shingles are {@code seq}) made of consecutive shingles
   * that all occur in {@code otherSorted}; null when none is shared.
   */
  public static String longestSharedPassage(String text, Sequence seq, long[] otherSorted, int maxChars) {
    int bestStart = -1;
    int bestLen = 0;
    int runStart = -1;
    for (int i = 0; i <= seq.size(); i++) {
      boolean shared = i < seq.size() && Arrays.binarySearch(otherSorted, seq.hashes()[i]) >= 0;
      if (shared && runStart < 0) {
        runStart = i;
      } else if (!shared && runStart >= 0) {
        if (i - runStart > bestLen) {
          bestLen = i - runStart;
          bestStart = runStart;
        }
        runStart = -1;
      }
    }
    if (bestStart < 0) {
      return null;
    }
    int from = seq.starts()[bestStart];
    int to = seq.ends()[bestStart + bestLen - 1];
    String passage = text.substring(from, to).replaceAll("\\s+", " ");
    return passage.length() <= maxChars ? passage : passage.substring(0, maxChars - 1).stripTrailing() + "…";
  }
}
