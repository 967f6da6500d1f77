package org.parallax.bench;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.config.ConfigLoader;
import org.parallax.config.ParallaxConfig;
import org.parallax.evaluate.ClusteringMetrics;
import org.parallax.pipeline.Pipeline;
import org.parallax.report.RunManifest;
import org.parallax.spark.SparkSessions;
import org.parallax.topics.TopicStage;

/**
 * Topics against class labels, with the shipped defaults or {@code --set} overrides: runs the pipeline
 * through the topics stage on a labelled corpus and prints the topics' coherence (mean NPMI over all
 * topics and over those not flat), flat and dead topics, the dominant topic's NMI and ARI against the
 * labels, and the stage's time. {@code --check} holds BBC to issue 14's floors.
 */
final class TopicsBenchmark {
  private TopicsBenchmark() {}

  /** This process's peak resident memory in MB (Linux VmHWM), or "?" where /proc is not there. */
  static String peakRssMb() {
    try {
      for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return String.valueOf(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // not Linux
    }
    return "?";
  }

  /**
   * The peer, run right after on the same machine: gensim's LdaModel with the same k (jobs/peers/topics_gensim.py),
   * scored the same way; skipped, saying so, where no Python has gensim (Debian: python3-gensim).
   */
  static void peer(Path input, String labelField, int k, PrintStream out) {
    String script = "jobs/peers/topics_gensim.py";
    for (String python : List.of("/usr/bin/python3", "python3")) {
      try {
        Process check = new ProcessBuilder(python, "-c", "import gensim").redirectErrorStream(true).start();
        check.getInputStream().readAllBytes();
        if (check.waitFor() != 0) {
          continue;
        }
        Process p = new ProcessBuilder(python, script, "--input", input.toString(), "--label", labelField, "--k",
            String.valueOf(k)).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int code = p.waitFor();
        String line = text.lines().filter(l -> l.startsWith("peer")).findFirst().orElse(null);
        out.println(code == 0 && line != null ? line : "peer failed (exit " + code + "): " + text.strip());
        return;
      } catch (java.io.IOException e) {
        // this interpreter is not there: try the next
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    out.println("peer skipped: no python3 with gensim on this machine (Debian: apt-get install python3-gensim)");
  }

  /** Mean NPMI over all the topics (one row each, rank 1 of the topics report; a topic without one counts 0). */
  static double meanNpmi(List<Row> topics) {
    double sum = 0;
    for (Row r : topics) {
      Double n = r.getAs("topic_npmi");
      sum += n == null ? 0 : n;
    }
    return sum / Math.max(1, topics.size());
  }

  /** Dead topics: a share of the corpus below 0.1/k. */
  static int dead(List<Row> topics) {
    int dead = 0;
    for (Row r : topics) {
      dead += r.<Double>getAs("topic_strength") < 0.1 / topics.size() ? 1 : 0;
    }
    return dead;
  }

  static int run(Path input, String labelField, List<String> sets, boolean check, PrintStream out) {
    ParallaxConfig cfg = ConfigLoader.load(null, sets);
    SparkSession spark = SparkSessions.create("parallax-bench-topics");
    try {
      RunManifest manifest = RunManifest.detached();
      Pipeline p = Pipeline.of(spark, cfg, manifest, List.of(input.toString())).through(TopicStage.NAME);
      TopicStage.Output t = p.topics();
      List<Row> topics = t.topics().filter(col("rank").equalTo(1)).orderBy("topic_id").collectAsList();
      int k = topics.size();
      double npmiMean = meanNpmi(topics);
      int dead = dead(topics);
      int flat = 0;
      for (Row r : topics) {
        flat += r.<Boolean>getAs("topic_flat") ? 1 : 0;
      }
      Map<String, String> label = new HashMap<>();
      for (Row r : spark.read().schema(new StructType().add("id", DataTypes.StringType)
          .add(labelField, DataTypes.StringType)).json(input.toString()).collectAsList()) {
        if (r.getAs(labelField) != null) {
          label.put(r.getAs("id"), r.getAs(labelField));
        }
      }
      // dominant topic per article (ties: the smaller topic id)
      Map<String, Integer> dominant = new HashMap<>();
      Map<String, Double> best = new HashMap<>();
      for (Row r : t.articleTopics().collectAsList()) {
        String id = r.getAs("article_id");
        double w = r.getAs("weight");
        int topic = r.getAs("topic_id");
        Double b = best.get(id);
        if (b == null || w > b || (w == b && topic < dominant.get(id))) {
          best.put(id, w);
          dominant.put(id, topic);
        }
      }
      Map<String, Long> cells = new HashMap<>();
      Map<Integer, Long> a = new HashMap<>();
      Map<String, Long> b = new HashMap<>();
      for (Map.Entry<String, Integer> e : dominant.entrySet()) {
        String g = label.get(e.getKey());
        if (g == null) {
          continue;
        }
        cells.merge(e.getValue() + "\t" + g, 1L, Long::sum);
        a.merge(e.getValue(), 1L, Long::sum);
        b.merge(g, 1L, Long::sum);
      }
      ClusteringMetrics m = new ClusteringMetrics();
      for (Map.Entry<String, Long> e : cells.entrySet()) {
        String[] f = e.getKey().split("\t", 2);
        m.cell(e.getValue(), a.get(Integer.parseInt(f[0])), b.get(f[1]));
      }
      a.values().forEach(m::predictedCluster);
      b.values().forEach(m::goldCluster);
      Map<String, Double> v = m.values();
      Double coherent = manifest.metricOrNull("topics_mean_npmi");
      out.printf(Locale.ROOT, "input %s: %d articles, k=%d; topics stage %.1f s%n", input, dominant.size(), k,
          manifest.stageSecondsOrNull(TopicStage.NAME));
      out.printf(Locale.ROOT, "NPMI mean over all topics %.4f; over the %d not flat %.4f; flat %d; dead (strength "
          + "< 0.1/k) %d%n", npmiMean, k - flat, coherent == null ? Double.NaN : coherent, flat, dead);
      out.printf(Locale.ROOT, "dominant topic vs %s: NMI %.4f, ARI %.4f (%d labelled articles, %d labels)%n",
          labelField, v.get("nmi"), v.get("adjusted_rand_index"), (long) (double) v.get("articles"), b.size());
      for (Row r : t.topics().filter(col("rank").leq(8)).orderBy("topic_id", "rank").collectAsList()) {
        if (r.<Integer>getAs("rank") == 1) {
          out.printf(Locale.ROOT, "%n  topic %2d  npmi %6.3f  strength %.3f%s :", r.<Integer>getAs("topic_id"),
              r.getAs("topic_npmi") == null ? Double.NaN : r.<Double>getAs("topic_npmi"),
              r.<Double>getAs("topic_strength"), r.<Boolean>getAs("topic_flat") ? " FLAT" : "");
        }
        out.print(" " + r.getAs("term"));
      }
      out.println();
      out.printf(Locale.ROOT, "parallax: peak RSS of this JVM %s MB (the whole pipeline through topics)%n", peakRssMb());
      peer(input, labelField, k, out);
      if (check) {
        double npmi = npmiMean;
        boolean ok = npmi >= (k >= 20 ? 0.25 : 0.22) && dead == 0 && (k < 20 || v.get("nmi") >= 0.50);
        out.println(ok ? "floors met" : "FLOOR MISSED");
        return ok ? 0 : 1;
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}
