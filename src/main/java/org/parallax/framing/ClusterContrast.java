package org.parallax.framing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parallax.sentences.SentenceSplitter;

/**
 * One story's framing contrast, in memory (a story's articles are few): for each outlet, the words it uses
 * more than the story's other outlets and the words it avoids, ranked, with p-values, the sentence that
 * shows each, the phrase around it, and for an avoided word the word the outlet writes instead.
 */
public final class ClusterContrast implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many times an outlet wrote a word (by spelling key) in the story, with the word's corpus prior. */
  public record WordCount(String outlet, String key, String term, long count, double priorWeight,
      double priorTotal, int evaluativeLists) implements Serializable {}

  /** A body sentence of the story: its content words as written. */
  public record Sentence(String articleId, String outlet, int index, int start, int end, String text,
      List<String> terms) implements Serializable {}

  /** A framing_terms row. Evidence fields are null when no sentence holds the word. */
  public record Term(String outlet, String versus, String direction, int rank, String key, String term,
      int evaluativeLists, long count, long countRest, double logOdds, double z, double pValue, boolean reliable,
      String phrase, Sentence evidence, String instead, Sentence insteadEvidence) {}

  private final int topTerms;
  private final int minCount;
  private final double maxP;
  private final Map<String, Set<String>> houseStyle;
  private final int minSharedNeighbours;
  private final int maxPairwiseOutlets;

  /**
   * @param houseStyle per outlet, the spelling keys of its house style: left out of what it uses, and out of
   *     what any outlet of a story it covers avoids
   * @param minSharedNeighbours the fewest neighbouring words a used word must share with an avoided one to be
   *     named as written instead
   * @param maxPairwiseOutlets stories of 3 to this many outlets also get every outlet against every other
   *     (rows with {@code versus}); 0 = none
   */
  public ClusterContrast(int topTerms, int minCount, double maxP, Map<String, Set<String>> houseStyle,
      int minSharedNeighbours, int maxPairwiseOutlets) {
    this.minSharedNeighbours = minSharedNeighbours;
    this.maxPairwiseOutlets = maxPairwiseOutlets;
    this.topTerms = topTerms;
    this.minCount = minCount;
    this.maxP = maxP;
    this.houseStyle = houseStyle;
  }

  private record Candidate(String outlet, String key, long yi, long yj, double logOdds, double z, double pShare,
      int evaluativeLists) {}

  /**
   * Each outlet against the rest of the story ({@code versus} null), then, for stories of 3 to
   * maxPairwiseOutlets outlets, each outlet against each other one.
   */
  public List<Term> contrast(List<WordCount> counts, List<Sentence> sentences) {
    StoryIndex index = new StoryIndex(sentences);
    List<Term> out = new ArrayList<>(contrast(counts, index, null));
    TreeSet<String> outlets = new TreeSet<>();
    counts.forEach(c -> outlets.add(c.outlet()));
    if (outlets.size() >= 3 && outlets.size() <= maxPairwiseOutlets) {
      List<String> all = new ArrayList<>(outlets);
      for (int a = 0; a < all.size(); a++) {
        for (int b = a + 1; b < all.size(); b++) {
          Set<String> pair = Set.of(all.get(a), all.get(b));
          List<WordCount> two = counts.stream().filter(c -> pair.contains(c.outlet())).toList();
          String first = all.get(a);
          String second = all.get(b);
          out.addAll(contrast(two, index, o -> o.equals(first) ? second : first));
        }
      }
    }
    return out;
  }

  private List<Term> contrast(List<WordCount> counts, StoryIndex index,
      java.util.function.UnaryOperator<String> versusOf) {
    Map<String, Map<String, Long>> byOutlet = new TreeMap<>();
    Map<String, WordCount> word = new HashMap<>();
    Map<String, Long> perKey = new HashMap<>(); // the candidates are sorted below, to the key
    Map<String, Long> perOutlet = new TreeMap<>();
    long total = 0;
    for (WordCount c : counts) {
      byOutlet.computeIfAbsent(c.outlet(), k -> new HashMap<>()).merge(c.key(), c.count(), Long::sum);
      word.putIfAbsent(c.key(), c);
      perKey.merge(c.key(), c.count(), Long::sum);
      perOutlet.merge(c.outlet(), c.count(), Long::sum);
      total += c.count();
    }
    if (perOutlet.size() < 2) {
      return List.of(); // nothing to compare with
    }
    Set<String> storyHouse = new HashSet<>();
    for (String outlet : perOutlet.keySet()) {
      storyHouse.addAll(houseStyle.getOrDefault(outlet, Set.of()));
    }
    // A word an outlet never writes is a candidate only if the others write it often enough: each outlet
    // scores its own words and the story's frequent ones, not every word of the story.
    List<Map.Entry<String, Long>> frequent = new ArrayList<>();
    for (Map.Entry<String, Long> k : perKey.entrySet()) {
      if (k.getValue() >= minCount) {
        frequent.add(k);
      }
    }
    List<Candidate> ranked = new ArrayList<>();
    for (Map.Entry<String, Long> o : perOutlet.entrySet()) {
      String outlet = o.getKey();
      Scoring scoring = new Scoring(outlet, o.getValue(), total, houseStyle.getOrDefault(outlet, Set.of()),
          storyHouse, word);
      Map<String, Long> own = byOutlet.get(outlet);
      for (Map.Entry<String, Long> k : own.entrySet()) {
        if (k.getValue() > 0) {
          scoring.score(k.getKey(), k.getValue(), perKey.get(k.getKey()) - k.getValue());
        }
      }
      for (Map.Entry<String, Long> k : frequent) {
        if (own.getOrDefault(k.getKey(), 0L) == 0) {
          scoring.score(k.getKey(), 0, k.getValue());
        }
      }
      // The lists are cut in a total order (ending with the key): the order words were scored in is not seen.
      ranked.addAll(top(scoring.uses, true, word));
      ranked.addAll(top(scoring.avoids, false, word));
    }
    return withEvidence(ranked, word, index, perOutlet.keySet(), versusOf);
  }

  /** One outlet's words scored against the rest of the story (Monroe et al.'s log-odds with a prior). */
  private static final class Scoring {
    final String outlet;
    final long ni;
    final long nj;
    final long total;
    final Set<String> ownHouse;
    final Set<String> storyHouse;
    final Map<String, WordCount> word;
    final List<Candidate> uses = new ArrayList<>();
    final List<Candidate> avoids = new ArrayList<>();

    Scoring(String outlet, long ni, long total, Set<String> ownHouse, Set<String> storyHouse,
        Map<String, WordCount> word) {
      this.outlet = outlet;
      this.ni = ni;
      this.nj = total - ni;
      this.total = total;
      this.ownHouse = ownHouse;
      this.storyHouse = storyHouse;
      this.word = word;
    }

    void score(String key, long yi, long yj) {
      WordCount w = word.get(key);
      double aw = w.priorWeight();
      double a0 = w.priorTotal();
      double delta = Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
      double z = delta / Math.sqrt(1.0 / (yi + aw) + 1.0 / (yj + aw));
      // The direction is the plain rates' (yi / ni against yj / nj); the prior only shrinks the size.
      int rates = Long.compare(yi * nj, yj * ni);
      if (rates == 0 || (rates > 0) != (z > 0)) {
        return;
      }
      List<Candidate> into = z > 0 && !ownHouse.contains(key) ? uses
          : z < 0 && !storyHouse.contains(key) ? avoids : null;
      if (into != null) {
        into.add(new Candidate(outlet, key, yi, yj, delta, z, (double) ni / total, w.evaluativeLists()));
      }
    }
  }

  private List<Candidate> top(List<Candidate> candidates, boolean uses, Map<String, WordCount> word) {
    Comparator<Candidate> order = (a, b) -> {
      int c = Integer.compare(b.evaluativeLists(), a.evaluativeLists());
      if (c == 0) {
        c = Double.compare(-Math.abs(a.z()), -Math.abs(b.z()));
      }
      if (c == 0) {
        c = uses ? Long.compare(b.yi(), a.yi()) : Long.compare(b.yj(), a.yj());
      }
      return c != 0 ? c : a.key().compareTo(b.key());
    };
    // The first topTerms in that (total) order, kept in a bounded heap whose head is the last kept: a large
    // story's outlet has thousands of candidates, and only the first few are shown.
    java.util.PriorityQueue<Candidate> kept = new java.util.PriorityQueue<>(topTerms + 1, order.reversed());
    for (Candidate c : candidates) {
      if (kept.size() < topTerms) {
        kept.add(c);
      } else if (topTerms > 0 && order.compare(c, kept.peek()) < 0) {
        kept.poll();
        kept.add(c);
      }
    }
    List<Candidate> out = new ArrayList<>(kept);
    out.sort(order);
    return out;
  }

  /**
   * A story's sentences indexed once (the outlet-against-rest contrast and every pair read it): per outlet,
   * the first sentence (by article and position) holding each spelling key, each key's neighbouring keys,
   * and each sentence's words for phrases.
   */
  private static final class StoryIndex {
    final Map<String, Map<String, Sentence>> first = new HashMap<>();
    final Map<String, Map<String, Set<String>>> neighbours = new HashMap<>();
    private final Map<Sentence, Phrases.Words> words = new java.util.IdentityHashMap<>();

    StoryIndex(List<Sentence> sentences) {
      List<Sentence> ordered = new ArrayList<>(sentences);
      ordered.sort(Comparator.comparing(Sentence::articleId).thenComparingInt(Sentence::index));
      for (Sentence s : ordered) {
        List<String> terms = s.terms();
        String[] keys = new String[terms.size()];
        for (int i = 0; i < keys.length; i++) {
          keys[i] = SentenceSplitter.fold(terms.get(i));
        }
        Map<String, Sentence> f = first.computeIfAbsent(s.outlet(), k -> new HashMap<>());
        Map<String, Set<String>> n = neighbours.computeIfAbsent(s.outlet(), k -> new HashMap<>());
        for (int i = 0; i < keys.length; i++) {
          f.putIfAbsent(keys[i], s);
          Set<String> around = n.computeIfAbsent(keys[i], k -> new HashSet<>(4));
          if (i > 0) {
            around.add(keys[i - 1]);
          }
          if (i + 1 < keys.length) {
            around.add(keys[i + 1]);
          }
        }
      }
    }

    String phrase(Sentence s, String key) {
      return s == null ? null : words.computeIfAbsent(s, x -> Phrases.words(x.text())).around(key, 2);
    }
  }

  private List<Term> withEvidence(List<Candidate> ranked, Map<String, WordCount> word, StoryIndex index,
      Set<String> outlets, java.util.function.UnaryOperator<String> versusOf) {
    Map<String, Map<String, Sentence>> first = new HashMap<>();
    Map<String, Map<String, Set<String>>> neighbours = new HashMap<>();
    for (String o : outlets) {
      first.put(o, index.first.getOrDefault(o, Map.of()));
      neighbours.put(o, index.neighbours.getOrDefault(o, Map.of()));
    }
    Map<String, List<Candidate>> usedBy = new LinkedHashMap<>();
    for (Candidate c : ranked) {
      if (c.z() > 0) {
        usedBy.computeIfAbsent(c.outlet(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Term> out = new ArrayList<>();
    Map<String, int[]> rank = new HashMap<>();
    for (Candidate c : ranked) {
      boolean uses = c.z() > 0;
      String direction = uses ? FramingStage.USES : FramingStage.AVOIDS;
      int r = ++rank.computeIfAbsent(c.outlet() + "\u0001" + direction, k -> new int[1])[0];
      long n = c.yi() + c.yj();
      double p = uses ? Binomial.atLeast(c.yi(), n, c.pShare()) : Binomial.atMost(c.yi(), n, c.pShare());
      boolean reliable = p <= maxP && (uses ? c.yi() : c.yj()) >= minCount;
      Sentence evidence = uses ? first.getOrDefault(c.outlet(), Map.of()).get(c.key())
          : firstElsewhere(first, c.outlet(), c.key());
      String instead = null;
      Sentence insteadEvidence = null;
      if (!uses) {
        Set<String> around = new TreeSet<>();
        neighbours.forEach((outlet, n2) -> {
          if (!outlet.equals(c.outlet())) {
            around.addAll(n2.getOrDefault(c.key(), Set.of()));
          }
        });
        int best = minSharedNeighbours - 1;
        for (Candidate b : usedBy.getOrDefault(c.outlet(), List.of())) {
          Set<String> mine = neighbours.getOrDefault(c.outlet(), Map.of()).getOrDefault(b.key(), Set.of());
          int shared = 0;
          for (String x : mine) {
            if (around.contains(x) && !x.equals(c.key()) && !x.equals(b.key())) {
              shared++;
            }
          }
          if (shared > best) {
            best = shared;
            instead = word.get(b.key()).term();
            insteadEvidence = first.getOrDefault(c.outlet(), Map.of()).get(b.key());
          }
        }
      }
      out.add(new Term(c.outlet(), versusOf == null ? null : versusOf.apply(c.outlet()), direction, r, c.key(), word.get(c.key()).term(), word.get(c.key()).evaluativeLists(),
          c.yi(), c.yj(), c.logOdds(), c.z(), p, reliable,
          index.phrase(evidence, c.key()), evidence, instead, insteadEvidence));
    }
    return out;
  }

  private static Sentence firstElsewhere(Map<String, Map<String, Sentence>> first, String outlet, String key) {
    Sentence best = null;
    for (Map.Entry<String, Map<String, Sentence>> e : first.entrySet()) {
      Sentence s = e.getKey().equals(outlet) ? null : e.getValue().get(key);
      if (s != null && (best == null || s.articleId().compareTo(best.articleId()) < 0
          || (s.articleId().equals(best.articleId()) && s.index() < best.index()))) {
        best = s;
      }
    }
    return best;
  }
}
