package org.parallax.stories;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.parallax.cluster.ClusterStage;

/**
 * Carries story ids from one run to the next. The window's clusters (new ids, from this run) are matched
 * to the stories of the previous state through the articles they share:
 *
 * <ul>
 *   <li>each old story goes with the cluster that holds most of its window articles (ties: the smaller
 *       cluster id);
 *   <li>a cluster keeps the id of the old story, among those that went with it, that has most articles in
 *       it (ties: the older story, then the smaller id); the other old stories that went with it are
 *       <b>merged</b> into it (their ids become its aliases, and their members outside the window move too);
 *   <li>articles of an old story that ended up in another cluster are a <b>split</b> off it (the larger
 *       part keeps the id, by the first rule);
 *   <li>a cluster that took no old story gets a new id: its cluster id (from its earliest article), or,
 *       should that be an old story's id, one derived from it and the day.
 * </ul>
 *
 * Nothing is collected to the driver: joins and windows over the window's articles and the state.
 */
public final class StoryIds {
  static final String C = "_c";
  private StoryIds() {}

  /** Cluster id to story id (_c, story_id), the day's events, and the new state. */
  public record Carried(Dataset<Row> ids, Dataset<Row> history, Dataset<Row> members, Dataset<Row> stories) {}

  /**
   * @param now the window's articles: article_id, outlet, article_day and their cluster as {@code _c}
   * @param members the previous state's story_members; {@code stories} its stories
   */
  public static Carried carry(Dataset<Row> now, Dataset<Row> members, Dataset<Row> stories, LocalDate day) {
    Column today = lit(Date.valueOf(day));
    Dataset<Row> old = members.select(col("article_id").as("_pa"), col(ClusterStage.CLUSTER_ID).as("_s"),
        col("first_seen").as("_first_seen"));
    Dataset<Row> overlap = now.join(old, col("article_id").equalTo(col("_pa")))
        .groupBy(C, "_s").agg(count(lit(1)).as("_n"));
    Dataset<Row> age = members.groupBy(col(ClusterStage.CLUSTER_ID).as("_s"))
        .agg(min("article_day").as("_s_first"));
    Dataset<Row> ov = overlap.join(age, "_s")
        .withColumn("_best", row_number().over(Window.partitionBy("_s").orderBy(col("_n").desc(), col(C).asc()))
            .equalTo(1));
    Dataset<Row> taken = ov.filter(col("_best"))
        .withColumn("_r", row_number().over(Window.partitionBy(C)
            .orderBy(col("_n").desc(), col("_s_first").asc_nulls_last(), col("_s").asc())))
        .filter(col("_r").equalTo(1)).select(col(C), col("_s").as("_taken"));
    Dataset<Row> existing = members.select(col(ClusterStage.CLUSTER_ID).as("_e")).distinct();
    Dataset<Row> clusters = now.groupBy(C).agg(count(lit(1)).as("_size"));
    Dataset<Row> ids = clusters.join(taken, C, "left").join(existing, col(C).equalTo(col("_e")), "left")
        .withColumn("story_id", coalesce(col("_taken"), when(col("_e").isNotNull(),
            ClusterStage.clusterId(concat(col(C), lit("@" + day)))).otherwise(col(C))))
        .select(col(C), col("story_id"), col("_size"), col("_taken").isNotNull().as("_continued"));
    ids = org.parallax.spark.Materialize.of(ids);

    Dataset<Row> oldInCluster = overlap.groupBy(C).agg(count(lit(1)).as("_old_stories"));
    Dataset<Row> fresh = now.join(old, col("article_id").equalTo(col("_pa")), "left_anti")
        .groupBy(C).agg(count(lit(1)).as("_fresh"));
    Dataset<Row> withIds = ids.join(oldInCluster, C, "left").join(fresh, C, "left");
    Dataset<Row> created = withIds.filter(col("_old_stories").isNull())
        .select(col("story_id").as(ClusterStage.CLUSTER_ID), lit("new").as("event"),
            lit(null).cast("string").as("other_cluster_id"), col("_size").as("articles"));
    Dataset<Row> grew = withIds.filter(col("_continued").and(col("_fresh").gt(0)))
        .select(col("story_id").as(ClusterStage.CLUSTER_ID), lit("grew").as("event"),
            lit(null).cast("string").as("other_cluster_id"), col("_fresh").as("articles"));
    Dataset<Row> ovIds = ov.join(ids.select(C, "story_id"), C);
    Dataset<Row> merged = ovIds.filter(col("_best").and(col("_s").notEqual(col("story_id"))))
        .select(col("story_id").as(ClusterStage.CLUSTER_ID), lit("merged").as("event"),
            col("_s").as("other_cluster_id"), col("_n").as("articles"));
    Dataset<Row> splits = ovIds.filter(col("_best").unary_$bang().and(col("_s").notEqual(col("story_id"))))
        .select(col("_s").as(ClusterStage.CLUSTER_ID), lit("split").as("event"),
            col("story_id").as("other_cluster_id"), col("_n").as("articles"));
    Dataset<Row> history = org.parallax.spark.Materialize.of(created.unionByName(grew).unionByName(merged)
        .unionByName(splits));

    // The state after today: yesterday's members outside the window (absorbed stories' ids replaced), and
    // the window's articles with their story.
    Dataset<Row> alias = merged.select(col("other_cluster_id").as("_alias"), col(ClusterStage.CLUSTER_ID).as("_to"));
    Dataset<Row> kept = members.join(now.select(col("article_id").as("_na")), col("article_id").equalTo(col("_na")),
            "left_anti")
        .join(alias, col(ClusterStage.CLUSTER_ID).equalTo(col("_alias")), "left")
        .withColumn(ClusterStage.CLUSTER_ID, coalesce(col("_to"), col(ClusterStage.CLUSTER_ID)))
        .select("article_id", ClusterStage.CLUSTER_ID, "outlet", "article_day", "first_seen");
    Dataset<Row> added = now.join(ids.select(C, "story_id"), C)
        .join(old, col("article_id").equalTo(col("_pa")), "left")
        .select(col("article_id"), col("story_id").as(ClusterStage.CLUSTER_ID), col("outlet"), col("article_day"),
            coalesce(col("_first_seen"), today).as("first_seen"));
    Dataset<Row> after = org.parallax.spark.Materialize.of(kept.unionByName(added));
    return new Carried(ids.select(C, "story_id"), history, after, storiesOf(after, stories, history, today));
  }

