package org.parallax.report.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
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
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportColumn;
import org.parallax.report.ReportTable;

/** The {@code coverage} report: its schema and the one function that builds it from stage outputs. */
public final class CoverageReport {
  public static final ReportTable TABLE = new ReportTable("coverage",
    "How much each outlet covered each cluster.",
    "one row per cluster and outlet (outlet '(unknown)' for articles of unknown outlet)",
    string("cluster_id", false, "Cluster id.", "s1a2b3c4d5e6f"),
    outlet("Outlet; its row groups the cluster's articles of that outlet,"),
    bigint("articles", false, "Articles of this outlet in the cluster.", "1"),
    dbl("share", false, "articles / cluster size.", "0.5"),
    timestamp("first_published_at", true, "Earliest publication of this outlet in the cluster (UTC).",
        "2023-06-14 00:00:00+00"),
    timestamp("last_published_at", true, "Latest publication of this outlet in the cluster (UTC).",
        "2023-06-14 00:00:00+00")).sortedBy("cluster_id", "outlet");

  private CoverageReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.cluster()));

  /** Articles per cluster and outlet, with the outlet's share of the cluster and its time span. */
  public static Dataset<Row> build(ClusterStage.Output clusters) {
    return clusters.articles()
        .withColumn("_size", count(lit(1)).over(Window.partitionBy(ClusterStage.CLUSTER_ID)))
        .groupBy(col(ClusterStage.CLUSTER_ID), col("outlet"), col("_size")).agg(
            count(lit(1)).as("articles"),
            min("published_at").as("first_published_at"),
            max("published_at").as("last_published_at"))
        .withColumn("share", expr("round(articles / _size, 6)"));
  }
}
