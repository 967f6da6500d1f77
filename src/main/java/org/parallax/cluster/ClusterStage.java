package org.parallax.cluster;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha1;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.config.ParallaxConfig;
import org.parallax.copies.CopyStage;
import org.parallax.features.FeatureStage;
import org.parallax.graph.ConnectedComponents;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.parallax.report.RunManifest;
import org.parallax.similarity.SimilarityStage;
import org.parallax.spark.Materialize;
import org.parallax.spark.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coverage clusters. The linkable pairs ({@link Linking}) are split into connected components
 * (independent groups, found with joins); each component is then clustered by average linkage
 * ({@link AverageLinkage}) in one task, so two stories that merely touch through one pair stay apart. A
 * component larger than {@code cluster.max_component_articles} is first cut into blocks of that many
 * articles in publication order, so that no task holds it whole (real news percolates into one large
 * component, which average linkage then separates: ABP's is 32,430 of 37,553 articles, clustered whole). Every article gets a cluster; an article with no similar pair
 * is a cluster of one. Copies are must-links, and a cluster's dated articles span at most
 * {@code cluster.max_days_apart} days. The cluster id is derived from the cluster's earliest article (then
 * smallest id), so the same input always gives the same ids and articles published later never
 * renumber a story.
 */
public final class ClusterStage {
  public static final String NAME = "cluster";
  public static final String CLUSTER_ID = "cluster_id";
  private static final Logger LOG = LoggerFactory.getLogger(ClusterStage.class);
  /** The articles (tokens kept for framing and reports, vectors dropped) with their cluster. */
  public static final Contract ARTICLES = org.parallax.clean.CleanStage.ARTICLES.plus(NAME, "articles",
      FeatureStage.TOKENS, CLUSTER_ID);
  /** The pairs clustering could link, with the cluster both ends ended up in (null when apart). */
  public static final Contract PAIRS = Contract.of(NAME, "pairs", SimilarityStage.A, SimilarityStage.B,
      SimilarityStage.SIMILARITY, SimilarityStage.TITLE_SIMILARITY, SimilarityStage.DAYS_APART, Linking.IS_COPY,
      Linking.LINK_SCORE, CLUSTER_ID);
  /** Internal: each linked article's local scale ({@link LocalScaling}), from its component's task. */
  private static final String SCALE = "_scale";
  private static final StructType ROOTS = new StructType()
      .add("vertex", DataTypes.StringType, false)
      .add("root", DataTypes.StringType, false)
      .add(SCALE, DataTypes.DoubleType, false);

  private ClusterStage() {}

  /** What cluster returns: every article with its cluster, and the linkable pairs. */
  public record Output(Dataset<Row> articles, Dataset<Row> pairs) {}

  public static Output run(StageContext ctx, FeatureStage.Output features, SimilarityStage.Output scored,
      CopyStage.Output copies, ParallaxConfig.Cluster cfg) {
    Dataset<Row> vectors = features.vectors();
    Dataset<Row> linkable = Materialize.of(Linking.linkable(scored.pairs(), copies.pairs(),
        Linking.days(vectors, copies.members()), cfg));
    RunManifest m = ctx.manifest();
    m.count(Count.SIMILAR_PAIRS, linkable.count());
    Dataset<Row> scaled = Materialize.of(clustered(m, vectors.drop(FeatureStage.TF, FeatureStage.TFIDF), linkable,
        cfg));
    Dataset<Row> articles = ARTICLES.check(scaled.drop(SCALE));
    Dataset<Row> pairs = PAIRS.check(Materialize.of(withCluster(
        linkable.drop(Linking.DAY_A, Linking.DAY_B), scaled, cfg)));
    Row n = articles.groupBy(CLUSTER_ID).agg(count(lit(1)).as("size"), countDistinct(col("outlet")).as("outlets"))
        .agg(count(lit(1)).as("clusters"), sum(when(col("size").geq(2), 1).otherwise(0)).as("multi_article"),
            sum(when(col("outlets").geq(2), 1).otherwise(0)).as("multi_outlet"))
        .first();
    m.count(Count.CLUSTERS, n.<Long>getAs("clusters"));
    m.count(Count.CLUSTERS_MULTI_ARTICLE, n.isNullAt(n.fieldIndex("multi_article")) ? 0 : n.<Long>getAs("multi_article"));
    m.count(Count.CLUSTERS_MULTI_OUTLET, n.isNullAt(n.fieldIndex("multi_outlet")) ? 0 : n.<Long>getAs("multi_outlet"));
    return new Output(articles, pairs);
  }

