package org.parallax.cluster;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_seconds;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.config.ParallaxConfig;
import org.parallax.copies.CopyStage;
import org.parallax.similarity.SimilarityStage;

/**
 * Which scored pairs clustering may link: those within the time window, and copies whatever their
 * dates. A copy's time is its original's, so a republished copy joins its story and links like its
 * original. Each linkable pair gets the score average linkage weighs it by ({@link #score}): the text's
 * cosine, raised by a close title, lowered as the two are days apart; then scaled by the two articles'
 * neighbourhoods ({@link LocalScaling}).
 */
public final class Linking {
  public static final String IS_COPY = "is_copy";
  public static final String DAY_A = "day_a";
  public static final String DAY_B = "day_b";
  /** The evidence average linkage weighs a pair by ({@link #score}, then {@link LocalScaling}). */
  public static final String LINK_SCORE = "link_score";

  private Linking() {}

  /**
   * Scored pairs clustering may link, with {@code is_copy} and each end's day ({@code day_a}, {@code day_b});
   * {@code days_apart} is recomputed from those days, and {@code link_score} is the evidence before local
   * scaling (which {@link ClusterStage} applies per component). {@code days} is (article_id, day), from
   * {@link #days}.
   */
  public static Dataset<Row> linkable(Dataset<Row> scored, Dataset<Row> copyPairs, Dataset<Row> days,
      ParallaxConfig.Cluster cluster) {
    Dataset<Row> copies = copyPairs.select(col(SimilarityStage.A), col(SimilarityStage.B), lit(true).as(IS_COPY));
    Dataset<Row> marked = scored.drop(SimilarityStage.DAYS_APART)
        .join(copies, new String[] {SimilarityStage.A, SimilarityStage.B}, "left")
        .withColumn(IS_COPY, coalesce(col(IS_COPY), lit(false)))
        .join(days.toDF(SimilarityStage.A, DAY_A), SimilarityStage.A)
        .join(days.toDF(SimilarityStage.B, DAY_B), SimilarityStage.B)
        .withColumn(SimilarityStage.DAYS_APART, abs(col(DAY_A).minus(col(DAY_B))));
    marked = marked.withColumn(LINK_SCORE, score(col(SimilarityStage.SIMILARITY), col(SimilarityStage.TITLE_SIMILARITY),
        col(SimilarityStage.DAYS_APART), cluster));
    Column linked = lit(true);
    if (cluster.maxDaysApart > 0) {
      linked = col(IS_COPY).or(col(SimilarityStage.DAYS_APART).isNull())
          .or(col(SimilarityStage.DAYS_APART).leq(cluster.maxDaysApart));
    }
    return marked.filter(linked);
  }

  /**
   * The evidence that two articles are one story: the text's cosine, or {@code cluster.title_weight} times
   * the titles' cosine when that is higher (two outlets often headline one event alike while their texts
   * take different angles; a short excerpt says little but its title); then, for two dated articles more
   * than {@code cluster.date_decay_after_days} apart, lowered linearly to (1 - {@code cluster.date_decay})
   * of itself at {@code cluster.max_days_apart} (the same topic on another day is more often another
   * story). Null title or days leave the score alone.
   */
  public static double score(double similarity, Double titleSimilarity, Double daysApart,
      ParallaxConfig.Cluster cluster) {
    double s = titleSimilarity == null ? similarity : Math.max(similarity, cluster.titleWeight * titleSimilarity);
    double after = cluster.dateDecayAfterDays;
    double window = cluster.maxDaysApart;
    if (cluster.dateDecay > 0 && window > after && daysApart != null && daysApart > after) {
      s *= 1 - cluster.dateDecay * Math.min(daysApart - after, window - after) / (window - after);
    }
    return s;
  }

  /** {@link #score(double, Double, Double, ParallaxConfig.Cluster)} as a column. */
  public static Column score(Column similarity, Column titleSimilarity, Column daysApart,
      ParallaxConfig.Cluster cluster) {
    org.apache.spark.sql.expressions.UserDefinedFunction f = org.apache.spark.sql.functions.udf(
        (org.apache.spark.sql.api.java.UDF3<Double, Double, Double, Double>) (sim, title, days) ->
            score(sim, title, days, cluster), org.apache.spark.sql.types.DataTypes.DoubleType);
    return f.apply(similarity, titleSimilarity, daysApart);
  }

  /**
   * (article_id, day): each article's publication time in days since the epoch, a copy's being its
   * original's (a republished copy is still the old story); null when undated. {@code members} is the
   * copies stage's copy-group members.
   */
  public static Dataset<Row> days(Dataset<Row> articles, Dataset<Row> members) {
    Dataset<Row> originals = members.select(col("article_id"), col(CopyStage.ORIGINAL_PUBLISHED_AT).as("_original"));
    return articles.select("article_id", "published_at")
        .join(originals, new String[] {"article_id"}, "left")
        .select(col("article_id"), unix_seconds(coalesce(col("_original"), col("published_at")))
            .divide(86400.0).as("day"));
  }
}
