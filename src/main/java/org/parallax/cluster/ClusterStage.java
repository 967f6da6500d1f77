package org.parallax.cluster;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha1;
import static org.apache.spark.sql.functions.substring;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.config.ParallaxConfig;
import org.parallax.similarity.SimilarityStage;

/**
 * Coverage clusters. The similar-pair graph is split into connected components (independent groups,
 * found with joins); each component is then clustered by average linkage ({@link AverageLinkage}) in
 * one task, so two stories that merely touch through one pair stay apart. Every article gets a
 * cluster; an article with no similar pair is a cluster of one. Copies are must-links, and a cluster's
 * dated articles span at most {@code cluster.max_days_apart} days. The cluster id is
 * derived from the cluster's earliest article (then smallest id), so the same input always gives the
 * same ids and articles published later never renumber a story.
 */
public final class ClusterStage {
  public static final String CLUSTER_ID = "cluster_id";
  private static final StructType ROOTS = new StructType()
      .add("vertex", DataTypes.StringType, false)
      .add("root", DataTypes.StringType, false);

  private ClusterStage() {}

  /** Articles with a {@code cluster_id} column. */
  public static Dataset<Row> assign(Dataset<Row> articles, Dataset<Row> similarPairs, ParallaxConfig.Cluster cfg) {
    Dataset<Row> components = ConnectedComponents.of(similarPairs, SimilarityStage.A, SimilarityStage.B,
        cfg.maxIterations);
    Dataset<Row> edges = similarPairs.join(components, col(SimilarityStage.A).equalTo(col("vertex")))
        .select(col("label"), col(SimilarityStage.A), col(SimilarityStage.B), col(SimilarityStage.SIMILARITY),
            col(SimilarityStage.IS_COPY), col(SimilarityStage.DAY_A), col(SimilarityStage.DAY_B));
    Dataset<Row> roots = edges
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups(new LinkComponent(cfg.threshold, cfg.maxDaysApart), Encoders.row(ROOTS));
    Dataset<Row> joined = articles.join(roots, articles.col("article_id").equalTo(roots.col("vertex")), "left")
        .withColumn("root", coalesce(col("root"), col("article_id")));
    // The id comes from the cluster's earliest article, so that articles published later never renumber it.
    Column earliest = first(col("article_id")).over(Window.partitionBy("root")
        .orderBy(col("published_at").asc_nulls_last(), col("article_id").asc()));
    return joined.withColumn(CLUSTER_ID, clusterId(earliest)).drop("vertex", "root");
  }

  /** "s" and the first 12 hex digits of the SHA-1 of the cluster's root article id. */
  public static Column clusterId(Column rootArticleId) {
    return concat(lit("s"), substring(sha1(rootArticleId.cast("binary")), 1, 12));
  }

  /** Average linkage over the edges of one connected component; emits (article, root article). */
  static final class LinkComponent implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final double threshold;
    private final double maxSpanDays;

    LinkComponent(double threshold, double maxSpanDays) {
      this.threshold = threshold;
      this.maxSpanDays = maxSpanDays;
    }

    @Override
    public Iterator<Row> call(String component, Iterator<Row> rows) {
      List<String[]> pairs = new ArrayList<>();
      List<Double> sims = new ArrayList<>();
      List<Boolean> copies = new ArrayList<>();
      TreeSet<String> ids = new TreeSet<>();
      java.util.Map<String, Double> day = new java.util.HashMap<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        day.put(r.getString(1), r.isNullAt(5) ? Double.NaN : r.getDouble(5));
        day.put(r.getString(2), r.isNullAt(6) ? Double.NaN : r.getDouble(6));
        pairs.add(new String[] {r.getString(1), r.getString(2)});
        sims.add(r.getDouble(3));
        copies.add(r.getBoolean(4));
        ids.add(r.getString(1));
        ids.add(r.getString(2));
      }
      String[] vertices = ids.toArray(String[]::new);
      java.util.Map<String, Integer> index = new java.util.HashMap<>();
      for (int i = 0; i < vertices.length; i++) {
        index.put(vertices[i], i);
      }
      List<AverageLinkage.Edge> edges = new ArrayList<>(pairs.size());
      for (int i = 0; i < pairs.size(); i++) {
        edges.add(new AverageLinkage.Edge(index.get(pairs.get(i)[0]), index.get(pairs.get(i)[1]), sims.get(i),
            copies.get(i)));
      }
      double[] times = new double[vertices.length];
      for (int i = 0; i < vertices.length; i++) {
        times[i] = day.get(vertices[i]);
      }
      int[] label = AverageLinkage.cluster(vertices.length, edges, threshold, times, maxSpanDays);
      List<Row> out = new ArrayList<>(vertices.length);
      for (int i = 0; i < vertices.length; i++) {
        out.add(RowFactory.create(vertices[i], vertices[label[i]]));
      }
      return out.iterator();
    }
  }
}
