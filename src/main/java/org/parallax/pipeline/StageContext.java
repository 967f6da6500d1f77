package org.parallax.pipeline;

import org.apache.spark.sql.SparkSession;
import org.parallax.config.ParallaxConfig;
import org.parallax.report.RunManifest;

/**
 * What every stage may use besides its inputs: the session, the run-wide settings (seed, shuffle
 * partitions) and the run's manifest, into which a stage records its counts. A stage reads its own
 * config section, which the pipeline hands it.
 */
public record StageContext(SparkSession spark, ParallaxConfig.Run run, RunManifest manifest) {

  public int shufflePartitions() {
    return Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
  }

  /** A few tasks per core: how finely stages spread the articles. */
  public int slices() {
    return 4 * spark.sparkContext().defaultParallelism();
  }
}
