package org.parallax.copies;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_seconds;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.cluster.ConnectedComponents;
import org.parallax.config.ParallaxConfig;
import org.parallax.similarity.SimilarityStage;

/**
 * Copies: syndicated, republished and partial copies. Only pairs the similarity stage already scored
 * (candidates from shared rare terms, so no all-pairs work) and whose cosine is high enough are
 * checked; a pair is a copy when most of one article's word shingles occur in the other (containment,
 * so a short article made of a longer one's paragraphs counts). Copies are linked whatever their dates
 * (a republished copy a year later still joins its story) and are never split across clusters.
 */
public final class CopyStage {
  public static final String CONTAINMENT = "containment";
  private static final int EXCERPT_CHARS = 300;
  private static final StructType PAIR_RESULT = new StructType()
      .add("a_in_b", DataTypes.DoubleType, false).add("b_in_a", DataTypes.DoubleType, false);
  private static final StructType MEMBER_RESULT = new StructType()
      .add(CONTAINMENT, DataTypes.DoubleType, false).add("shared_passage", DataTypes.StringType, true);

  private CopyStage() {}

  /** Scored pairs (article_a, article_b, similarity, ...) that are copies, with their containment. */
  public static Dataset<Row> pairs(Dataset<Row> scored, Dataset<Row> texts, ParallaxConfig.Copies cfg) {
    int k = cfg.shingleWords;
    UserDefinedFunction contain = udf((UDF2<String, String, Row>) (a, b) -> {
      long[] sa = Shingles.of(a, k).distinctSorted();
      long[] sb = Shingles.of(b, k).distinctSorted();
      return RowFactory.create(Shingles.containment(sa, sb), Shingles.containment(sb, sa));
    }, PAIR_RESULT).withName("copy_containment");
    Dataset<Row> ta = texts.select(col("article_id").as("_a"), col("text").as("_ta"));
    Dataset<Row> tb = texts.select(col("article_id").as("_b"), col("text").as("_tb"));
    return scored.filter(col(SimilarityStage.SIMILARITY).geq(cfg.minSimilarity))
        .select(SimilarityStage.A, SimilarityStage.B)
        .join(ta, col(SimilarityStage.A).equalTo(col("_a")))
        .join(tb, col(SimilarityStage.B).equalTo(col("_b")))
        .withColumn("_c", contain.apply(col("_ta"), col("_tb")))
        .select(col(SimilarityStage.A), col(SimilarityStage.B),
            greatest(col("_c.a_in_b"), col("_c.b_in_a")).as(CONTAINMENT))
        .filter(col(CONTAINMENT).geq(cfg.minContainment));
  }

  /**
   * Every article of a copy group: {@code vertex}, {@code label} (the group), {@code copy_of} (the
   * earliest article of the group: published first, undated last, then smallest id), the original's
   * publication time and text, and the group size.
   */
  public static Dataset<Row> members(Dataset<Row> copyPairs, Dataset<Row> articles, int maxIterations) {
    Dataset<Row> groups = ConnectedComponents.of(copyPairs, SimilarityStage.A, SimilarityStage.B, maxIterations);
    Dataset<Row> members = groups
        .join(articles.select(col("article_id").as("vertex"), col("published_at"), col("text")), "vertex")
        .withColumn("_rank", row_number().over(Window.partitionBy("label")
            .orderBy(col("published_at").asc_nulls_last(), col("vertex").asc())))
        .withColumn("group_size", count(lit(1)).over(Window.partitionBy("label")));
    Dataset<Row> roots = members.filter(col("_rank").equalTo(1))
        .select(col("label"), col("vertex").as("copy_of"), col("published_at").as("original_published_at"),
            col("text").as("_root_text"));
    return members.join(roots, "label");
  }

  /**
   * The copies report: every article of a copy group but its original, with containment in the original
   * and the longest shared passage.
   */
  public static Dataset<Row> report(Dataset<Row> members, ParallaxConfig.Copies cfg) {
    int k = cfg.shingleWords;
    UserDefinedFunction passage = udf((UDF2<String, String, Row>) (copy, original) -> {
      Shingles.Sequence seq = Shingles.of(copy, k);
      long[] own = seq.distinctSorted();
      long[] other = Shingles.of(original, k).distinctSorted();
      return RowFactory.create(Math.round(Shingles.containment(own, other) * 1e4) / 1e4,
          Shingles.longestSharedPassage(copy, seq, other, EXCERPT_CHARS));
    }, MEMBER_RESULT).withName("copy_passage");
    return members.filter(col("_rank").gt(1))
        .withColumn("_p", passage.apply(col("text"), col("_root_text")))
        .select(col("vertex").as("article_id"), col("copy_of"), col("_p." + CONTAINMENT).as(CONTAINMENT),
            col("_p.shared_passage").as("shared_passage"),
            unix_seconds(col("published_at")).minus(unix_seconds(col("original_published_at"))).divide(86400.0)
                .as("days_after_original"),
            col("group_size"));
  }

  /**
   * (article_id, day): each article's publication time in days since the epoch, a copy's being its
   * original's (a republished copy is still the old story); null when undated.
   */
  public static Dataset<Row> effectiveDays(Dataset<Row> articles, Dataset<Row> members) {
    Dataset<Row> originals = members.select(col("vertex").as("article_id"), col("original_published_at"));
    return articles.select("article_id", "published_at")
        .join(originals, new String[] {"article_id"}, "left")
        .select(col("article_id"), unix_seconds(coalesce(col("original_published_at"), col("published_at")))
            .divide(86400.0).as("day"));
  }
}
