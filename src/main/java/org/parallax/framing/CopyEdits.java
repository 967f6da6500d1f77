package org.parallax.framing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.parallax.sentences.SentenceSplitter;

/**
 * What a copy changed in the article it copies: its headline, the sentences it added and dropped, and the
 * words it substituted in sentences it otherwise kept. Sentences are aligned in order: the same text (case,
 * spacing and quote marks aside) first, then the most similar remaining sentence by content words (overlap
 * coefficient at least {@code similarity}).
 */
public final class CopyEdits implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String HEADLINE = "headline";
  public static final String ADDED = "added";
  public static final String DROPPED = "dropped";
  public static final String SUBSTITUTED = "substituted";

  /** One edit; {@code copy} or {@code original} is null for an added or dropped sentence. */
  public record Edit(String kind, ClusterContrast.Sentence copy, ClusterContrast.Sentence original,
      String removedWords, String addedWords) {}

  private final double similarity;

  public CopyEdits(double similarity) {
    this.similarity = similarity;
  }

  /**
   * @param copyTitle the copy's title sentence, or null; {@code originalTitle} likewise
   * @param copyBody the copy's body sentences in order; {@code originalBody} likewise
   */
  public List<Edit> edits(ClusterContrast.Sentence copyTitle, ClusterContrast.Sentence originalTitle,
      List<ClusterContrast.Sentence> copyBody, List<ClusterContrast.Sentence> originalBody) {
    List<Edit> out = new ArrayList<>();
    String ct = copyTitle == null ? "" : normal(copyTitle.text());
    String ot = originalTitle == null ? "" : normal(originalTitle.text());
    if (!ct.equals(ot)) {
      out.add(new Edit(HEADLINE, copyTitle, originalTitle, null, null));
    }
    int[] match = new int[copyBody.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] used = new boolean[originalBody.size()];
    // The original's sentences by normal form, in order: each copy sentence takes the first unused one.
    Map<String, java.util.ArrayDeque<Integer>> byNormal = new HashMap<>();
    for (int j = 0; j < originalBody.size(); j++) {
      byNormal.computeIfAbsent(normal(originalBody.get(j).text()), k -> new java.util.ArrayDeque<>()).add(j);
    }
    for (int i = 0; i < copyBody.size(); i++) {
      java.util.ArrayDeque<Integer> same = byNormal.get(normal(copyBody.get(i).text()));
      if (same != null && !same.isEmpty()) {
        match[i] = same.poll();
        used[match[i]] = true;
      }
    }
    List<Set<String>> originalKeys = new ArrayList<>(originalBody.size());
    for (ClusterContrast.Sentence o : originalBody) {
      originalKeys.add(keys(o));
    }
    for (int i = 0; i < copyBody.size(); i++) {
      if (match[i] >= 0) {
        continue;
      }
      Set<String> c = keys(copyBody.get(i));
      int best = -1;
      double bestScore = 0;
      for (int j = 0; j < originalBody.size(); j++) {
        if (used[j]) {
          continue;
        }
        double score = overlap(c, originalKeys.get(j));
        if (score >= similarity && score > bestScore) {
          best = j;
          bestScore = score;
        }
      }
      if (best >= 0) {
        used[best] = true;
        match[i] = best;
        Set<String> o = words(originalBody.get(best).text());
        Set<String> w = words(copyBody.get(i).text());
        Set<String> removed = new LinkedHashSet<>(o);
        removed.removeAll(w);
        Set<String> added = new LinkedHashSet<>(w);
        added.removeAll(o);
        if (!removed.isEmpty() || !added.isEmpty()) {
          out.add(new Edit(SUBSTITUTED, copyBody.get(i), originalBody.get(best), String.join(" ", removed),
              String.join(" ", added)));
        }
      } else {
        out.add(new Edit(ADDED, copyBody.get(i), null, null, null));
      }
    }
    for (int j = 0; j < originalBody.size(); j++) {
      if (!used[j]) {
        out.add(new Edit(DROPPED, null, originalBody.get(j), null, null));
      }
    }
    return out;
  }

  private static Set<String> keys(ClusterContrast.Sentence s) {
    Set<String> out = new LinkedHashSet<>();
    s.terms().forEach(t -> out.add(SentenceSplitter.fold(t)));
    return out;
  }

  /** Every word of a sentence, lower-case, in order of first use (stop words included: "not" matters here). */
  private static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    java.util.regex.Matcher m = SentenceSplitter.WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String x : a) {
      if (b.contains(x)) {
        shared++;
      }
    }
    return (double) shared / Math.min(a.size(), b.size());
  }

  static String normal(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      switch (c) {
        case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> b.append('"');
        case '\u2018', '\u2019' -> b.append('\'');
        default -> b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
