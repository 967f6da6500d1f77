package org.parallax.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.spark.Materialize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connected components of an undirected edge list, with Dataset joins only: each round every vertex
 * takes the smallest label among itself and its neighbours, then jumps to its label's label (pointer
 * jumping), which shortens long chains quickly. The result labels every vertex that has an edge with
 * the smallest vertex id of its component. Used by copies (copy groups) and cluster (independent
 * groups of similar pairs).
 */
public final class ConnectedComponents {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectedComponents.class);

  private ConnectedComponents() {}

  /** (vertex, component) for every vertex of {@code edges} (string columns src, dst). */
  public static Dataset<Row> of(Dataset<Row> edges, String src, String dst, int maxIterations) {
    Dataset<Row> e = Materialize.of(edges.select(col(src).as("u"), col(dst).as("v"))
        .union(edges.select(col(dst).as("u"), col(src).as("v")))
        .distinct());
    Dataset<Row> labels = Materialize.of(e.groupBy("u").agg(min(least(col("u"), col("v"))).as("label"))
        .withColumnRenamed("u", "vertex"));
    for (int round = 1; round <= maxIterations; round++) {
      Dataset<Row> neighbourMin = e.join(labels.withColumnRenamed("vertex", "v"), "v")
          .groupBy("u").agg(min("label").as("nlabel"))
          .withColumnRenamed("u", "vertex");
      Dataset<Row> propagated = labels.join(neighbourMin, "vertex")
          .select(col("vertex"), least(col("label"), col("nlabel")).as("label"));
      Dataset<Row> jumped = Materialize.of(propagated.as("p")
          .join(propagated.as("q"), col("p.label").equalTo(col("q.vertex")))
          .select(col("p.vertex").as("vertex"), least(col("p.label"), col("q.label")).as("label")));
      long changed = jumped.join(labels.withColumnRenamed("label", "old"), "vertex")
          .filter(col("label").notEqual(col("old"))).count();
      labels = jumped;
      if (changed == 0) {
        LOG.info("connected components converged after {} rounds", round);
        return labels;
      }
    }
    LOG.warn("connected components stopped after {} rounds (the max_iterations of the calling stage's "
        + "section) before converging; some long chains may be split", maxIterations);
    return labels;
  }
}
