package org.parallax.report.tables;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;
import static org.parallax.report.ReportColumn.timestamp;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.cluster.ClusterStage;
import org.parallax.copies.CopyStage;
import org.parallax.features.FeatureStage;
import org.parallax.features.Vocabulary;
import org.parallax.similarity.SimilarityStage;
import org.parallax.similarity.VectorFunctions;
import org.parallax.spark.Rows;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportColumn;
import org.parallax.report.ReportTable;

/** The {@code clusters} report: its schema and the one function that builds it from stage outputs. */
public final class ClustersReport {
  public static final ReportTable TABLE = new ReportTable("clusters",
    "Coverage clusters: articles on the same story, across outlets. Clusters of one article are included "
        + "(size = 1); filter on size >= 2 for stories covered more than once.",
    "one row per cluster",
    string("cluster_id", false, "Cluster id: 's' and 12 hex digits of the SHA-1 of the cluster's earliest "
        + "article id (published first; undated last; then smallest id): the same input gives the same ids, "
        + "and adding articles published later never renumbers a story.", "s1a2b3c4d5e6f"),
    bigint("size", false, "Articles in the cluster.", "3"),
    bigint("copies", false, "Articles in the cluster that are copies of another article (see copies).", "1"),
    bigint("n_outlets", false, "Distinct known outlets in the cluster.", "3"),
    string("outlets", true, "Distinct outlets, sorted, separated by '; '; null when none is known.",
        "AP; Almasirah"),
    timestamp("first_published_at", true, "Earliest publication time in the cluster (UTC).",
        "2024-04-26 00:00:00+00"),
    timestamp("last_published_at", true, "Latest publication time in the cluster (UTC).",
        "2025-04-12 03:02:51+00"),
    string("label_terms", true, "Words or word pairs that best describe the cluster: those among the strongest "
        + "TF-IDF terms (5 x cluster.label_terms) of most of its articles, then of the highest summed weight; "
        + "separated by ', '.",
        "qin, stop, manage, ahead, phone"),
    string("representative_article_id", false, "The article most similar to the rest of its cluster.",
        "002_89291d4d50dca3d3"),
    string("representative_title", true, "Title of the representative article.",
        "In Beijing, Blinken and Xi stress need for continued U.S.-China dialogue"),
    dbl("mean_similarity", true, "Mean cosine of the cluster's similar pairs (pairs below "
        + "similarity.min_similarity not counted); null when it has none.",
        "0.41")).sortedBy("cluster_id");

