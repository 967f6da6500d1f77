package org.parallax.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.parallax.config.ParallaxConfig;

/**
 * Local scaling of the evidence (after Zelnik-Manor and Perona, "Self-tuning spectral clustering", NIPS 2004).
 * Each article's scale is the evidence of its k-th strongest linkable pair ({@code cluster.scale_neighbour}; its
 * weakest when it has fewer), never below {@code cluster.scale_floor}; a pair's evidence is then multiplied by
 * (reference / sqrt(scale_a x scale_b))^power. One absolute threshold does not suit every neighbourhood: a short
 * excerpt's same-story pairs have low cosines with everything, and a story in a busy topic has close
 * neighbours that are other stories. Scaling lifts the first and lowers the second. It runs inside each
 * connected component's task ({@link ClusterStage}), which holds every linkable pair of its articles: no
 * shuffle of its own.
 */
public final class LocalScaling {
  private LocalScaling() {}

  /** What a pair's evidence is multiplied by, given its two articles' scales. */
  public static double factor(double scaleA, double scaleB, ParallaxConfig.Cluster cfg) {
    return Math.pow(cfg.scaleReference / Math.sqrt(scaleA * scaleB), cfg.scalePower);
  }

  /** An article's scale from the evidence of all its linkable pairs (in any order). */
  public static double scale(double[] evidence, ParallaxConfig.Cluster cfg) {
    double[] sorted = evidence.clone();
    Arrays.sort(sorted);
    double kth = sorted.length == 0 ? 0 : sorted[Math.max(0, sorted.length - cfg.scaleNeighbour)];
    return Math.max(kth, cfg.scaleFloor);
  }

  /** The scale of each of {@code n} articles, from the edges between them (their evidence unscaled). */
  public static double[] scales(int n, List<AverageLinkage.Edge> edges, ParallaxConfig.Cluster cfg) {
    int[] degree = new int[n];
    for (AverageLinkage.Edge e : edges) {
      degree[e.a()]++;
      degree[e.b()]++;
    }
    double[][] evidence = new double[n][];
    for (int i = 0; i < n; i++) {
      evidence[i] = new double[degree[i]];
    }
    int[] filled = new int[n];
    for (AverageLinkage.Edge e : edges) {
      evidence[e.a()][filled[e.a()]++] = e.similarity();
      evidence[e.b()][filled[e.b()]++] = e.similarity();
    }
    double[] scale = new double[n];
    for (int i = 0; i < n; i++) {
      scale[i] = scale(evidence[i], cfg);
    }
    return scale;
  }

  /** The edges with their evidence scaled by their ends' {@code scales}. */
  public static List<AverageLinkage.Edge> apply(List<AverageLinkage.Edge> edges, double[] scales,
      ParallaxConfig.Cluster cfg) {
    List<AverageLinkage.Edge> out = new ArrayList<>(edges.size());
    for (AverageLinkage.Edge e : edges) {
      out.add(new AverageLinkage.Edge(e.a(), e.b(), e.similarity() * factor(scales[e.a()], scales[e.b()], cfg),
          e.mustLink()));
    }
    return out;
  }

  /** {@link #scales} then {@link #apply(List, double[], ParallaxConfig.Cluster)}: {@code n} articles' edges scaled. */
  public static List<AverageLinkage.Edge> apply(int n, List<AverageLinkage.Edge> edges, ParallaxConfig.Cluster cfg) {
    return apply(edges, scales(n, edges, cfg), cfg);
  }

  /** A pair's evidence column scaled by its ends' scale columns, as {@link #factor} does. */
  public static Column scaled(Column evidence, Column scaleA, Column scaleB, ParallaxConfig.Cluster cfg) {
    UserDefinedFunction f = org.apache.spark.sql.functions.udf(
        (UDF3<Double, Double, Double, Double>) (e, a, b) -> e * factor(a, b, cfg), DataTypes.DoubleType);
    return f.apply(evidence, scaleA, scaleB);
  }
}
