package org.parallax.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.clean.CleanStage;
import org.parallax.config.ConfigLoader;
import org.parallax.config.ParallaxConfig;
import org.parallax.pipeline.Pipeline;
import org.parallax.report.ManifestFields.Count;
import org.parallax.report.RunManifest;
import org.parallax.spark.SparkSessions;

/** Wall time of the ingest and clean stages on one corpus, and the share of characters cleaning removed. */
final class CleanCost {
  private CleanCost() {}

  static int run(String input, PrintStream out) throws Exception {
    ParallaxConfig cfg = ConfigLoader.load(null, List.of());
    SparkSession spark = SparkSessions.create("parallax-bench-clean-cost");
    try {
      // The job's own pipeline, through its clean stage.
      RunManifest manifest = RunManifest.detached();
      Pipeline pipeline = Pipeline.of(spark, cfg, manifest, List.of(input));
      long t0 = System.nanoTime();
      pipeline.ingest();
      double ingestSeconds = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      Dataset<Row> articles = pipeline.clean().articles();
      double cleanSeconds = (System.nanoTime() - t1) / 1e9;
      Row totals = articles.agg(sum(col(CleanStage.RAW_CHARS)).as("in"), sum(length(col("text"))).as("out"),
          sum(col(CleanStage.REPAIRS)).as("repairs")).first();
      long read = manifest.counted(Count.RECORDS_READ);
      long kept = manifest.counted(Count.ARTICLES_ACCEPTED);
      long in = totals.<Long>getAs("in");
      long outChars = totals.<Long>getAs("out");
      out.printf("input %s%n", input);
      out.printf("cores %d%n", Runtime.getRuntime().availableProcessors());
      out.printf("records_read %d%n", read);
      out.printf("articles_kept_after_clean %d%n", kept);
      out.printf("ingest_seconds %.1f%n", ingestSeconds);
      out.printf("clean_seconds %.1f%n", cleanSeconds);
      out.printf("chars_in %d%nchars_out %d%n", in, outChars); // of the articles kept
      out.printf("chars_removed_share %.4f%n", 1.0 - (double) outChars / in);
      out.printf("encoding_repairs %d%n", totals.<Long>getAs("repairs"));
      return 0;
    } finally {
      spark.stop();
    }
  }
}
