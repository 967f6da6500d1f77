package org.parallax.cluster;

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

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.features.Vocabulary;
import org.parallax.similarity.VectorFunctions;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.parallax.features.FeatureStage;
import org.parallax.similarity.SimilarityStage;

/** Describes clusters for people: size, outlets, time span, label terms, a representative article. */
public final class ClusterSummary {
  private ClusterSummary() {}

  /**
   * Similar pairs with the cluster both articles are in, or a null cluster_id when average linkage put
   * them in different clusters.
   */
  public static Dataset<Row> pairsWithCluster(Dataset<Row> pairs, Dataset<Row> clustered) {
    Dataset<Row> ca = clustered.select(col("article_id").as(SimilarityStage.A), col(ClusterStage.CLUSTER_ID).as("_ca"));
    Dataset<Row> cb = clustered.select(col("article_id").as(SimilarityStage.B), col(ClusterStage.CLUSTER_ID).as("_cb"));
    return pairs.join(ca, SimilarityStage.A).join(cb, SimilarityStage.B)
        .withColumn(ClusterStage.CLUSTER_ID, when(col("_ca").equalTo(col("_cb")), col("_ca")))
        .drop("_ca", "_cb");
  }

  /**
   * Each article's {@code k} highest-weighted TF-IDF terms, as rows (article_id, term, weight): what
   * {@link #clusters} labels clusters with. A cluster's label terms are the terms most of its articles
   * stress (among their top k), then those with the highest summed weight; looking at each article's
   * top k only keeps the work at k rows per article.
   */
  public static Dataset<Row> articleTerms(Dataset<Row> featurized, Vocabulary vocabulary, int k) {
    Broadcast<String[]> terms = new JavaSparkContext(featurized.sparkSession().sparkContext())
        .broadcast(vocabulary.terms());
    StructType termWeight = new StructType().add("term", DataTypes.StringType, false)
        .add("weight", DataTypes.DoubleType, false);
    UserDefinedFunction top = udf((UDF1<Vector, List<Row>>) v -> {
      SparseVector s = v.toSparse();
      List<Row> out = new ArrayList<>(k);
      for (int i : VectorFunctions.topTerms(s, k, null)) {
        out.add(RowFactory.create(terms.value()[i], s.apply(i)));
      }
      return out;
    }, DataTypes.createArrayType(termWeight));
    return featurized.select(col("article_id"), explode(top.apply(col(FeatureStage.TFIDF))).as("_t"))
        .select(col("article_id"), col("_t.term").as("term"), col("_t.weight").as("weight"));
  }

  /**
   * The clusters table. {@code articleTerms} comes from {@link #articleTerms}; {@code clusteredPairs}
   * from {@link #pairsWithCluster}.
   */
  public static Dataset<Row> clusters(Dataset<Row> clustered, Dataset<Row> pairsWithCluster, Dataset<Row> copies,
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

  /** The coverage table: articles per cluster and outlet. */
  public static Dataset<Row> coverage(Dataset<Row> clustered) {
    return clustered
        .withColumn("_size", count(lit(1)).over(Window.partitionBy(ClusterStage.CLUSTER_ID)))
        .groupBy(col(ClusterStage.CLUSTER_ID), col("outlet"), col("_size")).agg(
            count(lit(1)).as("articles"),
            min("published_at").as("first_published_at"),
            max("published_at").as("last_published_at"))
        .withColumn("share", expr("round(articles / _size, 6)"));
  }

}
