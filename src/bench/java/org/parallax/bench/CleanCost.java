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
import org.parallax.ingest.IngestStage;
import org.parallax.spark.Materialize;
import org.parallax.spark.SparkSessions;

/** Wall time of the ingest and clean stages on one corpus, and the share of characters cleaning removed. */
final class CleanCost {
  private CleanCost() {}

  static int run(String input, PrintStream out) throws Exception {
    ParallaxConfig cfg = ConfigLoader.load(null, List.of());
    SparkSession spark = SparkSessions.create("parallax-bench-clean-cost");
    try {
      long t0 = System.nanoTime();
      Dataset<Row> records = Materialize.of(IngestStage.records(spark, List.of(input), cfg.input));
      long read = records.count();
      double ingestSeconds = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      Dataset<Row> cleaned = Materialize.of(CleanStage.apply(IngestStage.accepted(records), cfg.clean,
          cfg.features.stopWords));
      Row totals = cleaned.agg(sum(col(CleanStage.RAW_CHARS)), sum(length(col("text"))),
          sum(col(CleanStage.REPAIRS))).first();
      double cleanSeconds = (System.nanoTime() - t1) / 1e9;
      long kept = CleanStage.kept(cleaned).count();
      long in = totals.getLong(0);
      long outChars = totals.getLong(1);
      out.printf("input %s%n", input);
      out.printf("cores %d%n", Runtime.getRuntime().availableProcessors());
      out.printf("records_read %d%n", read);
      out.printf("articles_kept_after_clean %d%n", kept);
      out.printf("ingest_seconds %.1f%n", ingestSeconds);
      out.printf("clean_seconds %.1f%n", cleanSeconds);
      out.printf("chars_in %d%nchars_out %d%n", in, outChars);
      out.printf("chars_removed_share %.4f%n", 1.0 - (double) outChars / in);
      out.printf("encoding_repairs %d%n", totals.getLong(2));
      return 0;
    } finally {
      spark.stop();
    }
  }
}
