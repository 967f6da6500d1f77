package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
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

/** The {@code story_outlet_topics} report: its schema and the one function that builds it from stage outputs. */
public final class StoryOutletTopicsReport {
  public static final ReportTable TABLE = new ReportTable("story_outlet_topics",
    "Which topics each outlet stresses in a story more than the story's other outlets: per story of two or more "
        + "outlets, outlet and topic found in the story, the topic's share of the outlet's articles against its "
        + "share of the other outlets' articles.",
    "one row per story (2+ outlets), outlet and topic present in the story",
    string("cluster_id", false, "Cluster id.", "s1a2b3c4d5e6f"),
    string("outlet", false, "Outlet.", "Fox News"),
    integer("topic_id", false, "Topic number (see topics).", "3"),
    bigint("outlet_articles", false, "The outlet's articles in the story.", "2"),
    dbl("share", false, "The topic's share of the outlet's articles in the story (mean weight, 0-1).", "0.41"),
    dbl("others_share", false, "The topic's share of the story's articles from its other outlets.", "0.12"),
    dbl("difference", false, "share - others_share.", "0.29"),
    bool("stressed", false, "difference >= topics.stress_margin: the outlet stresses the topic more than the "
        + "others covering the story.", "true"))
    .sortedBy("cluster_id", "outlet", "topic_id");

  private StoryOutletTopicsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.cluster(), p.topics(),
      p.config().topics.stressMargin));

  /** The topics stage's article weights, compared outlet by outlet inside each story of the cluster stage. */
  public static Dataset<Row> build(ClusterStage.Output clusters, TopicStage.Output topics, double margin) {
    return TopicShares.byStoryOutlet(clusters.articles(), topics.articleTopics(), margin);
  }
}
