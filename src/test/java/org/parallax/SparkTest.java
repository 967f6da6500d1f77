package org.parallax;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.parallax.spark.SparkSessions;

/**
 * One local SparkSession for the whole test JVM (local[2], no UI, few shuffle partitions), shared by every
 * test class: starting one costs seconds. Tests that run the real CLI in this JVM end with the job stopping
 * the session it used; the next test class then starts a new one.
 */
public abstract class SparkTest {
  protected static SparkSession spark;
  private static SparkSession shared;

  @BeforeAll
  static void startSpark() {
    spark = shared();
  }

  static synchronized SparkSession shared() {
    if (shared == null || shared.sparkContext().isStopped()) {
      SparkSession.Builder b = SparkSession.builder().master("local[2]").appName("parallax-test")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.host", "127.0.0.1")
          // the job's serializer (parallax-spark-defaults.properties): what a broadcast value must survive
          .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
      SparkSessions.REQUIRED.forEach(b::config);
      shared = b.getOrCreate();
    }
    return shared;
  }

  /** {@code given} with every column of the clean stage's contract: those it lacks are null. */
  protected static Dataset<Row> articles(Dataset<Row> given) {
    Dataset<Row> d = given;
    for (String c : List.of("outlet", "url", "title")) {
      if (!List.of(d.columns()).contains(c)) {
        d = d.withColumn(c, functions.lit(null).cast("string"));
      }
    }
    if (!List.of(d.columns()).contains("published_at")) {
      d = d.withColumn("published_at", functions.lit(null).cast("timestamp"));
    }
    return d;
  }
}
