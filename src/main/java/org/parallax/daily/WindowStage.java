package org.parallax.daily;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.clean.CleanStage;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.parallax.spark.Materialize;

/**
 * Which articles a run analyses. A run over all the input keeps every article. A daily run (--day D)
 * keeps the articles whose day falls in [D - daily.lookback_days, D]: D's own articles, which it
 * reports, and the days before as context, so that a story that started earlier is clustered with its
 * continuation and keeps its id. An article's day is its publication date in UTC; an undated article
 * keeps the day the story state gave it, and one seen for the first time belongs to D (the ingest day).
 * Articles outside the window are counted, not rejected: they belong to other days.
 */
public final class WindowStage {
  public static final String NAME = "window";
  public static final String ARTICLE_DAY = "article_day";
  /** Every article of the window with its day (DATE). */
  public static final Contract DAYS = Contract.of(NAME, "days", "article_id", "outlet", ARTICLE_DAY);

  private WindowStage() {}

  /**
   * The articles in the window (the clean stage's columns) and the rejects; the articles the vocabulary and
   * IDF are fitted on (the window's, or in a daily run those of daily.idf_days); {@code days} null when not
   * daily.
   */
  public record Output(CleanStage.Output cleaned, Dataset<Row> fitOn, Dataset<Row> days) {}

  public static Output run(StageContext ctx, CleanStage.Output cleaned, DailyRun daily) {
    if (daily == null) {
      return new Output(cleaned, cleaned.articles(), null);
    }
    Dataset<Row> articles = cleaned.articles();
    Dataset<Row> known = daily.previousMembers().select(col("article_id").as("_known_id"),
        col(ARTICLE_DAY).as("_known_day"));
    Dataset<Row> dated = Materialize.of(articles.join(known, col("article_id").equalTo(col("_known_id")), "left")
        .withColumn("_day", coalesce(to_date(col("published_at")), col("_known_day"),
            lit(java.sql.Date.valueOf(daily.day()))))
        .drop("_known_id", "_known_day"));
    Column inWindow = col("_day").between(lit(java.sql.Date.valueOf(daily.firstDay())),
        lit(java.sql.Date.valueOf(daily.day())));
    Row n = dated.agg(count(lit(1)).as("all"), sum(when(inWindow, 1).otherwise(0)).as("window"),
        sum(when(col("_day").equalTo(lit(java.sql.Date.valueOf(daily.day()))), 1).otherwise(0)).as("day")).first();
    long all = n.<Long>getAs("all");
    long window = n.isNullAt(n.fieldIndex("window")) ? 0 : n.<Long>getAs("window");
    ctx.manifest().count(Count.ARTICLES_IN_WINDOW, window);
    ctx.manifest().count(Count.ARTICLES_OF_DAY, n.isNullAt(n.fieldIndex("day")) ? 0 : n.<Long>getAs("day"));
    ctx.manifest().count(Count.ARTICLES_OUTSIDE_WINDOW, all - window);
    Dataset<Row> kept = Materialize.of(dated.filter(inWindow));
    Dataset<Row> days = DAYS.check(kept.select(col("article_id"), col("outlet"), col("_day").as(ARTICLE_DAY)));
    LocalDate idfFrom = daily.day().minusDays(Math.max(daily.idfDays(), daily.lookbackDays()));
    Dataset<Row> analysed = CleanStage.ARTICLES.check(kept.drop("_day"));
    Dataset<Row> fitOn = idfFrom.equals(daily.firstDay()) ? analysed
        : Materialize.of(dated.filter(col("_day").between(lit(java.sql.Date.valueOf(idfFrom)),
            lit(java.sql.Date.valueOf(daily.day())))).drop("_day"));
    return new Output(new CleanStage.Output(analysed, cleaned.rejects()), CleanStage.ARTICLES.check(fitOn), days);
  }
}
