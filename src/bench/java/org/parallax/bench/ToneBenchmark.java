package org.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.spark.SparkSessions;
import org.parallax.text.Lexicon;
import org.parallax.tone.ToneFeatures;
import org.parallax.tone.ToneModel;

/**
 * Tone toward a target, on files in NewsMTSC's format (sentences with {@code tone}: {@code target_start},
 * {@code target_end}, {@code polarity} neg/neu/pos).
 *
 * <ul>
 *   <li>{@code jobs/benchmark tone [--input FILE]} scores the shipped model ({@link ToneModel#shipped()}) and,
 *       beside it, VADER on the sentence: macro-F1, accuracy and the confusion matrix, over every target of the
 *       file and over the dev split (see below) alone.
 *   <li>{@code jobs/benchmark tone-train [--input FILE] [--write]} trains the model again with MLlib's
 *       multinomial logistic regression on the train split, prints its dev scores, and with {@code --write}
 *       writes {@code src/main/resources/tone/model.tsv}.
 * </ul>
 *
 * The dev split is fixed and never trained on: the sentences whose id hashes to 0 mod 10 (String.hashCode,
 * about a tenth). The shipped model is trained on the other nine tenths only.
 */
final class ToneBenchmark {
  /** Issue 12's target for the shipped model on the dev split: macro-F1 toward the target. */
  static final double TARGET_MACRO_F1 = 0.65;
  /** What CI holds the shipped model to on the dev split: the target (the shipped model gives 0.6519). */
  static final double FLOOR_MACRO_F1 = TARGET_MACRO_F1;
  /** Features seen in fewer training targets than this are left out of the model. */
  static final int MIN_FEATURE_COUNT = 2;
  static final double[] REG_GRID = {0.001, 0.003, 0.01, 0.03};
  static final int FOLDS = 3;
  static final double ELASTIC_NET = 0.0;
  static final Path MODEL = Path.of("src/main/resources/tone/model.tsv");

  private ToneBenchmark() {}

  record Target(String id, String sentence, int start, int end, int label) {
    boolean dev() {
      return Math.floorMod(id.hashCode(), 10) == 0;
    }
  }

