package org.parallax.daily;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.cluster.ClusterStage;
import org.parallax.report.ReportTable;
import org.parallax.report.Reports;
import org.parallax.spark.Materialize;

/**
 * What a daily run writes of each report: the day's rows, each with the run id and the day. A run over
 * the day and its lookback analyses the context days' articles too, but reports them only once, on
 * their own day:
 *
 * <ul>
 *   <li>a report of articles (first column {@code article_id}): the day's articles;
 *   <li>a report of pairs ({@code article_a}, {@code article_b}): pairs with an article of the day;
 *   <li>a report of stories (a {@code cluster_id} column): the stories with an article of the day, as the
 *       day saw them (their context articles included);
 *   <li>the story state and history, and reports of the whole window (topics, outlet style, rejects): all
 *       their rows.
 * </ul>
 *
 * The day's articles and stories are worked out once per run, when this is made, and kept.
 */
public final class DayReports {
  private final DailyRun daily;
  private final Dataset<Row> dayArticles;
  private final Dataset<Row> dayStories;

  private DayReports(DailyRun daily, Dataset<Row> dayArticles, Dataset<Row> dayStories) {
    this.daily = daily;
    this.dayArticles = dayArticles;
    this.dayStories = dayStories;
  }

  /**
   * The day of {@code daily}: its articles, from the window's {@code days}, and its stories, from
   * {@code storyArticles} (article_id, cluster_id of every article in the window).
   */
  public static DayReports of(Dataset<Row> days, Dataset<Row> storyArticles, DailyRun daily) {
    Dataset<Row> ofDay = Materialize.of(days
        .filter(col(WindowStage.ARTICLE_DAY).equalTo(lit(java.sql.Date.valueOf(daily.day()))))
        .select(col("article_id").as("_day_article")));
    Dataset<Row> stories = Materialize.of(storyArticles
        .join(ofDay, col("article_id").equalTo(col("_day_article")), "left_semi")
        .select(col(ClusterStage.CLUSTER_ID).as("_day_story")).distinct());
    return new DayReports(daily, ofDay, stories);
  }

  /** {@code rows} of {@code table} restricted to the day, with run_id and day; write them as {@code table.daily()}. */
  public Dataset<Row> restrict(ReportTable table, Dataset<Row> rows) {
    List<String> columns = table.columnNames();
    Dataset<Row> kept;
    if (Reports.DAILY.contains(table)) {
      kept = rows;
    } else if (columns.get(0).equals("article_id")) {
      kept = rows.join(dayArticles, col("article_id").equalTo(col("_day_article")), "left_semi");
    } else if (columns.get(0).equals("article_a")) {
      Dataset<Row> a = dayArticles.select(col("_day_article").as("_day_a"));
      Dataset<Row> b = dayArticles.select(col("_day_article").as("_day_b"));
      kept = rows.join(a, col("article_a").equalTo(col("_day_a")), "left")
          .join(b, col("article_b").equalTo(col("_day_b")), "left")
          .filter(col("_day_a").isNotNull().or(col("_day_b").isNotNull())).drop("_day_a", "_day_b");
    } else if (columns.contains(ClusterStage.CLUSTER_ID)) {
      kept = rows.join(dayStories, col(ClusterStage.CLUSTER_ID).equalTo(col("_day_story")), "left_semi");
    } else {
      kept = rows;
    }
    return kept.withColumn("run_id", lit(daily.runId())).withColumn("day", lit(java.sql.Date.valueOf(daily.day())));
  }
}
