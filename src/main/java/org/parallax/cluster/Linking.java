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
 * original.
 */
public final class Linking {
  public static final String IS_COPY = "is_copy";
  public static final String DAY_A = "day_a";
  public static final String DAY_B = "day_b";

  private Linking() {}

  /**
   * Scored pairs clustering may link, with {@code is_copy} and each end's day ({@code day_a}, {@code day_b});
   * {@code days_apart} is recomputed from those days. {@code days} is (article_id, day), from {@link #days}.
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
    Column linked = lit(true);
    if (cluster.maxDaysApart > 0) {
      linked = col(IS_COPY).or(col(SimilarityStage.DAYS_APART).isNull())
          .or(col(SimilarityStage.DAYS_APART).leq(cluster.maxDaysApart));
    }
    return marked.filter(linked);
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
