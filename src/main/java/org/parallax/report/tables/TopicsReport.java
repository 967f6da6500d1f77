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
    "LDA topics: the top terms of each topic, with the topic's coherence, strength and whether it is flat.",
    "one row per topic and term (top topics.terms_per_topic terms)",
    integer("topic_id", false, "Topic number, 0 to topics.k - 1.", "3"),
    integer("rank", false, "1 = the topic's heaviest term.", "1"),
    string("term", false, "Term.", "tariffs"),
    dbl("weight", false, "Term weight in the topic (share of the topic's term distribution).", "0.021"),
    dbl("topic_npmi", true, "The topic's coherence: mean NPMI (-1 to 1) over the pairs of its top 10 terms, "
        + "counted as document co-occurrence in this run's corpus; around 0.1 for loosely related words, 0.3 and "
        + "more for words that clearly go together. Null for a topic with fewer than two terms.", "0.27"),
    dbl("topic_strength", false, "The topic's share of the corpus: its mean weight over all articles (the "
        + "strengths of all topics add up to 1).", "0.083"),
    ReportColumn.bool("topic_flat", false, "True when the topic is nearly flat: its top 10 terms are less than "
        + "3 times (with fewer than 9 topics, 1 + (k - 1) / 4 times) as likely in it as in the corpus as a whole, "
        + "so it says little about any article.", "false"))
    .sortedBy("topic_id", "rank");

  private TopicsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.topics()));

  /** The topics stage's topic terms, as they are. */
  public static Dataset<Row> build(TopicStage.Output topics) {
    return topics.topics();
  }
}
