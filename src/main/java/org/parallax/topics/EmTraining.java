package org.parallax.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.SparkContext;
import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * LDA trained by MLlib's em optimizer, returned as a local model (k x words on the driver: em is only used on
 * corpora small enough for that). EM's lineage grows by a graph every iteration, and a hundred iterations
 * overflow a task's stack unless it is checkpointed: every {@link #CHECKPOINT_EVERY} iterations to the run's
 * checkpoint directory, or, in local mode without one, to a scratch directory removed after the fit.
 */
final class EmTraining {
  static final int CHECKPOINT_EVERY = 10;
  /** The scratch directory this class set as the context's checkpoint directory, if it did. */
  private static String scratchUri;

  private EmTraining() {}

  static synchronized LDAModel fit(Dataset<Row> docs, int k, int iterations, long seed, String featuresCol,
      String topicsCol) {
    SparkContext sc = docs.sparkSession().sparkContext();
    Path scratch = null;
    if (sc.getCheckpointDir().isEmpty() || sc.getCheckpointDir().get().equals(scratchUri)) {
      try {
        scratch = Files.createTempDirectory("parallax-lda-em");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sc.setCheckpointDir(scratch.toUri().toString());
      scratchUri = sc.getCheckpointDir().get();
    }
    try {
      // EM's own priors (Spark's defaults: 50/k + 1 a topic for the articles' mixes, 1.1 for the topics' words)
      LDAModel model = new LDA().setK(k).setMaxIter(iterations).setOptimizer("em").setSeed(seed)
          .setCheckpointInterval(CHECKPOINT_EVERY).setKeepLastCheckpoint(false)
          .setFeaturesCol(featuresCol).setTopicDistributionCol(topicsCol).fit(docs);
      LDAModel local = ((DistributedLDAModel) model).toLocal();
      return local.setFeaturesCol(featuresCol).setTopicDistributionCol(topicsCol).setSeed(seed);
    } finally {
      if (scratch != null) {
        delete(scratch);
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      org.slf4j.LoggerFactory.getLogger(EmTraining.class).warn("could not remove {}: {}", dir, e.toString());
    }
  }
}
