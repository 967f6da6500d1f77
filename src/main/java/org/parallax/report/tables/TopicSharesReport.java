package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.cluster.ClusterStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;
import org.parallax.topics.TopicShares;
import org.parallax.topics.TopicStage;

/** The {@code topic_shares} report: its schema and the one function that builds it from stage outputs. */
public final class TopicSharesReport {
  public static final ReportTable TABLE = new ReportTable("topic_shares",
    "What each story, outlet, outlet group and week is about: each topic's share of the group's articles (the "
        + "mean of the articles' topic weights; a weight below topics.min_article_weight counts as 0). Stories "
        + "of one article are left out (see article_topics), and so are undated articles from the weeks.",
    "one row per level, group and topic with a weight in the group",
    string("level", false, "What the group is: story (a cluster of 2+ articles), outlet, outlet_group (a value "
        + "of a column of the outlet table, --outlets) or week (UTC, from Monday).", "outlet"),
    string("group_column", true, "For outlet_group: the outlet table's column; else null.", "lean"),
    string("group_key", true, "The group: the cluster_id, the outlet (null: articles without one), the group "
        + "value, or the week's Monday (yyyy-MM-dd).", "Fox News"),
    integer("topic_id", false, "Topic number (see topics).", "3"),
    bigint("articles", false, "Articles in the group.", "212"),
    dbl("share", false, "The topic's share of the group's articles (0-1; a group's shares add up to about 1).",
        "0.184"),
    integer("rank", false, "1 = the group's largest topic.", "1"))
    .sortedBy("level", "group_column", "group_key", "topic_id");

  private TopicSharesReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.cluster(), p.topics(),
      p.groups().outlets()));

  /** Shares of the topics stage's article weights, grouped by the cluster stage's articles and the outlet table. */
  public static Dataset<Row> build(ClusterStage.Output clusters, TopicStage.Output topics, Dataset<Row> outletGroups) {
    return TopicShares.byGroup(clusters.articles(), topics.articleTopics(), outletGroups);
  }
}
