package org.parallax.tone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.Lexicon;
import org.parallax.text.Words;

/**
 * What the tone model reads of a sentence and a target in it (a mention of a person, a party, a country): the
 * sentence's words; the words near the target, before it and after it, apart; and VADER valences (Hutto &amp;
 * Gilbert 2014, shipped in the jar) summed over the sentence and near the target, a negation ("not", "never",
 * "n't") just before a word turning its sign. Words inside quotation marks are kept apart from the outlet's own
 * words ("q:"), so that what a source says is not taken for the outlet's voice. Names are never features: the
 * model learns how a sentence speaks of its target, not whom outlets like.
 */
public final class ToneFeatures {
  /** Words on each side of the target that count as near it. */
  static final int NEAR = 4;
  /** Words on each side of the target that count as before or after it. */
  static final int SIDE = 10;
  private static final Set<String> NEGATORS = Set.of("not", "no", "never", "n't", "without", "nor", "neither",
      "nobody", "nothing", "hardly", "barely", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "wasnt", "wont");

  private static final Set<String> CLITICS = Set.of("s", "t", "re", "ve", "ll", "d", "m");

  private ToneFeatures() {}

  private record Token(String word, int start, int end, boolean quoted, boolean capitalised) {}

  /**
   * The features of {@code sentence} toward the target at [{@code targetStart}, {@code targetEnd}) (a target
   * span outside the sentence, e.g. -1, -1, gives the sentence's features alone), each with its value.
   */
  public static Map<String, Double> of(String sentence, int targetStart, int targetEnd) {
    Map<String, Double> f = new LinkedHashMap<>();
    visit(sentence, targetStart, targetEnd, (key, value) -> f.merge(key, value, Double::sum));
    return f;
  }

  /** Where {@link #visit} sends each feature; a feature may come more than once (its values add up). */
  @FunctionalInterface
  public interface Sink {
    void add(String feature, double value);
  }

  /**
   * The features of {@link #of}, sent one by one to {@code f} without collecting them: a linear model sums
   * weight times value over them, the same whether repeated features are added up first or not.
   */
  public static void visit(String sentence, int targetStart, int targetEnd, Sink f) {
    List<Token> tokens = tokens(sentence);
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= targetStart && t.end() <= targetEnd) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    double valence = 0;
    double near = 0;
    double before = 0;
    double after = 0;
    String previous = "<s>";
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean target = first >= 0 && i >= first && i <= last;
      if (target) {
        previous = "<t>";
        continue;
      }
      String w = t.capitalised() && i > 0 ? "<name>" : t.word();
      String p = t.quoted() ? "q:" : "w:";
      add(f, p + w, 1);
      add(f, "s:" + stem(w), 1);
      add(f, "b:" + previous + "_" + w, 1);
      String bigram = previous + "_" + w;
      previous = w;
      Double v = Lexicon.valence(t.word());
      if (v != null) {
        if (negated(tokens, i)) {
          v = -0.74 * v; // VADER's own damping of a negated word
        }
        valence += v;
        add(f, t.quoted() ? "val:quoted" : "val:own", v / 4);
      }
      if (first < 0) {
        continue;
      }
      int distance = i < first ? first - i : i - last;
      if (distance <= 2) {
        add(f, (i < first ? "l" : "r") + distance + ":" + w, 1); // the words right next to the target
      }
      if (distance <= NEAR) {
        add(f, "n:" + w, 1);
        add(f, "ns:" + stem(w), 1);
        add(f, "nb:" + bigram, 1);
        if (Lexicon.evaluative(t.word())) {
          add(f, "ev:near", 1);
        }
        near += v == null ? 0 : v;
      }
      if (distance <= SIDE) {
        add(f, (i < first ? "l:" : "r:") + w, 1);
        if (v != null) {
          if (i < first) {
            before += v;
          } else {
            after += v;
          }
        }
      }
    }
    add(f, "val:all", valence / 4);
    add(f, "tone:" + (valence >= 1 ? "+" : valence <= -1 ? "-" : "0") + (near >= 1 ? "+" : near <= -1 ? "-" : "0"), 1);
    add(f, "val:near", near / 4);
    add(f, "val:before", before / 4);
    add(f, "val:after", after / 4);
    if (first >= 0) {
      add(f, first == 0 ? "target:first" : "target:later", 1);
      add(f, tokens.get(first).quoted() ? "target:quoted" : "target:own", 1);
    }
  }

  /** A crude stem, so that "attacks", "attacked" and "attacking" share a feature. */
  static String stem(String w) {
    for (String suffix : new String[] {"ingly", "edly", "ing", "ed", "ies", "es", "s", "ly"}) {
      if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }

  private static boolean negated(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (NEGATORS.contains(tokens.get(k).word())) {
        return true;
      }
    }
    return false;
  }

  private static void add(Sink f, String key, double value) {
    f.add(key, value);
  }

  /** The words, lower-case, each marked when it is inside quotation marks or written capitalised. */
  private static List<Token> tokens(String s) {
    boolean[] quoted = quotedChars(s);
    List<Token> out = new ArrayList<>();
    Words.find(s, (a, b) -> {
      String w = s.substring(a, b).toLowerCase(Locale.ROOT);
      if (a > 0 && (s.charAt(a - 1) == '\'' || s.charAt(a - 1) == '\u2019') && CLITICS.contains(w)) {
        return; // the "s" of "Trump's", the "t" of "didn't" (taken with its verb)
      }
      if (b + 1 < s.length() && (s.charAt(b) == '\'' || s.charAt(b) == '\u2019')
          && s.charAt(b + 1) == 't' && w.endsWith("n")) {
        w = w.substring(0, w.length() - 1); // "didn't": "did" and "n't"
        out.add(new Token(w, a, b - 1, quoted[a], Character.isUpperCase(s.charAt(a))));
        out.add(new Token("n't", b - 1, b + 2, quoted[a], false));
        return;
      }
      out.add(new Token(w, a, b, quoted[a], Character.isUpperCase(s.charAt(a))));
    });
    return out;
  }

  private static boolean[] quotedChars(String s) {
    boolean[] q = new boolean[s.length() + 1];
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u201C' || c == '"' && !in) {
        in = true;
      } else if (c == '\u201D' || c == '"') {
        in = false;
      }
      q[i] = in;
    }
    return q;
  }
}