  /**
   * Articles with a {@code cluster_id} column. {@code linkable} comes from {@link Linking#linkable}; the
   * component counts go to {@code manifest}.
   */
  public static Dataset<Row> assign(RunManifest manifest, Dataset<Row> articles, Dataset<Row> linkable,
      ParallaxConfig.Cluster cfg) {
    return clustered(manifest, articles, linkable, cfg).drop(SCALE);
  }

  /** {@link #assign}, with each article's local scale in {@code _scale} (null when it has no linkable pair). */
  static Dataset<Row> clustered(RunManifest manifest, Dataset<Row> articles, Dataset<Row> linkable,
      ParallaxConfig.Cluster cfg) {
    String a = SimilarityStage.A;
    String b = SimilarityStage.B;
    Dataset<Row> components = ConnectedComponents.of(linkable, a, b, cfg.maxIterations);
    Dataset<Row> sizes = components.groupBy("label").agg(count(lit(1)).as("_n"));
    Row stats = sizes.agg(count(lit(1)).as("components"), max("_n").as("largest"),
        sum(when(col("_n").gt(cfg.maxComponentArticles), 1).otherwise(0)).as("giants")).first();
    long giants = stats.isNullAt(stats.fieldIndex("giants")) ? 0 : stats.<Long>getAs("giants");
    manifest.count(Count.COMPONENTS, stats.<Long>getAs("components"));
    manifest.count(Count.LARGEST_COMPONENT_ARTICLES,
        stats.isNullAt(stats.fieldIndex("largest")) ? 0 : stats.<Long>getAs("largest"));
    manifest.count(Count.COMPONENTS_SPLIT, giants);
    Dataset<Row> edges;
    if (giants == 0) {
      edges = linkable.join(components, col(a).equalTo(col("vertex")));
    } else {
      LOG.warn("{} connected component(s) of the similar-pair graph exceed cluster.max_component_articles={} "
          + "(the largest has {} articles): each is cut into blocks of {} articles in publication order, and "
          + "links between blocks are cut", giants, cfg.maxComponentArticles, stats.<Long>getAs("largest"),
          cfg.maxComponentArticles);
      Dataset<Row> blocks = Materialize.of(split(components, sizes, linkable, cfg.maxComponentArticles));
      Dataset<Row> labelB = blocks.select(col("vertex").as("_vb"), col("label").as("_lb"));
      edges = linkable.join(blocks, col(a).equalTo(col("vertex")))
          .join(labelB, col(b).equalTo(col("_vb")))
          .filter(col("label").equalTo(col("_lb")));
    }
    Dataset<Row> roots = edges
        .select(col("label"), col(a), col(b), col(Linking.LINK_SCORE), col(Linking.IS_COPY),
            col(Linking.DAY_A), col(Linking.DAY_B))
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("label"), Encoders.STRING())
        .flatMapGroups(new LinkComponent(cfg), Encoders.row(ROOTS));
    Dataset<Row> joined = articles.join(roots, articles.col("article_id").equalTo(roots.col("vertex")), "left")
        .withColumn("root", coalesce(col("root"), col("article_id")));
    // The id comes from the cluster's earliest article, so that articles published later never renumber it.
    Column earliest = first(col("article_id")).over(Window.partitionBy("root")
        .orderBy(col("published_at").asc_nulls_last(), col("article_id").asc()));
    return joined.withColumn(CLUSTER_ID, clusterId(earliest)).drop("vertex", "root");
  }

  /**
   * (vertex, label) with every component larger than {@code max} relabelled into blocks of at most
   * {@code max} vertices, consecutive in publication order (undated last, then by id).
   */
  static Dataset<Row> split(Dataset<Row> components, Dataset<Row> sizes, Dataset<Row> linkable, int max) {
    Dataset<Row> days = linkable.select(col(SimilarityStage.A).as("vertex"), col(Linking.DAY_A).as("_day"))
        .union(linkable.select(col(SimilarityStage.B).as("vertex"), col(Linking.DAY_B).as("_day")))
        .distinct();
    Dataset<Row> sized = components.join(sizes, "label");
    Dataset<Row> giant = sized.filter(col("_n").gt(max)).join(days, "vertex")
        .withColumn("_i", row_number().over(Window.partitionBy("label")
            .orderBy(col("_day").asc_nulls_last(), col("vertex").asc())))
        .select(col("vertex"), concat(col("label"), lit("#"), floor(col("_i").minus(1).divide(max)).cast("string"))
            .as("label"));
    return sized.filter(col("_n").leq(max)).select("vertex", "label").unionByName(giant);
  }

  /**
   * The pairs with the cluster both articles are in, or a null cluster_id when average linkage put them
   * in different clusters, and their {@code link_score} as average linkage weighed it (scaled by both
   * articles' scales, which {@code clustered} carries in {@code _scale}).
   */
  static Dataset<Row> withCluster(Dataset<Row> pairs, Dataset<Row> clustered, ParallaxConfig.Cluster cfg) {
    Dataset<Row> ca = clustered.select(col("article_id").as(SimilarityStage.A), col(CLUSTER_ID).as("_ca"),
        col(SCALE).as("_sa"));
    Dataset<Row> cb = clustered.select(col("article_id").as(SimilarityStage.B), col(CLUSTER_ID).as("_cb"),
        col(SCALE).as("_sb"));
    return pairs.join(ca, SimilarityStage.A).join(cb, SimilarityStage.B)
        .withColumn(CLUSTER_ID, when(col("_ca").equalTo(col("_cb")), col("_ca")))
        .withColumn(Linking.LINK_SCORE, LocalScaling.scaled(col(Linking.LINK_SCORE), col("_sa"), col("_sb"), cfg))
        .drop("_ca", "_cb", "_sa", "_sb");
  }

  /** "s" and the first 12 hex digits of the SHA-1 of the cluster's root article id. */
  public static Column clusterId(Column rootArticleId) {
    return concat(lit("s"), substring(sha1(rootArticleId.cast("binary")), 1, 12));
  }

  /**
   * Average linkage over the locally scaled edges of one connected component (which holds every linkable pair
   * of its articles, or of its block's); emits (article, root article, scale).
   */
  static final class LinkComponent implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final ParallaxConfig.Cluster cfg;

    LinkComponent(ParallaxConfig.Cluster cfg) {
      this.cfg = cfg;
    }

    @Override
    public Iterator<Row> call(String component, Iterator<Row> rows) {
      List<String[]> pairs = new ArrayList<>();
      List<Double> sims = new ArrayList<>();
      List<Boolean> copies = new ArrayList<>();
      TreeSet<String> ids = new TreeSet<>();
      Map<String, Double> day = new HashMap<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        String a = r.getAs(SimilarityStage.A);
        String b = r.getAs(SimilarityStage.B);
        day.put(a, dayOf(r, Linking.DAY_A));
        day.put(b, dayOf(r, Linking.DAY_B));
        pairs.add(new String[] {a, b});
        sims.add(r.<Double>getAs(Linking.LINK_SCORE));
        copies.add(r.<Boolean>getAs(Linking.IS_COPY));
        ids.add(a);
        ids.add(b);
      }
      String[] vertices = ids.toArray(String[]::new);
      Map<String, Integer> index = new HashMap<>();
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
      double[] scales = LocalScaling.scales(vertices.length, edges, cfg);
      int[] label = AverageLinkage.cluster(vertices.length, LocalScaling.apply(edges, scales, cfg), cfg.threshold,
          times, cfg.maxDaysApart);
      List<Row> out = new ArrayList<>(vertices.length);
      for (int i = 0; i < vertices.length; i++) {
        out.add(Rows.of(ROOTS).set("vertex", vertices[i]).set("root", vertices[label[i]]).set(SCALE, scales[i])
            .build());
      }
      return out.iterator();
    }

    private static double dayOf(Row r, String field) {
      Double d = r.getAs(field);
      return d == null ? Double.NaN : d;
    }
  }
}
