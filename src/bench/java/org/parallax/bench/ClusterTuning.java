package org.parallax.bench;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.cluster.AverageLinkage;
import org.parallax.cluster.ClusterStage;
import org.parallax.cluster.Linking;
import org.parallax.cluster.LocalScaling;
import org.parallax.similarity.SimilarityStage;
import org.parallax.config.ParallaxConfig;
import org.parallax.evaluate.ClusteringMetrics;
import org.parallax.pipeline.Pipeline;
import org.parallax.report.RunManifest;
import org.parallax.spark.SparkSessions;

/**
 * How the clustering's weights were chosen: runs the pipeline through the cluster stage on every
 * labelled corpus, keeps each corpus's candidate pairs with their evidence, then clusters them again on
 * the driver for each point of two grids and prints B-cubed F1 per corpus and over all of them: step 1 the
 * title weight, date decay and threshold without local scaling; step 2 local scaling's floor and power with the
 * threshold, scored on the roundups thinned to single and small stories too ({@link #thin}). Small corpora only
 * (the pairs and vectors are collected).
 */
final class ClusterTuning {
  private ClusterTuning() {}

  /** One corpus's candidate pairs with their evidence, the articles' days and the gold labels. */
  record Corpus(String name, String[] ids, double[] days, int[] gold, List<double[]> pairs) {}

  static int run(Path corpora, PrintStream out) throws Exception {
    SparkSession spark = SparkSessions.create("parallax-cluster-tuning");
    List<Corpus> sets = new ArrayList<>();
    try {
      sets.add(load(spark, "seeds", "sample/seeds", "sample/stories.jsonl", "story"));
      for (String name : List.of("basil", "ecbplus", "allsides_roundups")) {
        Path p = corpora.resolve(name + ".jsonl");
        if (Files.exists(p)) {
          sets.add(load(spark, name, p.toString(), p.toString(), "cluster_id"));
        }
      }
    } finally {
      spark.stop();
    }
    for (Corpus c : sets) {
      diagnose(c, out);
    }
    out.println("Step 1, no local scaling: title weight, date decay and threshold; mean of the labelled corpora");
    header(sets, List.of(), out);
    for (double title : new double[] {0.0, 0.5, 0.6, 0.7, 0.8}) {
      for (double decay : new double[] {0.0, 0.2, 0.4, 0.6}) {
        for (int t = 10; t <= 18; t++) {
          ParallaxConfig.Cluster cfg = new ParallaxConfig().cluster;
          cfg.scalePower = 0;
          cfg.titleWeight = title;
          cfg.dateDecay = decay;
          cfg.threshold = t / 100.0;
          row(sets, List.of(), cfg, out);
        }
      }
    }
    Corpus roundups = sets.stream().filter(c -> c.name().equals("allsides_roundups")).findFirst().orElse(null);
    List<Corpus> thinned = new ArrayList<>();
    for (int seed = 1; roundups != null && seed <= THINNED_DRAWS; seed++) {
      thinned.add(thin(roundups, seed));
    }
    out.println("Step 2, the title weight and date decay of step 1 (0.7, 0.4) kept: local scaling's floor, power "
        + "and the threshold (scale_neighbour " + new ParallaxConfig().cluster.scaleNeighbour + ", scale_reference "
        + new ParallaxConfig().cluster.scaleReference + "); the mean includes the roundups thinned to the held-out "
        + "set's story sizes (mean of " + THINNED_DRAWS + " draws)");
    header(sets, thinned, out);
    for (double floor : new double[] {0.05, 0.1, 0.15, 0.2}) {
      for (double power : new double[] {0.0, 0.25, 0.5, 0.75, 1.0}) {
        for (int t = 10; t <= 19; t++) {
          ParallaxConfig.Cluster cfg = new ParallaxConfig().cluster;
          cfg.titleWeight = 0.7;
          cfg.dateDecay = 0.4;
          cfg.scaleFloor = floor;
          cfg.scalePower = power;
          cfg.threshold = t / 100.0;
          row(sets, thinned, cfg, out);
        }
      }
    }
    return 0;
  }

  /** Draws of the thinned roundups that step 2 averages. */
  static final int THINNED_DRAWS = 5;

  private static void header(List<Corpus> sets, List<Corpus> thinned, PrintStream out) {
    out.printf("%-6s %-6s %-6s %-6s %-6s", "title", "decay", "floor", "power", "thr");
    for (Corpus c : sets) {
      out.printf(" %9s", c.name().substring(0, Math.min(9, c.name().length())));
    }
    out.printf(thinned.isEmpty() ? " %8s%n" : " %9s %8s%n", thinned.isEmpty() ? "mean" : "thinned", "mean");
  }

