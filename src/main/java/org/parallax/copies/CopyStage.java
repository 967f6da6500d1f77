package org.parallax.copies;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_seconds;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.clean.CleanStage;
import org.parallax.graph.ConnectedComponents;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.parallax.spark.Materialize;
import org.parallax.spark.Rows;
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
  public static final String NAME = "copies";
  public static final String CONTAINMENT = "containment";
  public static final String COPY_OF = "copy_of";
  public static final String ORIGINAL_PUBLISHED_AT = "original_published_at";
  public static final String GROUP_SIZE = "group_size";
  /** Scored pairs that are copies, with the larger of the two containments. */
  public static final Contract PAIRS = Contract.of(NAME, "pairs", SimilarityStage.A, SimilarityStage.B, CONTAINMENT);
  /** Every article of a copy group, the original included, with the group's original. */
  public static final Contract MEMBERS = Contract.of(NAME, "members", "article_id", COPY_OF, ORIGINAL_PUBLISHED_AT,
      GROUP_SIZE);
  /** Every copy (originals excluded), with its containment in the original and the longest shared passage. */
  public static final Contract COPIES = Contract.of(NAME, "copies", "article_id", COPY_OF, CONTAINMENT,
      "shared_passage", "days_after_original", GROUP_SIZE);
  private static final int EXCERPT_CHARS = 300;
  private static final StructType PAIR_RESULT = new StructType()
      .add("a_in_b", DataTypes.DoubleType, false).add("b_in_a", DataTypes.DoubleType, false);
  private static final StructType MEMBER_RESULT = new StructType()
      .add(CONTAINMENT, DataTypes.DoubleType, false).add("shared_passage", DataTypes.StringType, true);

  private CopyStage() {}

  /** What copies returns: copy pairs, copy-group members and the copies themselves. */
  public record Output(Dataset<Row> pairs, Dataset<Row> members, Dataset<Row> copies) {}

  public static Output run(StageContext ctx, SimilarityStage.Output scored, CleanStage.Output articles,
      ParallaxConfig.Copies cfg) {
    Dataset<Row> pairs = PAIRS.check(Materialize.of(pairs(scored.pairs(), articles.articles(), cfg)));
    ctx.manifest().count(Count.COPY_PAIRS, pairs.count());
    Dataset<Row> groups = Materialize.of(groups(pairs, articles.articles(), cfg.maxIterations));
    Dataset<Row> members = MEMBERS.check(groups.select(col("vertex").as("article_id"), col(COPY_OF),
        col(ORIGINAL_PUBLISHED_AT), col(GROUP_SIZE)));
    Dataset<Row> copies = COPIES.check(Materialize.of(copies(groups, cfg)));
    return new Output(pairs, members, copies);
  }

  /** Scored pairs (article_a, article_b, similarity, ...) that are copies, with their containment. */
  public static Dataset<Row> pairs(Dataset<Row> scored, Dataset<Row> texts, ParallaxConfig.Copies cfg) {
    int k = cfg.shingleWords;
    UserDefinedFunction contain = udf((UDF2<String, String, Row>) (a, b) -> {
      long[] sa = Shingles.of(a, k).distinctSorted();
      long[] sb = Shingles.of(b, k).distinctSorted();
      return Rows.of(PAIR_RESULT).set("a_in_b", Shingles.containment(sa, sb))
          .set("b_in_a", Shingles.containment(sb, sa)).build();
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
   * Every article of a copy group (stage-internal): {@code vertex}, {@code copy_of} (the earliest article
   * of the group: published first, undated last, then smallest id), the original's publication time,
   * the group size, and for the copies report each article's text, its rank and the original's text.
   */
  static Dataset<Row> groups(Dataset<Row> copyPairs, Dataset<Row> articles, int maxIterations) {
    Dataset<Row> groups = ConnectedComponents.of(copyPairs, SimilarityStage.A, SimilarityStage.B, maxIterations);
    Dataset<Row> members = groups
        .join(articles.select(col("article_id").as("vertex"), col("published_at"), col("text")), "vertex")
        .withColumn("_rank", row_number().over(Window.partitionBy("label")
            .orderBy(col("published_at").asc_nulls_last(), col("vertex").asc())))
        .withColumn(GROUP_SIZE, count(lit(1)).over(Window.partitionBy("label")));
    Dataset<Row> roots = members.filter(col("_rank").equalTo(1))
        .select(col("label"), col("vertex").as(COPY_OF), col("published_at").as(ORIGINAL_PUBLISHED_AT),
            col("text").as("_root_text"));
    return members.join(roots, "label");
  }

  /**
   * Every article of a copy group but its original, with containment in the original and the longest
   * shared passage.
   */
  static Dataset<Row> copies(Dataset<Row> groups, ParallaxConfig.Copies cfg) {
    int k = cfg.shingleWords;
    UserDefinedFunction passage = udf((UDF2<String, String, Row>) (copy, original) -> {
      Shingles.Sequence seq = Shingles.of(copy, k);
      long[] own = seq.distinctSorted();
      long[] other = Shingles.of(original, k).distinctSorted();
      return Rows.of(MEMBER_RESULT).set(CONTAINMENT, Math.round(Shingles.containment(own, other) * 1e4) / 1e4)
          .set("shared_passage", Shingles.longestSharedPassage(copy, seq, other, EXCERPT_CHARS)).build();
    }, MEMBER_RESULT).withName("copy_passage");
    return groups.filter(col("_rank").gt(1))
        .withColumn("_p", passage.apply(col("text"), col("_root_text")))
        .select(col("vertex").as("article_id"), col(COPY_OF), col("_p." + CONTAINMENT).as(CONTAINMENT),
            col("_p.shared_passage").as("shared_passage"),
            unix_seconds(col("published_at")).minus(unix_seconds(col(ORIGINAL_PUBLISHED_AT))).divide(86400.0)
                .as("days_after_original"),
            col(GROUP_SIZE));
  }
}
