package org.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.feature.StopWordsRemover;

/**
 * The English word lists Parallax ships in the jar (nothing is downloaded): the full stop list, and the
 * evaluative words a loaded term is drawn from. Each file names its source and licence in its header.
 */
public final class Lexicon {
  private static final Set<String> STOP = load("stopwords-en.txt");
  private static final Map<String, Double> VALENCE = valence();
  private static final Set<String> MODIFIERS = load("modifiers-en.txt");

  private Lexicon() {}

  /**
   * Spark's English stop list plus stopwords-iso's (1,298 words: "one", "also", "made", "mr" ...): words
   * that carry no framing.
   */
  public static Set<String> stopWords() {
    Set<String> all = new HashSet<>(STOP);
    all.addAll(List.of(StopWordsRemover.loadDefaultStopWords("english")));
    return all;
  }

  /** The VADER valence of a word, -4 (most negative) to +4, or null when it has none. */
  public static Double valence(String word) {
    return VALENCE.get(word);
  }

  /**
   * Whether a word is evaluative: it has a VADER valence (Hutto &amp; Gilbert 2014), or it is an adjective or
   * adverb that is never a noun in WordNet 3.0. Loaded words are drawn from these; names and topic nouns
   * are not.
   */
  public static boolean evaluative(String word) {
    return VALENCE.containsKey(word) || MODIFIERS.contains(word);
  }

  /**
   * How many of the two evaluative word lists mark a word: 2 when it has a VADER valence and is a WordNet
   * adjective or adverb never a noun, 1 when only one list has it, 0 when neither does. Two independent lists
   * agreeing are stronger evidence that a word judges rather than names, so framing ranks by this first.
   */
  public static int evaluativeLists(String word) {
    return (VALENCE.containsKey(word) ? 1 : 0) + (MODIFIERS.contains(word) ? 1 : 0);
  }

  /** Every evaluative word, with how many of the two lists mark it ({@link #evaluativeLists}). */
  public static Map<String, Integer> evaluativeWords() {
    Map<String, Integer> all = new HashMap<>();
    for (String w : MODIFIERS) {
      all.put(w, evaluativeLists(w));
    }
    for (String w : VALENCE.keySet()) {
      all.put(w, evaluativeLists(w));
    }
    return all;
  }

  private static Map<String, Double> valence() {
    Map<String, Double> out = new HashMap<>();
    for (String line : lines("valence-en.tsv")) {
      String[] f = line.split("\t");
      out.put(f[0], Double.parseDouble(f[1]));
    }
    return Map.copyOf(out);
  }

  private static Set<String> load(String file) {
    return Set.copyOf(lines(file).stream().map(String::trim).toList());
  }

  private static List<String> lines(String file) {
    try (InputStream in = Lexicon.class.getResourceAsStream("/framing/" + file)) {
      if (in == null) {
        throw new IllegalStateException("framing/" + file + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read framing/" + file + " from the jar", e);
    }
  }
}
