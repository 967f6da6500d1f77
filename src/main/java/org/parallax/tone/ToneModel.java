package org.parallax.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tone of a sentence toward a target in it: negative, neutral or positive, from a multinomial logistic
 * regression over {@link ToneFeatures}. The weights ship in the jar ({@code tone/model.tsv}); they were trained
 * with MLlib on NewsMTSC (Hamborg &amp; Donnay 2021, MIT) by {@code jobs/benchmark tone-train}, which writes the
 * file again from the corpus, the same way each time.
 */
public final class ToneModel implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final List<String> LABELS = List.of("neg", "neu", "pos");
  public static final String RESOURCE = "/tone/model.tsv";

  private final double[] intercepts;
  private final Map<String, double[]> weights;

  public ToneModel(double[] intercepts, Map<String, double[]> weights) {
    this.intercepts = intercepts.clone();
    this.weights = Map.copyOf(weights);
  }

  /** A prediction: the label, and the probability of each of {@link #LABELS}. */
  public record Tone(String label, double[] probabilities) {
    /** P(pos) - P(neg): -1 (hostile) to +1 (favourable). */
    public double score() {
      return probabilities[2] - probabilities[0];
    }
  }

  public Tone predict(String sentence, int targetStart, int targetEnd) {
    double[] z = intercepts.clone();
    ToneFeatures.visit(sentence, targetStart, targetEnd, (feature, value) -> {
      double[] w = weights.get(feature);
      if (w != null) {
        for (int k = 0; k < z.length; k++) {
          z[k] += w[k] * value;
        }
      }
    });
    double max = Math.max(z[0], Math.max(z[1], z[2]));
    double sum = 0;
    double[] p = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      p[k] = Math.exp(z[k] - max);
      sum += p[k];
    }
    int best = 0;
    for (int k = 0; k < z.length; k++) {
      p[k] /= sum;
      best = p[k] > p[best] ? k : best;
    }
    return new Tone(LABELS.get(best), p);
  }

  /** The model as {@link #read} reads it: the intercept line, then one line per feature, sorted. */
  public String toTsv() {
    StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "intercept\t%.6f\t%.6f\t%.6f%n",
        intercepts[0], intercepts[1], intercepts[2]));
    new java.util.TreeMap<>(weights).forEach((name, v) -> b.append(String.format(java.util.Locale.ROOT,
        "%s\t%.6f\t%.6f\t%.6f%n", name, v[0], v[1], v[2])));
    return b.toString();
  }

  /** The shipped model, read once per JVM (the tasks of an executor share it). */
  public static ToneModel shared() {
    return Shared.MODEL;
  }

  private static final class Shared {
    static final ToneModel MODEL = shipped();
  }

  /** The model shipped in the jar. */
  public static ToneModel shipped() {
    try (InputStream in = ToneModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the tone model " + RESOURCE + " is not in the jar");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the tone model " + RESOURCE, e);
    }
  }

  /**
   * Reads the model's TSV: '#' lines are comments; a line "intercept", then one line per feature, each with the
   * weights for neg, neu and pos.
   */
  static ToneModel read(BufferedReader r) throws IOException {
    double[] intercepts = null;
    Map<String, double[]> w = new HashMap<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] p = line.split("\t");
      double[] v = {Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3])};
      if (p[0].equals("intercept")) {
        intercepts = v;
      } else {
        w.put(p[0], v);
      }
    }
    if (intercepts == null) {
      throw new IOException("the tone model has no intercept line");
    }
    return new ToneModel(intercepts, w);
  }
}
