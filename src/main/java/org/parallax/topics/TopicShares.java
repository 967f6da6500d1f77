package org.parallax.topics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Topic shares by group of articles: per story, outlet, outlet group and week, the mean weight of each topic
 * over the group's articles (an article's weights below topics.min_article_weight count as 0); and per
 * story and outlet, each topic's share in the outlet's articles against the story's other outlets'.
 */
public final class TopicShares {
  public static final String STORY = "story";
  public static final String OUTLET = "outlet";
  public static final String OUTLET_GROUP = "outlet_group";
  public static final String WEEK = "week";

  private TopicShares() {}

  /**
   * (level, group_column, group_key, topic_id, articles, share, rank). {@code articles} has article_id,
   * cluster_id, outlet and published_at; {@code weights} is article_topics; {@code outletGroups} is the
   * outlet table in long form (outlet, group_column, group_value), empty without one.
   */
  public static Dataset<Row> byGroup(Dataset<Row> articles, Dataset<Row> weights, Dataset<Row> outletGroups) {
    Dataset<Row> a = articles.select(col("article_id"), col("cluster_id"), col("outlet"),
        date_format(date_trunc("week", col("published_at")), "yyyy-MM-dd").as("_week"));
    // stories of two or more articles (a story of one is its article's row of article_topics)
    Dataset<Row> stories = a.groupBy("cluster_id").agg(count(lit(1)).as("_n")).filter(col("_n").geq(2));
    Dataset<Row> story = shares(a.join(stories.select("cluster_id"), "cluster_id"), weights, STORY, lit(null),
        col("cluster_id"));
    Dataset<Row> outlet = shares(a, weights, OUTLET, lit(null), col("outlet"));
    Dataset<Row> groups = outletGroups.select(lower(col("outlet")).as("_o"), col("group_column"), col("group_value"));
    Dataset<Row> grouped = a.withColumn("_o", lower(col("outlet"))).join(groups, "_o");
    Dataset<Row> group = shares(grouped, weights, OUTLET_GROUP, col("group_column"), col("group_value"));
    Dataset<Row> week = shares(a.filter(col("_week").isNotNull()), weights, WEEK, lit(null), col("_week"));
    Dataset<Row> all = story.unionByName(outlet).unionByName(group).unionByName(week);
    return all.withColumn("rank", row_number().over(Window.partitionBy("level", "group_column", "group_key")
        .orderBy(col("share").desc(), col("topic_id").asc())));
  }

  /** Mean topic weight per group of {@code members} (one row per article of the group), keyed by {@code key}. */
  private static Dataset<Row> shares(Dataset<Row> members, Dataset<Row> weights, String level, Column groupColumn,
      Column key) {
    Dataset<Row> keyed = members.select(col("article_id"), groupColumn.cast("string").as("group_column"),
        key.cast("string").as("group_key"));
    // the sizes' keys get names of their own: both sides come from keyed, and a join on same-named columns of
    // one lineage is an ambiguous self-join
    Dataset<Row> sizes = keyed.groupBy("group_column", "group_key").agg(count(lit(1)).as("articles"))
        .withColumnRenamed("group_column", "_size_column").withColumnRenamed("group_key", "_size_key");
    Dataset<Row> sums = keyed.join(weights, "article_id").groupBy("group_column", "group_key", "topic_id")
        .agg(sum("weight").as("_w"));
    return sums.join(sizes, joinKeys(sums, sizes))
        .select(lit(level).as("level"), sums.col("group_column"), sums.col("group_key"), col("topic_id"),
            col("articles"), round(col("_w").divide(col("articles")), 4).as("share"));
  }

  /** Null-safe equality on the group columns (outlet or group column may be null). */
  private static Column joinKeys(Dataset<Row> sums, Dataset<Row> sizes) {
    return sums.col("group_column").eqNullSafe(sizes.col("_size_column"))
        .and(sums.col("group_key").eqNullSafe(sizes.col("_size_key")));
  }

  /**
   * Per story of two or more outlets, outlet and topic present in the story: (cluster_id, outlet, topic_id,
   * outlet_articles, share, others_share, difference, stressed), where others_share is the topic's mean
   * weight over the story's articles from its other outlets and stressed means difference >= {@code margin}.
   */
  public static Dataset<Row> byStoryOutlet(Dataset<Row> articles, Dataset<Row> weights, double margin) {
    Dataset<Row> a = articles.filter(col("outlet").isNotNull()).select("article_id", "cluster_id", "outlet");
    Dataset<Row> multi = a.groupBy("cluster_id").agg(countDistinct("outlet").as("_outlets"), count(lit(1)).as("_n"))
        .filter(col("_outlets").geq(2));
    Dataset<Row> members = a.join(multi, "cluster_id");
    Dataset<Row> outlets = members.groupBy("cluster_id", "outlet", "_n").agg(count(lit(1)).as("outlet_articles"));
    Dataset<Row> weighted = members.join(weights, "article_id");
    Dataset<Row> storyTopics = weighted.groupBy("cluster_id", "topic_id").agg(sum("weight").as("_story_w"));
    Dataset<Row> outletTopics = weighted.groupBy("cluster_id", "outlet", "topic_id").agg(sum("weight").as("_w"));
    Dataset<Row> grid = storyTopics.join(outlets, "cluster_id")
        .join(outletTopics, new String[] {"cluster_id", "outlet", "topic_id"}, "left")
        .withColumn("_w", coalesce(col("_w"), lit(0.0)));
    Column share = col("_w").divide(col("outlet_articles"));
    Column others = col("_story_w").minus(col("_w")).divide(col("_n").minus(col("outlet_articles")));
    return grid.select(col("cluster_id"), col("outlet"), col("topic_id"), col("outlet_articles"),
            round(share, 4).as("share"), round(others, 4).as("others_share"))
        .withColumn("difference", round(col("share").minus(col("others_share")), 4))
        .withColumn("stressed", col("difference").geq(margin));
  }
}
