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

  /** Every evaluative word. */
  public static Set<String> evaluativeWords() {
    Set<String> all = new HashSet<>(MODIFIERS);
    all.addAll(VALENCE.keySet());
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