  /** One grid point: each corpus's B-cubed F1 and their mean (the seeds are not in the mean: they must be exact). */
  private static void row(List<Corpus> sets, List<Corpus> thinned, ParallaxConfig.Cluster cfg, PrintStream out) {
    out.printf(Locale.ROOT, "%-6.2f %-6.2f %-6.2f %-6.2f %-6.2f", cfg.titleWeight, cfg.dateDecay, cfg.scaleFloor,
        cfg.scalePower, cfg.threshold);
    double sum = 0;
    int scored = 0;
    for (Corpus c : sets) {
      double f1 = score(c, cfg);
      out.printf(Locale.ROOT, " %9.4f", f1);
      if (!c.name().equals("seeds")) {
        sum += f1;
        scored++;
      }
    }
    if (!thinned.isEmpty()) {
      double t = thinned.stream().mapToDouble(c -> score(c, cfg)).average().orElseThrow();
      out.printf(Locale.ROOT, " %9.4f", t);
      sum += t;
      scored++;
    }
    out.printf(Locale.ROOT, " %8.4f%n", sum / scored);
  }

  /**
   * The roundups with each story cut to 1, 2 or 3 of its articles (probabilities 0.3, 0.3, 0.4), like the
   * held-out full-text set issue 13 describes (3,919 articles in 1,935 stories, all-singletons B-cubed F1
   * 0.661): about 2.1 articles a story, a third of the stories single. The roundups themselves have no
   * single-article story, and scaling an article by its second-strongest link must not merge singles.
   */
  static Corpus thin(Corpus c, long seed) {
    java.util.Random random = new java.util.Random(seed);
    Map<Integer, List<Integer>> stories = new java.util.TreeMap<>();
    for (int i = 0; i < c.gold().length; i++) {
      if (c.gold()[i] >= 0) {
        stories.computeIfAbsent(c.gold()[i], g -> new ArrayList<>()).add(i);
      }
    }
    java.util.TreeSet<Integer> kept = new java.util.TreeSet<>();
    for (List<Integer> members : stories.values()) {
      double r = random.nextDouble();
      int n = r < 0.3 ? 1 : r < 0.6 ? 2 : 3;
      java.util.Collections.shuffle(members, random);
      kept.addAll(members.subList(0, Math.min(n, members.size())));
    }
    Map<Integer, Integer> index = new HashMap<>();
    for (int old : kept) {
      index.put(old, index.size());
    }
    String[] ids = new String[kept.size()];
    double[] days = new double[kept.size()];
    int[] gold = new int[kept.size()];
    for (int old : kept) {
      int i = index.get(old);
      ids[i] = c.ids()[old];
      days[i] = c.days()[old];
      gold[i] = c.gold()[old];
    }
    List<double[]> pairs = new ArrayList<>();
    for (double[] p : c.pairs()) {
      Integer a = index.get((int) p[0]);
      Integer b = index.get((int) p[1]);
      if (a != null && b != null) {
        double[] q = p.clone();
        q[0] = a;
        q[1] = b;
        pairs.add(q);
      }
    }
    return new Corpus(c.name() + "-thinned-" + seed, ids, days, gold, pairs);
  }