  static List<Target> read(Path input) throws Exception {
    List<Target> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = json.readTree(line);
        for (JsonNode t : a.path("tone")) {
          int label = ToneModel.LABELS.indexOf(t.path("polarity").asText());
          if (label >= 0) {
            out.add(new Target(a.path("id").asText(), a.path("text").asText(""), t.path("target_start").asInt(),
                t.path("target_end").asInt(), label));
          }
        }
      }
    }
    return out;
  }

  static int score(Path input, boolean check, PrintStream out) throws Exception {
    List<Target> targets = read(input);
    ToneModel model = ToneModel.shipped();
    out.printf(Locale.ROOT, "input %s: %d targets, %d in the dev split%n", input, targets.size(),
        targets.stream().filter(Target::dev).count());
    double devF1 = 0;
    for (boolean devOnly : new boolean[] {false, true}) {
      int[][] confusion = new int[3][3];
      int[][] vader = new int[3][3];
      long t0 = System.nanoTime();
      int n = 0;
      for (Target t : targets) {
        if (devOnly && !t.dev()) {
          continue;
        }
        confusion[t.label()][ToneModel.LABELS.indexOf(model.predict(t.sentence(), t.start(), t.end()).label())]++;
        vader[t.label()][vaderLabel(t.sentence())]++;
        n++;
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      String what = devOnly ? "dev split" : "all targets";
      print(out, "model, " + what, confusion);
      print(out, "VADER on the sentence, " + what, vader);
      out.printf(Locale.ROOT, "(%d targets scored in %.0f ms with both)%n", n, ms);
      if (devOnly) {
        devF1 = macroF1(confusion);
      }
    }
    out.printf(Locale.ROOT, "dev macro-F1 %.4f: issue 12's target %.2f %s%n", devF1, TARGET_MACRO_F1,
        devF1 >= TARGET_MACRO_F1 ? "met" : "NOT met");
    if (check && devF1 < FLOOR_MACRO_F1) {
      out.printf(Locale.ROOT, "FAIL: dev macro-F1 %.4f is below the floor %.2f%n", devF1, FLOOR_MACRO_F1);
      return 1;
    }
    return 0;
  }

  static int train(Path input, boolean write, PrintStream out) throws Exception {
    List<Target> targets = read(input);
    List<Target> train = targets.stream().filter(t -> !t.dev()).toList();
    SparkSession spark = SparkSessions.create("parallax-tone-train");
    try {
      // The regularisation is chosen by 3-fold cross-validation on the train split (folds by id hash), never on dev.
      double best = Double.NaN;
      double bestF1 = -1;
      for (double reg : REG_GRID) {
        double f1 = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
          final int k = fold;
          List<Target> in = train.stream().filter(t -> fold(t) != k).toList();
          List<Target> held = train.stream().filter(t -> fold(t) == k).toList();
          f1 += macroF1(confusion(fit(spark, in, reg), held)) / FOLDS;
        }
        out.printf(Locale.ROOT, "regParam %.4f: %d-fold cross-validated macro-F1 on the train split %.4f%n", reg, FOLDS,
            f1);
        if (f1 > bestF1) {
          bestF1 = f1;
          best = reg;
        }
      }
      long t0 = System.nanoTime();
      ToneModel model = fit(spark, train, best);
      out.printf(Locale.ROOT, "trained on %d targets with regParam %.4f in %.1f s%n", train.size(), best,
          (System.nanoTime() - t0) / 1e9);
      print(out, "retrained model, dev split", confusion(model, targets.stream().filter(Target::dev).toList()));
      if (write) {
        Files.createDirectories(MODEL.getParent());
        try (Writer wr = Files.newBufferedWriter(MODEL, StandardCharsets.UTF_8)) {
          wr.write("# Tone toward a target: multinomial logistic regression (MLlib) over org.parallax.tone.ToneFeatures.\n");
          wr.write("# Trained by 'jobs/benchmark tone-train --write' on NewsMTSC's train split (Hamborg & Donnay, EACL "
              + "2021; annotations MIT): the sentences whose id does not hash to 0 mod 10; regParam " + best
              + " (chosen by " + FOLDS + "-fold cross-validation on that split), features seen " + MIN_FEATURE_COUNT
              + "+ times.\n");
          wr.write("# feature\tneg\tneu\tpos\n");
          wr.write(model.toTsv());
        }
        out.println("wrote " + MODEL);
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static int fold(Target t) {
    return Math.floorMod(t.id().hashCode() / 10, FOLDS);
  }

  private static int[][] confusion(ToneModel model, List<Target> targets) {
    int[][] c = new int[3][3];
    for (Target t : targets) {
      c[t.label()][ToneModel.LABELS.indexOf(model.predict(t.sentence(), t.start(), t.end()).label())]++;
    }
    return c;
  }

  /** Multinomial logistic regression on these targets' features (those seen in 2+ of them). */
  static ToneModel fit(SparkSession spark, List<Target> train, double reg) {
    Map<String, Integer> counts = new HashMap<>();
    List<Map<String, Double>> features = new ArrayList<>();
    for (Target t : train) {
      Map<String, Double> f = ToneFeatures.of(t.sentence(), t.start(), t.end());
      features.add(f);
      f.keySet().forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    TreeMap<String, Integer> index = new TreeMap<>();
    counts.entrySet().stream().filter(e -> e.getValue() >= MIN_FEATURE_COUNT).map(Map.Entry::getKey).sorted()
        .forEach(k -> index.put(k, index.size()));
    List<String> names = new ArrayList<>(index.keySet());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      rows.add(RowFactory.create((double) train.get(i).label(), vector(features.get(i), index)));
    }
    StructType schema = new StructType().add("label", DataTypes.DoubleType).add("features", SQLDataTypes.VectorType());
    Dataset<Row> data = spark.createDataFrame(rows, schema).coalesce(1);
    LogisticRegressionModel lr = new LogisticRegression().setFamily("multinomial").setRegParam(reg)
        .setElasticNetParam(ELASTIC_NET).setMaxIter(200).setTol(1e-6).setStandardization(false).fit(data);
    Matrix w = lr.coefficientMatrix();
    Map<String, double[]> weights = new HashMap<>();
    for (int j = 0; j < names.size(); j++) {
      double[] v = {w.apply(0, j), w.apply(1, j), w.apply(2, j)};
      if (v[0] != 0 || v[1] != 0 || v[2] != 0) {
        weights.put(names.get(j), v);
      }
    }
    return new ToneModel(lr.interceptVector().toArray(), weights);
  }

  private static Vector vector(Map<String, Double> f, Map<String, Integer> index) {
    TreeMap<Integer, Double> sorted = new TreeMap<>();
    f.forEach((k, v) -> {
      Integer i = index.get(k);
      if (i != null) {
        sorted.put(i, v);
      }
    });
    return Vectors.sparse(index.size(), sorted.keySet().stream().mapToInt(Integer::intValue).toArray(),
        sorted.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** VADER's sentence label by its usual cut: the summed valence (negation-damped) beyond +-0.05 once normalised. */
  static int vaderLabel(String sentence) {
    double sum = 0;
    String[] words = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    for (int i = 0; i < words.length; i++) {
      Double v = Lexicon.valence(words[i]);
      if (v != null) {
        boolean negated = i > 0 && (words[i - 1].equals("not") || words[i - 1].endsWith("n't")
            || words[i - 1].equals("never") || words[i - 1].equals("no"));
        sum += negated ? -0.74 * v : v;
      }
    }
    double compound = sum / Math.sqrt(sum * sum + 15);
    return compound >= 0.05 ? 2 : compound <= -0.05 ? 0 : 1;
  }

  static double macroF1(int[][] c) {
    double f = 0;
    for (int k = 0; k < 3; k++) {
      double tp = c[k][k];
      double predicted = c[0][k] + c[1][k] + c[2][k];
      double actual = c[k][0] + c[k][1] + c[k][2];
      double p = predicted == 0 ? 0 : tp / predicted;
      double r = actual == 0 ? 0 : tp / actual;
      f += p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    return f / 3;
  }

  private static void print(PrintStream out, String what, int[][] c) {
    int n = 0;
    int right = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        n += c[i][j];
        right += i == j ? c[i][j] : 0;
      }
    }
    out.printf(Locale.ROOT, "%s: macro-F1 %.4f, accuracy %.4f (%d targets)%n", what, macroF1(c),
        n == 0 ? 0.0 : (double) right / n, n);
    out.println("  gold \\ predicted    neg    neu    pos");
    for (int i = 0; i < 3; i++) {
      out.printf(Locale.ROOT, "  %-18s %6d %6d %6d%n", ToneModel.LABELS.get(i), c[i][0], c[i][1], c[i][2]);
    }
  }
}
