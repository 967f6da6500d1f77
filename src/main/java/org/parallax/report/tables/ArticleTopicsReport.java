package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;
import static org.parallax.report.ReportColumn.timestamp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.topics.TopicStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportColumn;
import org.parallax.report.ReportTable;

/** The {@code article_topics} report: its schema and the one function that builds it from stage outputs. */
public final class ArticleTopicsReport {
  public static final ReportTable TABLE = new ReportTable("article_topics",
    "Topic mixture of each article.",
    "one row per article and topic with weight >= topics.min_article_weight",
    string("article_id", false, "Article id.", "003_4a09b757ad9d92c4"),
    integer("topic_id", false, "Topic number.", "3"),
    dbl("weight", false, "Share of the article attributed to the topic (0-1).", "0.64"))
    .sortedBy("article_id", "topic_id");

  private ArticleTopicsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.topics()));

  /** The topics stage's article weights, as they are. */
  public static Dataset<Row> build(TopicStage.Output topics) {
    return topics.articleTopics();
  }
}
