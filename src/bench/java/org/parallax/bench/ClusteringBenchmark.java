package org.parallax.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.parallax.Main;
import org.parallax.cli.ExitCode;
import org.parallax.evaluate.Evaluation;
import org.parallax.spark.SparkSessions;

/**
 * Story clusters against human labels, with the shipped defaults: runs the real CLI on each labelled
 * corpus and scores the run with {@code parallax evaluate}'s code. Two levels per corpus: the target
 * (issue 13: seeds exactly right, BASIL B-cubed F1 0.99, ECB+ 0.93, AllSides roundups 0.90), reported as
 * met or missed, and a guard, which {@code --check} enforces so that quality cannot silently drop: the
 * target itself once it is met (all four since local scaling, 2026-12-04: BASIL 0.9978, ECB+ 0.9312, AllSides
 * 0.9070). Beside each, the peer's B-cubed F1 where one
 * was measured (issues 4 and 13: scikit-learn TF-IDF, average link, 3-day window, threshold tuned on BASIL+ECB+).
 */
final class ClusteringBenchmark {
  private record Corpus(String name, Path input, Path gold, String goldField, double target, double guard,
      Double peer) {}

  private ClusteringBenchmark() {}

  static int run(Path corpora, boolean check, PrintStream out) throws Exception {
    List<Corpus> sets = new ArrayList<>(List.of(
        new Corpus("seeds", Path.of("sample/seeds"), Path.of("sample/stories.jsonl"), "story", 1.0, 1.0, null)));
    for (Object[] c : new Object[][] {{"basil", 0.99, 0.99, 0.998}, {"ecbplus", 0.93, 0.93, 0.917},
        {"allsides_roundups", 0.90, 0.90, 0.879}}) {
      Path p = corpora.resolve(c[0] + ".jsonl");
      if (Files.exists(p)) {
        sets.add(new Corpus((String) c[0], p, p, "cluster_id", (Double) c[1], (Double) c[2], (Double) c[3]));
      } else {
        out.println("(" + p + " not found: skipped)");
      }
    }
    List<String> failures = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    out.printf("%-17s %8s %9s %9s %9s %9s %8s %8s %8s %7s %7s %7s%n", "corpus", "articles", "b3_prec", "b3_rec",
        "b3_f1", "pair_f1", "ari", "nmi", "seconds", "peer", "target", "guard");
    for (Corpus c : sets) {
      Path output = Path.of("target/bench/clustering", c.name());
      long t0 = System.nanoTime();
      ExitCode code = Main.run(new String[] {"run", "--input", c.input().toString(), "--output", output.toString()},
          System.err, System.err);
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (code != ExitCode.OK) {
        failures.add(c.name() + ": run failed (" + code + ")");
        continue;
      }
      SparkSession spark = SparkSessions.create("parallax-bench-clustering");
      try {
        Evaluation.Result r = Evaluation.evaluate(spark, output.toString(), c.gold().toString(), "id", c.goldField());
        Evaluation.write(spark, output.toString(), Evaluation.report(spark, r));
        var m = r.metrics();
        out.printf(Locale.ROOT, "%-17s %8d %9.4f %9.4f %9.4f %9.4f %8.4f %8.4f %8.1f %7s %7.3f %7.3f%n", c.name(),
            r.goldArticles(), m.get("bcubed_precision"), m.get("bcubed_recall"), m.get("bcubed_f1"),
            m.get("pairwise_f1"), m.get("adjusted_rand_index"), m.get("nmi"), seconds,
            c.peer() == null ? "-" : String.format(Locale.ROOT, "%.3f", c.peer()), c.target(), c.guard());
        double f1 = m.get("bcubed_f1");
        if (f1 < c.target() - 1e-9) {
          missed.add(String.format(Locale.ROOT, "%s: B-cubed F1 %.4f < target %.3f", c.name(), f1, c.target()));
        }
        if (f1 < c.guard() - 1e-9 || r.missingFromRun() > 0) {
          failures.add(String.format(Locale.ROOT, "%s: B-cubed F1 %.4f < guard %.3f (missing %d)", c.name(), f1,
              c.guard(), r.missingFromRun()));
        }
      } finally {
        spark.stop();
      }
    }
    out.println(missed.isEmpty() ? "every target met" : "TARGET MISSED (open): " + String.join("; ", missed));
    if (!failures.isEmpty()) {
      out.println("GUARD FAILED: " + String.join("; ", failures));
    }
    return check && !failures.isEmpty() ? 1 : 0;
  }
}
