package org.parallax.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

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
    return reliable(data.sparkSession()) ? data.checkpoint(true) : data.localCheckpoint(true);
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
