package org.parallax.report.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.outlet;
import static org.parallax.report.ReportColumn.string;
import static org.parallax.report.ReportColumn.timestamp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.parallax.cluster.ClusterStage;
import org.parallax.features.FeatureStage;
import org.parallax.topics.TopicStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportColumn;
import org.parallax.report.ReportTable;

/** The {@code articles} report: its schema and the one function that builds it from stage outputs. */
public final class ArticlesReport {
  public static final ReportTable TABLE = new ReportTable("articles",
    "Every accepted article, as analysed, with its coverage cluster and dominant topic.",
    "one row per accepted article",
    string("article_id", false, "Article id from the input (file name without extension for text files; "
        + "sha256- hash of the text when the input has none). Unique.", "9356f9f00d38eb76"),
    outlet("Outlet (publisher) name from the input or sidecar, else inferred from the text (see cleaning);"),
    string("url", true, "Article URL; null when unknown.", "https://apnews.com/article/..."),
    timestamp("published_at", true, "Publication time (UTC) from the input, else from a labelled date line "
        + "in the text; null when unknown.", "2023-06-14 00:00:00+00"),
    string("title", true, "Title from the input, else the first headline-like line; null when unknown.",
        "Blinken and Qin discuss ..."),
    string("text", false, "Body text as analysed (after cleaning).", "TAIPEI, Taiwan (AP) — U.S. Secretary ..."),
    string("cluster_id", false, "Coverage cluster of this article (see clusters).", "s1a2b3c4d5e6f"),
    bigint("cluster_size", false, "Articles in this article's cluster (1 = covered by no other article).", "2"),
    integer("n_tokens", false, "Tokens analysed (after stop words).", "231"),
    integer("raw_chars", false, "Characters of the text as read, before cleaning.", "2721"),
    integer("dominant_topic_id", true, "Topic with the largest weight for this article.", "3"),
    dbl("dominant_topic_weight", true, "Weight of the dominant topic (0-1).", "0.87"),
    string("agency", true, "Wire agency named in the dateline (see cleaning).", "AP"),
    string("dateline_place", true, "Dateline place (see cleaning).", "TAIPEI, Taiwan"),
    string("source", false, "File the article was read from.", "file:/data/corpus/part-0001.jsonl"),
    bigint("position", true, "1-based line (JSONL) or row (Parquet) in source; null for one-file-per-article "
        + "input.", "17"))
    .sortedBy("article_id");

  private ArticlesReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.cluster(), p.topics()));

  /** The clustered articles with their cluster's size, their token count and their dominant topic. */
  public static Dataset<Row> build(ClusterStage.Output clusters, TopicStage.Output topics) {
    Dataset<Row> dominant = topics.articleTopics()
        .withColumn("_r", row_number().over(Window.partitionBy("article_id")
            .orderBy(col("weight").desc(), col("topic_id").asc())))
        .filter(col("_r").equalTo(1))
        .select(col("article_id"), col("topic_id").as("dominant_topic_id"),
            col("weight").as("dominant_topic_weight"));
    // The articles (with their text) are the large side: the tokens go before any shuffle, and the cluster
    // sizes are a join (which adaptive execution broadcasts while small), not a window over the articles.
    Dataset<Row> sizes = clusters.articles().groupBy(ClusterStage.CLUSTER_ID).agg(count(lit(1)).as("cluster_size"));
    return clusters.articles()
        .withColumn("n_tokens", size(col(FeatureStage.TOKENS)))
        .drop(FeatureStage.TOKENS)
        .join(sizes, ClusterStage.CLUSTER_ID)
        .join(dominant, new String[] {"article_id"}, "left");
  }
}
