package org.parallax.bench;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.config.ConfigLoader;
import org.parallax.config.ParallaxConfig;
import org.parallax.features.FeatureStage;
import org.parallax.pipeline.Pipeline;
import org.parallax.report.RunManifest;
import org.parallax.spark.SparkSessions;
import org.parallax.topics.TopicStage;

/**
 * How the topic model's priors were chosen: the features once, then the topic model fitted for every point of
 * a grid (each a list of topics.* settings) and every seed, printing each fit's mean NPMI over all topics, its
 * dead topics (strength below 0.1/k) and its time, and the point's mean over the seeds. A seed moves one
 * model's mean NPMI by 0.02 to 0.05, so a point is judged on several.
 */
final class TopicsTuning {
  /** The grid the default topics.doc_concentration was chosen on (0 = Spark's re-estimated prior). */
  static final List<String> DEFAULT_POINTS = List.of("doc_concentration=0", "doc_concentration=5",
      "doc_concentration=20", "doc_concentration=50");

  private TopicsTuning() {}

  static int run(Path input, List<String> points, List<Long> seeds, List<Integer> ks, PrintStream out) {
    SparkSession spark = SparkSessions.create("parallax-bench-topics-tuning");
    try {
      ParallaxConfig base = ConfigLoader.load(null, List.of());
      FeatureStage.Output f = Pipeline.of(spark, base, RunManifest.detached(), List.of(input.toString()))
          .through(FeatureStage.NAME).features();
      int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
      for (int k : ks) {
        for (String point : points) {
          List<String> sets = new ArrayList<>(List.of("topics.k=" + k));
          for (String kv : point.split(",")) {
            if (!kv.isBlank()) {
              sets.add("topics." + kv.trim());
            }
          }
          ParallaxConfig cfg = ConfigLoader.load(null, sets);
          double sum = 0;
          StringBuilder each = new StringBuilder();
          for (long seed : seeds) {
            long t0 = System.nanoTime();
            TopicStage.Output o = TopicStage.fit(f.vectors(), f.vocabulary(), cfg.topics, seed, partitions);
            List<Row> rows = o.topics().filter(col("rank").equalTo(1)).collectAsList();
            double secs = (System.nanoTime() - t0) / 1e9;
            double npmi = TopicsBenchmark.meanNpmi(rows);
            int dead = TopicsBenchmark.dead(rows);
            sum += npmi;
            each.append(String.format(Locale.ROOT, "  seed %d: %.4f, dead %d, %.0f s;", seed, npmi, dead, secs));
          }
          out.printf(Locale.ROOT, "k=%d %-40s mean NPMI %.4f |%s%n", k, point, sum / seeds.size(), each);
          out.flush();
        }
      }
    } finally {
      spark.stop();
    }
    return 0;
  }
}
