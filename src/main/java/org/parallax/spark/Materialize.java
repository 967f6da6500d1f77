package org.parallax.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.LogicalRDD;
import scala.Option;

/**
 * Stage boundaries: computes a stage's output once, keeps it and cuts its lineage, so that later stages
 * plan against a small leaf instead of re-analysing every earlier stage (with the whole lineage,
 * planning alone took 10-20 s per report on 300 articles).
 *
 * <p>On a local master the result stays on the executors ({@code localCheckpoint}): fast, and a local
 * run has no executor to lose. On a cluster, where losing an executor must not fail the run, it is
 * written to the session's checkpoint directory ({@code checkpoint}). The pipeline decides which, once
 * per session ({@link #useReliable}).
 */
public final class Materialize {
  /** Session setting: true when stage results go to the reliable checkpoint directory. */
  public static final String RELIABLE = "parallax.checkpoints.reliable";

  private Materialize() {}

  public static Dataset<Row> of(Dataset<Row> data) {
    return withSaneSize(reliable(data.sparkSession()) ? data.checkpoint(true) : data.localCheckpoint(true));
  }

  /**
   * Largest size estimate, in bits, a stage result keeps: one that fits a long. A checkpoint keeps the size
   * Spark estimated for the plan it computed, and without column statistics Spark estimates a join as the
   * product of its inputs' sizes. Across a dozen stages of joins the estimate grew to a number of 75,000
   * bits (on the bundled sample), and every later query multiplied such numbers again while planning: on all
   * of ABP, half of the story_outlets report's time went to BigInteger products.
   */
  static final int MAX_SIZE_BITS = 63;

  /**
   * The checkpointed {@code data} with no inherited size estimate when that estimate is not a real size
   * (wider than {@link #MAX_SIZE_BITS} bits): Spark then uses its default for a leaf of unknown size
   * ({@code spark.sql.defaultSizeInBytes}), and adaptive execution still plans from the sizes measured at run
   * time. Uses the plan node a checkpoint makes ({@code LogicalRDD}) directly: no public API resets it.
   */
  static Dataset<Row> withSaneSize(Dataset<Row> data) {
    if (!(data instanceof org.apache.spark.sql.classic.Dataset<Row> classic)
        || !(classic.logicalPlan() instanceof LogicalRDD rdd)
        || rdd.stats().sizeInBytes().bitLength() <= MAX_SIZE_BITS) {
      return data;
    }
    LogicalRDD unsized = new LogicalRDD(rdd.output(), rdd.rdd(), rdd.outputPartitioning(), rdd.outputOrdering(),
        rdd.isStreaming(), rdd.stream(), classic.sparkSession(), Option.empty(), Option.empty());
    return org.apache.spark.sql.classic.Dataset.ofRows(classic.sparkSession(), unsized);
  }

  /** From now on, this session's stage results are written to {@code dir} (a Hadoop URI). */
  public static void useReliable(SparkSession spark, String dir) {
    spark.sparkContext().setCheckpointDir(dir);
    spark.conf().set(RELIABLE, "true");
  }

  /** Back to local checkpoints (after a run, so that a shared session is left as it was found). */
  public static void useLocal(SparkSession spark) {
    spark.conf().set(RELIABLE, "false");
  }

  public static boolean reliable(SparkSession spark) {
    return Boolean.parseBoolean(spark.conf().get(RELIABLE, "false"));
  }
}
