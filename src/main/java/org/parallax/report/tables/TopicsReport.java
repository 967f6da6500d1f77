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

/** The {@code topics} report: its schema and the one function that builds it from stage outputs. */
public final class TopicsReport {
  public static final ReportTable TABLE = new ReportTable("topics",
    "LDA topics: the top terms of each topic.",
    "one row per topic and term (top topics.terms_per_topic terms)",
    integer("topic_id", false, "Topic number, 0 to topics.k - 1.", "3"),
    integer("rank", false, "1 = the topic's heaviest term.", "1"),
    string("term", false, "Term.", "tariffs"),
    dbl("weight", false, "Term weight in the topic (share of the topic's term distribution).", "0.021"))
    .sortedBy("topic_id", "rank");

  private TopicsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.topics()));

  /** The topics stage's topic terms, as they are. */
  public static Dataset<Row> build(TopicStage.Output topics) {
    return topics.topics();
  }
}
