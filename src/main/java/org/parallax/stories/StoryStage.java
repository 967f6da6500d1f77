package org.parallax.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.cluster.ClusterStage;
import org.parallax.daily.DailyRun;
import org.parallax.daily.WindowStage;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.parallax.report.Reports;
import org.parallax.spark.Materialize;

/**
 * Story ids that persist across runs. A run over all the input keeps the cluster ids (derived from each
 * cluster's earliest article). A daily run gives each cluster the id of the story it continues from the
 * previous state ({@link StoryIds}), so that every later stage and report uses the persistent ids, and
 * returns the new state (story_members), the day's events (story_history) and the stories as of the day.
 */
public final class StoryStage {
  public static final String NAME = "stories";
  /** The story state: every article any run assigned, with its story. */
  public static final Contract MEMBERS = Contract.of(NAME, "members", "article_id", ClusterStage.CLUSTER_ID,
      "outlet", WindowStage.ARTICLE_DAY, "first_seen");
  /** The day's events: new, grew, merged, split. */
  public static final Contract HISTORY = Contract.of(NAME, "history", ClusterStage.CLUSTER_ID, "event",
      "other_cluster_id", "articles");
  public static final Contract STORIES = Contract.of(NAME, "stories", ClusterStage.CLUSTER_ID, "articles",
      "outlets", "first_day", "last_day", "first_seen", "updated_on", "merged_from");

  private StoryStage() {}

  /**
   * The clusters with their story ids (the cluster stage's output, renumbered in a daily run); in a daily run
   * also the new state, the day's events and the stories (null otherwise). On a quiet day (a daily run with no
   * article in its window) there are no clusters, and the state and stories are the previous day's.
   */
  public record Output(ClusterStage.Output clusters, Dataset<Row> members, Dataset<Row> history,
      Dataset<Row> stories) {}

  /** The manifest's story counts: the day's events by kind (0 when none) and the stories known after it. */
  private static void countEvents(StageContext ctx, Dataset<Row> history, Dataset<Row> stories) {
    for (Count c : List.of(Count.STORIES_NEW, Count.STORIES_GREW, Count.STORIES_MERGED, Count.STORIES_SPLIT)) {
      ctx.manifest().count(c, 0);
    }
    for (Row r : history.groupBy("event").agg(count(lit(1)).as("n")).collectAsList()) {
      String event = r.getAs("event");
      long n = r.<Long>getAs("n");
      switch (event) {
        case "new" -> ctx.manifest().count(Count.STORIES_NEW, n);
        case "grew" -> ctx.manifest().count(Count.STORIES_GREW, n);
        case "merged" -> ctx.manifest().count(Count.STORIES_MERGED, n);
        case "split" -> ctx.manifest().count(Count.STORIES_SPLIT, n);
        default -> throw new IllegalStateException("unknown story event " + event);
      }
    }
    ctx.manifest().count(Count.STORIES_KNOWN, stories.count());
  }

  public static Output run(StageContext ctx, ClusterStage.Output clustered, WindowStage.Output window,
      DailyRun daily) {
    if (daily == null) {
      return new Output(clustered, null, null, null);
    }
    if (clustered == null) {
      // A quiet day: no article in the window, so no cluster; the state carries over unchanged.
      Dataset<Row> history = HISTORY.check(ctx.spark().createDataFrame(List.of(), Reports.STORY_HISTORY.sparkSchema()));
      countEvents(ctx, history, daily.previousStories());
      return new Output(null, daily.previousMembers(), history, daily.previousStories());
    }
    String id = ClusterStage.CLUSTER_ID;
    Dataset<Row> now = clustered.articles().select(col("article_id"), col(id).as(StoryIds.C))
        .join(window.days(), "article_id");
    StoryIds.Carried carried = StoryIds.carry(now, daily.previousMembers(), daily.previousStories(), daily.day());
    Dataset<Row> ids = carried.ids().withColumnRenamed("story_id", "_story");
    List<String> articleColumns = List.of(clustered.articles().columns());
    Dataset<Row> articles = ClusterStage.ARTICLES.check(Materialize.of(clustered.articles()
        .join(ids, col(id).equalTo(col(StoryIds.C))).withColumn(id, col("_story"))
        .selectExpr(articleColumns.stream().map(c -> "`" + c + "`").toArray(String[]::new))));
    List<String> pairColumns = List.of(clustered.pairs().columns());
    Dataset<Row> pairs = ClusterStage.PAIRS.check(Materialize.of(clustered.pairs()
        .join(ids, col(id).equalTo(col(StoryIds.C)), "left").withColumn(id, col("_story"))
        .selectExpr(pairColumns.stream().map(c -> "`" + c + "`").toArray(String[]::new))));
    Dataset<Row> history = HISTORY.check(carried.history());
    Dataset<Row> stories = STORIES.check(Materialize.of(carried.stories()));
    countEvents(ctx, history, stories);
    return new Output(new ClusterStage.Output(articles, pairs), MEMBERS.check(carried.members()), history, stories);
  }
}
