package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;
import static org.parallax.report.ReportColumn.timestamp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.cluster.ClusterStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportColumn;
import org.parallax.report.ReportTable;

/** The {@code similar_pairs} report: its schema and the one function that builds it from stage outputs. */
public final class SimilarPairsReport {
  public static final ReportTable TABLE = new ReportTable("similar_pairs",
    "Article pairs found similar: TF-IDF cosine at or above similarity.min_similarity and within "
        + "cluster.max_days_apart, or copies. Average linkage decides which of them end up in one cluster.",
    "one row per similar pair (article_a < article_b)",
    string("article_a", false, "Article id (the smaller of the two).", "000_9356f9f00d38eb76"),
    string("article_b", false, "Article id (the larger of the two).", "003_4a09b757ad9d92c4"),
    dbl("similarity", false, "Cosine similarity of the two texts' TF-IDF vectors (0-1).", "0.52"),
    dbl("title_similarity", true, "Cosine similarity of the two titles' TF-IDF vectors (0-1); null when either "
        + "has no title word.", "0.61"),
    dbl("days_apart", true, "Days between the two publication times; null when one is unknown.", "0.0"),
    ReportColumn.bool("is_copy", false, "True when one article copies the other (see copies); copies are linked "
        + "whatever their days_apart.", "false"),
    dbl("link_score", false, "The evidence average linkage weighed the pair by: similarity, or "
        + "cluster.title_weight x title_similarity when higher, lowered for articles more than "
        + "cluster.date_decay_after_days apart (cluster.date_decay), then scaled by both articles' "
        + "neighbourhoods: times (cluster.scale_reference / sqrt(scale_a x scale_b))^cluster.scale_power, an "
        + "article's scale being the unscaled evidence of its cluster.scale_neighbour-th strongest pair, at least "
        + "cluster.scale_floor (so it can exceed 1).",
        "0.43"),
    string("cluster_id", true, "Cluster both articles belong to; null when they are in different clusters.",
        "s1a2b3c4d5e6f")).sortedBy("article_a", "article_b");

  private SimilarPairsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.cluster()));

  /** The cluster stage's linkable pairs, with the cluster both ends are in. */
  public static Dataset<Row> build(ClusterStage.Output clusters) {
    return clusters.pairs();
  }
}