  /** Gold pairs among the candidates, and how their similarities compare with the other candidates'. */
  static void diagnose(Corpus c, PrintStream out) {
    long goldPairs = 0;
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int g : c.gold()) {
      if (g >= 0) {
        sizes.merge(g, 1, Integer::sum);
      }
    }
    for (int n : sizes.values()) {
      goldPairs += (long) n * (n - 1) / 2;
    }
    int found = 0;
    double[] bins = {0.05, 0.1, 0.14, 0.2, 0.3, 0.5, 1.01};
    int[] same = new int[bins.length];
    int[] other = new int[bins.length];
    int[] sameT = new int[bins.length];
    int[] otherT = new int[bins.length];
    for (double[] p : c.pairs()) {
      boolean s = c.gold()[(int) p[0]] >= 0 && c.gold()[(int) p[0]] == c.gold()[(int) p[1]];
      if (s) {
        found++;
      }
      for (int i = 0; i < bins.length; i++) {
        if (p[2] < bins[i]) {
          (s ? same : other)[i]++;
          break;
        }
      }
      double t = Double.isNaN(p[3]) ? -1 : p[3];
      for (int i = 0; i < bins.length; i++) {
        if (t < bins[i]) {
          (s ? sameT : otherT)[i]++;
          break;
        }
      }
    }
    out.printf(Locale.ROOT, "%s: gold pairs %d, among candidates %d (%.3f)%n", c.name(), goldPairs, found,
        goldPairs == 0 ? 1.0 : found / (double) goldPairs);
    out.println("  body below " + java.util.Arrays.toString(bins) + " same " + java.util.Arrays.toString(same)
        + " other " + java.util.Arrays.toString(other));
    out.println("  title below " + java.util.Arrays.toString(bins) + " same " + java.util.Arrays.toString(sameT)
        + " other " + java.util.Arrays.toString(otherT));
  }

  /** B-cubed F1 of the corpus's pairs clustered again with {@code cfg}'s weights and threshold. */
  static double score(Corpus c, ParallaxConfig.Cluster cfg) {
    List<AverageLinkage.Edge> edges = new ArrayList<>();
    for (double[] p : c.pairs()) {
      Double title = Double.isNaN(p[3]) ? null : p[3];
      Double days = Double.isNaN(p[5]) ? null : p[5];
      edges.add(new AverageLinkage.Edge((int) p[0], (int) p[1], Linking.score(p[2], title, days, cfg), p[4] > 0));
    }
    int[] label = AverageLinkage.cluster(c.ids().length, LocalScaling.apply(c.ids().length, edges, cfg),
        cfg.threshold, c.days(), cfg.maxDaysApart);
    return bcubed(label, c.gold());
  }

  static double bcubed(int[] predicted, int[] gold) {
    Map<Long, Long> cells = new HashMap<>();
    Map<Integer, Long> a = new HashMap<>();
    Map<Integer, Long> b = new HashMap<>();
    int n = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (gold[i] < 0) {
        continue;
      }
      n++;
      cells.merge(((long) predicted[i] << 32) | gold[i], 1L, Long::sum);
      a.merge(predicted[i], 1L, Long::sum);
      b.merge(gold[i], 1L, Long::sum);
    }
    ClusteringMetrics m = new ClusteringMetrics();
    for (Map.Entry<Long, Long> e : cells.entrySet()) {
      m.cell(e.getValue(), a.get((int) (e.getKey() >>> 32)), b.get((int) (long) e.getKey()));
    }
    a.values().forEach(m::predictedCluster);
    b.values().forEach(m::goldCluster);
    return m.values().get("bcubed_f1");
  }

  static Corpus load(SparkSession spark, String name, String input, String gold, String goldField) {
    ParallaxConfig cfg = new ParallaxConfig();
    Pipeline p = Pipeline.of(spark, cfg, RunManifest.detached(), List.of(input)).through(ClusterStage.NAME);
    Dataset<Row> vectors = p.features().vectors();
    List<Row> articles = vectors.select(col("article_id"),
        org.apache.spark.sql.functions.unix_seconds(col("published_at")).divide(86400.0).as("day"))
        .orderBy("article_id").collectAsList();
    String[] ids = new String[articles.size()];
    double[] days = new double[ids.length];
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < ids.length; i++) {
      ids[i] = articles.get(i).getAs("article_id");
      Double d = articles.get(i).getAs("day");
      days[i] = d == null ? Double.NaN : d;
      index.put(ids[i], i);
    }
    Map<String, Integer> labels = new HashMap<>();
    int[] goldOf = new int[ids.length];
    java.util.Arrays.fill(goldOf, -1);
    for (Row r : spark.read().schema(new StructType().add("id", DataTypes.StringType).add(goldField,
        DataTypes.StringType)).json(gold).collectAsList()) {
      Integer i = index.get(r.<String>getAs("id"));
      String label = r.getAs(goldField);
      if (i != null && label != null) {
        goldOf[i] = labels.computeIfAbsent(label, k -> labels.size());
      }
    }
    List<double[]> pairs = new ArrayList<>();
    for (Row r : p.cluster().pairs().collectAsList()) {
      String a = r.getAs("article_a");
      String b = r.getAs("article_b");
      Double title = r.getAs(SimilarityStage.TITLE_SIMILARITY);
      Double apart = r.getAs(SimilarityStage.DAYS_APART);
      pairs.add(new double[] {index.get(a), index.get(b), r.<Double>getAs(SimilarityStage.SIMILARITY),
          title == null ? Double.NaN : title, r.<Boolean>getAs(Linking.IS_COPY) ? 1 : 0,
          apart == null ? Double.NaN : apart});
    }
    System.err.printf("%s: %d articles, %d pairs%n", name, ids.length, pairs.size());
    return new Corpus(name, ids, days, goldOf, pairs);
  }
}