  /** Every story of the state: size, span, when first seen and last changed, and the ids merged into it. */
  static Dataset<Row> storiesOf(Dataset<Row> members, Dataset<Row> previous, Dataset<Row> history, Column today) {
    String id = ClusterStage.CLUSTER_ID;
    Dataset<Row> merged = history.filter(col("event").equalTo("merged"))
        .select(col("other_cluster_id").as("_alias"), col(id).as("_to"));
    // Aliases: yesterday's (moved to the survivor when their story was merged today) and today's merges.
    Dataset<Row> oldAliases = previous.filter(col("merged_from").isNotNull())
        .select(col(id), explode(split(col("merged_from"), ",")).as("_alias_id"))
        .join(merged, col(id).equalTo(col("_alias")), "left")
        .select(coalesce(col("_to"), col(id)).as(id), col("_alias_id"));
    Dataset<Row> aliases = oldAliases.unionByName(merged.select(col("_to").as(id), col("_alias").as("_alias_id")))
        .groupBy(id).agg(concat_ws(",", array_sort(collect_set("_alias_id"))).as("merged_from"));
    Dataset<Row> changed = history.select(col(id).as("_changed")).unionByName(
            history.filter(col("other_cluster_id").isNotNull()).select(col("other_cluster_id").as("_changed")))
        .distinct();
    Dataset<Row> before = previous.select(col(id).as("_prev_id"), col("first_seen").as("_prev_first_seen"),
        col("updated_on").as("_prev_updated_on"));
    return members.groupBy(id).agg(count(lit(1)).as("articles"), countDistinct(col("outlet")).as("outlets"),
            min("article_day").as("first_day"), max("article_day").as("last_day"),
            min("first_seen").as("first_seen"))
        .join(before, col(id).equalTo(col("_prev_id")), "left")
        .join(changed, col(id).equalTo(col("_changed")), "left")
        .join(aliases, id, "left")
        .select(col(id), col("articles"), col("outlets"), col("first_day"), col("last_day"),
            coalesce(col("_prev_first_seen"), col("first_seen")).as("first_seen"),
            when(col("_changed").isNotNull(), today).otherwise(coalesce(col("_prev_updated_on"), today))
                .as("updated_on"),
            col("merged_from"));
  }
}
