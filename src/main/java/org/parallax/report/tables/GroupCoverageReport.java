package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.string;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.groups.GroupStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code group_coverage} report: its schema and the one function that builds it from stage outputs. */
public final class GroupCoverageReport {
  public static final ReportTable TABLE = new ReportTable("group_coverage",
    "How each story's coverage splits by outlet group (the outlet table, --outlets): articles and outlets per "
        + "group value and their shares, and whether the story is a blindspot for that column (at least "
        + "groups.blindspot_min_outlets outlets, at least groups.blindspot_share of them with one value). "
        + "Empty without an outlet table.",
    "one row per cluster, group column and group value (null: outlets the table does not list)",
    string("cluster_id", false, "Cluster id.", "s1a2b3c4d5e6f"),
    string("group_column", false, "A column of the outlet table.", "lean"),
    string("group_value", true, "Its value; null for the story's outlets the table does not list.", "right"),
    bigint("articles", false, "The story's articles from outlets with this value.", "4"),
    bigint("outlets", false, "The story's outlets with this value.", "3"),
    dbl("article_share", false, "articles / story_articles.", "0.5"),
    dbl("outlet_share", false, "outlets / story_outlets.", "0.4286"),
    bigint("story_articles", false, "The story's articles with an outlet.", "8"),
    bigint("story_outlets", false, "The story's distinct outlets.", "7"),
    bool("blindspot", false, "Whether the story is a blindspot for this column (same on all its rows).", "false"),
    string("blindspot_value", true, "The value covering it when it is a blindspot; else null.", "right"))
    .sortedBy("cluster_id", "group_column", "group_value");

  private GroupCoverageReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.groups()));

  /** The groups stage's coverage, as it is. */
  public static Dataset<Row> build(GroupStage.Output groups) {
    return groups.coverage();
  }
}
