package org.parallax.framing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.sentences.SentenceSplitter;

/**
 * What a story's outlets say in common and apart, in memory for one story: two sentences of different
 * outlets carry the same statement when they share at least {@code minShared} content words and at least
 * {@code similarity} of the shorter one's words (the overlap coefficient, which lets a longer rewording
 * match). A statement carried by at least {@code coreShare} of the story's outlets (and two or more) is
 * core; one no other outlet carries is unique to its outlet; a core statement an outlet has no sentence
 * for is omitted by it. A sentence that repeats another outlet's nearly word for word (at least 8 shared
 * words, 90% of the shorter sentence's) is verbatim: wire copy or a republication.
 */
public final class Statements implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String CORE = "core";
  public static final String UNIQUE = "unique";
  public static final String OMITTED = "omitted";
  public static final String VERBATIM = "verbatim";
  /** Near-verbatim: at least this share of the shorter sentence's words ... */
  static final double VERBATIM_OVERLAP = 0.9;
  /** ... and at least this many shared words. */
  static final int VERBATIM_WORDS = 8;

  /** A statement row: {@code outlet} is the outlet it is about; the sentence may be another outlet's. */
  public record Statement(String outlet, String kind, int rank, ClusterContrast.Sentence sentence,
      int outletsCarrying, int outletsInStory, double support, double closest) {}

  private final int minWords;
  private final int minShared;
  private final double similarity;
  private final double coreShare;
  private final int top;

  public Statements(int minWords, int minShared, double similarity, double coreShare, int top) {
    this.minWords = minWords;
    this.minShared = minShared;
    this.similarity = similarity;
    this.coreShare = coreShare;
    this.top = top;
  }

  public List<Statement> find(List<ClusterContrast.Sentence> all) {
    Set<String> outlets = new TreeSet<>();
    all.forEach(s -> outlets.add(s.outlet()));
    List<ClusterContrast.Sentence> sentences = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    List<ClusterContrast.Sentence> ordered = new ArrayList<>(all);
    ordered.sort(Comparator.comparing(ClusterContrast.Sentence::articleId)
        .thenComparingInt(ClusterContrast.Sentence::index));
    for (ClusterContrast.Sentence s : ordered) {
      Set<String> keys = new LinkedHashSet<>();
      s.terms().forEach(t -> keys.add(SentenceSplitter.fold(t)));
      if (keys.size() >= minWords) {
        sentences.add(s);
        words.add(keys);
      }
    }
    int n = sentences.size();
    // Sentence ids per word, and each sentence's outlet as a number: the pair counts below are the hot loop.
    Map<String, List<Integer>> postingLists = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String k : words.get(i)) {
        postingLists.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> postings = new HashMap<>();
    postingLists.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    Map<String, Integer> outletIds = new HashMap<>();
    int[] outletOf = new int[n];
    for (int i = 0; i < n; i++) {
      outletOf[i] = outletIds.computeIfAbsent(sentences.get(i).outlet(), k -> outletIds.size());
    }
    int[] sharedCount = new int[n];
    int[] touched = new int[n];
    List<Map<String, Integer>> verbatim = new ArrayList<>();
    List<Set<String>> carriedBy = new ArrayList<>();
    List<List<Integer>> matches = new ArrayList<>();
    double[] closest = new double[n];
    for (int i = 0; i < n; i++) {
      int touchedCount = 0;
      for (String k : words.get(i)) {
        for (int j : postings.get(k)) {
          if (outletOf[j] != outletOf[i]) {
            if (sharedCount[j]++ == 0) {
              touched[touchedCount++] = j;
            }
          }
        }
      }
      // In sentence order, as the rows were before (first match first).
      java.util.Arrays.sort(touched, 0, touchedCount);
      Map<Integer, Integer> shared = new java.util.LinkedHashMap<>();
      for (int t = 0; t < touchedCount; t++) {
        int j = touched[t];
        if (sharedCount[j] >= Math.min(minShared, VERBATIM_WORDS)) {
          shared.put(j, sharedCount[j]);
        }
        closest[i] = Math.max(closest[i],
            (double) sharedCount[j] / Math.min(words.get(i).size(), words.get(j).size()));
        sharedCount[j] = 0;
      }
      Set<String> carriers = new TreeSet<>(Set.of(sentences.get(i).outlet()));
      List<Integer> matched = new ArrayList<>();
      Map<String, Integer> copiedFrom = new java.util.TreeMap<>();
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        double overlap = (double) e.getValue() / Math.min(words.get(i).size(), words.get(e.getKey()).size());
        if (e.getValue() >= minShared && overlap >= similarity) {
          matched.add(e.getKey());
          carriers.add(sentences.get(e.getKey()).outlet());
        }
        if (e.getValue() >= VERBATIM_WORDS && overlap >= VERBATIM_OVERLAP) {
          // the other outlet's first sentence (in article and sentence order) this one repeats
          copiedFrom.merge(sentences.get(e.getKey()).outlet(), e.getKey(), Math::min);
        }
      }
      verbatim.add(copiedFrom);
      carriedBy.add(carriers);
      matches.add(matched);
    }
    List<Statement> out = new ArrayList<>();
    int story = outlets.size();
    Map<String, List<Statement>> grouped = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int carried = carriedBy.get(i).size();
      ClusterContrast.Sentence s = sentences.get(i);
      double support = (double) carried / story;
      for (Map.Entry<String, Integer> v : verbatim.get(i).entrySet()) {
        ClusterContrast.Sentence theirs = sentences.get(v.getValue());
        add(grouped, new Statement(s.outlet(), VERBATIM, 0, theirs, carried, story, support, round(closest[i])));
      }
      if (carried == 1) {
        add(grouped, new Statement(s.outlet(), UNIQUE, 0, s, 1, story, support, round(closest[i])));
      } else if (support >= coreShare && representative(i, carriedBy, matches)) {
        add(grouped, new Statement(s.outlet(), CORE, 0, s, carried, story, support, round(closest[i])));
        for (String o : outlets) {
          if (!carriedBy.get(i).contains(o)) {
            add(grouped, new Statement(o, OMITTED, 0, s, carried, story, support, round(closest[i])));
          }
        }
      }
    }
    for (List<Statement> g : new java.util.TreeMap<>(grouped).values()) {
      g.sort(Comparator.comparingInt((Statement x) -> -x.outletsCarrying())
          .thenComparingInt(x -> x.sentence().index())
          .thenComparing(x -> x.sentence().articleId()));
      for (int r = 0; r < Math.min(top, g.size()); r++) {
        Statement x = g.get(r);
        out.add(new Statement(x.outlet(), x.kind(), r + 1, x.sentence(), x.outletsCarrying(), x.outletsInStory(),
            x.support(), x.closest()));
      }
    }
    return out;
  }

  /** A core statement is shown once: by the sentence, among those carrying it, with most carriers, then first. */
  private static boolean representative(int i, List<Set<String>> carriedBy, List<List<Integer>> matches) {
    for (int j : matches.get(i)) {
      int a = carriedBy.get(i).size();
      int b = carriedBy.get(j).size();
      if (b > a || (b == a && j < i)) {
        return false;
      }
    }
    return true;
  }

  private static void add(Map<String, List<Statement>> grouped, Statement s) {
    grouped.computeIfAbsent(s.outlet() + "\u0001" + s.kind(), k -> new ArrayList<>()).add(s);
  }

  private static double round(double x) {
    return Math.round(x * 1e4) / 1e4;
  }
}