  private ClustersReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.cluster(), p.copies(),
      p.features(), p.config().cluster.labelTerms));

  /** One row per cluster: size, outlets, time span, label terms, representative article, mean similarity. */
  public static Dataset<Row> build(ClusterStage.Output clusters, CopyStage.Output copies,
      FeatureStage.Output features, int labelTerms) {
    return clusters(clusters.articles(), clusters.pairs(), copies.copies(),
        articleTerms(features.vectors(), features.vocabulary(), 5 * labelTerms), labelTerms);
  }

  /**
   * Each article's {@code k} highest-weighted TF-IDF terms, as rows (article_id, term, weight): what
   * {@link #clusters} labels clusters with. A cluster's label terms are the terms most of its articles
   * stress (among their top k), then those with the highest summed weight; looking at each article's
   * top k only keeps the work at k rows per article.
   */
  static Dataset<Row> articleTerms(Dataset<Row> featurized, Vocabulary vocabulary, int k) {
    Broadcast<String[]> terms = new JavaSparkContext(featurized.sparkSession().sparkContext())
        .broadcast(vocabulary.terms());
    StructType termWeight = new StructType().add("term", DataTypes.StringType, false)
        .add("weight", DataTypes.DoubleType, false);
    UserDefinedFunction top = udf((UDF1<Vector, List<Row>>) v -> {
      SparseVector s = v.toSparse();
      List<Row> out = new ArrayList<>(k);
      for (int i : VectorFunctions.topTerms(s, k, null)) {
        out.add(Rows.of(termWeight).set("term", terms.value()[i]).set("weight", s.apply(i)).build());
      }
      return out;
    }, DataTypes.createArrayType(termWeight));
    return featurized.select(col("article_id"), explode(top.apply(col(FeatureStage.TFIDF))).as("_t"))
        .select(col("article_id"), col("_t.term").as("term"), col("_t.weight").as("weight"));
  }

  /**
   * The clusters table. {@code articleTerms} comes from {@link #articleTerms}; {@code pairsWithCluster} is the
   * cluster stage's pairs.
   */
  static Dataset<Row> clusters(Dataset<Row> clustered, Dataset<Row> pairsWithCluster, Dataset<Row> copies,
      Dataset<Row> articleTerms, int labelTerms) {
    Dataset<Row> clusteredPairs = pairsWithCluster.filter(col(ClusterStage.CLUSTER_ID).isNotNull());
    Dataset<Row> base = clustered.groupBy(ClusterStage.CLUSTER_ID).agg(
        count(lit(1)).as("size"),
        countDistinct(col("outlet")).as("n_outlets"),
        concat_ws("; ", array_sort(collect_set(col("outlet")))).as("_outlets"),
        min("published_at").as("first_published_at"),
        max("published_at").as("last_published_at"))
        .withColumn("outlets", when(col("n_outlets").gt(0), col("_outlets")))
        .drop("_outlets");

    Dataset<Row> termScores = articleTerms
        .join(clustered.select("article_id", ClusterStage.CLUSTER_ID), "article_id")
        .groupBy(ClusterStage.CLUSTER_ID, "term").agg(count(lit(1)).as("articles"), sum("weight").as("score"))
        .withColumn("rank", row_number().over(Window.partitionBy(ClusterStage.CLUSTER_ID)
            .orderBy(col("articles").desc(), col("score").desc(), col("term").asc())))
        .filter(col("rank").leq(labelTerms));
    Dataset<Row> labels = termScores.groupBy(ClusterStage.CLUSTER_ID)
        .agg(array_sort(collect_list(struct(col("rank"), col("term")))).as("_l"))
        .select(col(ClusterStage.CLUSTER_ID), expr("concat_ws(', ', transform(_l, x -> x.term))").as("label_terms"));

    Dataset<Row> degree = clusteredPairs.select(col(SimilarityStage.A).as("article_id"), col(SimilarityStage.SIMILARITY))
        .union(clusteredPairs.select(col(SimilarityStage.B).as("article_id"), col(SimilarityStage.SIMILARITY)))
        .groupBy("article_id").agg(sum(SimilarityStage.SIMILARITY).as("centrality"));
    Dataset<Row> representative = clustered.select("article_id", ClusterStage.CLUSTER_ID, "title")
        .join(degree, new String[] {"article_id"}, "left")
        .withColumn("centrality", coalesce(col("centrality"), lit(0.0)))
        .withColumn("r", row_number().over(Window.partitionBy(ClusterStage.CLUSTER_ID)
            .orderBy(col("centrality").desc(), col("article_id").asc())))
        .filter(col("r").equalTo(1))
        .select(col(ClusterStage.CLUSTER_ID), col("article_id").as("representative_article_id"),
            col("title").as("representative_title"));

    Dataset<Row> meanSimilarity = clusteredPairs.groupBy(ClusterStage.CLUSTER_ID)
        .agg(expr("round(avg(similarity), 6)").as("mean_similarity"));

    Dataset<Row> copyCounts = copies.select("article_id")
        .join(clustered.select("article_id", ClusterStage.CLUSTER_ID), "article_id")
        .groupBy(ClusterStage.CLUSTER_ID).agg(count(lit(1)).as("copies"));

    return base.join(copyCounts, new String[] {ClusterStage.CLUSTER_ID}, "left")
        .withColumn("copies", coalesce(col("copies"), lit(0L)))
        .join(labels, new String[] {ClusterStage.CLUSTER_ID}, "left")
        .join(representative, ClusterStage.CLUSTER_ID)
        .join(meanSimilarity, new String[] {ClusterStage.CLUSTER_ID}, "left");
  }

}
