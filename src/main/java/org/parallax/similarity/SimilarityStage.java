package org.parallax.similarity;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_seconds;

import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.parallax.config.ParallaxConfig;
import org.parallax.features.FeatureStage;
import org.parallax.features.Vocabulary;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.parallax.spark.Materialize;

/**
 * Similar pairs without comparing all pairs. Each article proposes its {@code candidate_terms}
 * highest-weighted terms that are rare enough (in at most {@code max_term_df} articles); two articles
 * sharing at least {@code min_shared_terms} of those are a candidate pair, so the work per term is
 * bounded by max_term_df squared. Candidates then get their TF-IDF cosine (to about 1e-7) and their
 * titles' cosine; which of them clustering may link, and how strongly, is the cluster stage's rule
 * ({@code cluster.Linking}).
 */
public final class SimilarityStage {
  public static final String A = "article_a";
  public static final String B = "article_b";
  public static final String SIMILARITY = "similarity";
  public static final String DAYS_APART = "days_apart";
  /** Cosine of the two titles' TF-IDF vectors; null when either article has no title term. */
  public static final String TITLE_SIMILARITY = "title_similarity";

  public static final String NAME = "similarity";
  /** Scored pairs (article_a &lt; article_b) with a cosine of at least similarity.min_similarity. */
  public static final Contract PAIRS = Contract.of(NAME, "pairs", A, B, SIMILARITY, TITLE_SIMILARITY,
      DAYS_APART);

  private SimilarityStage() {}

  /** What similarity returns: the scored pairs. */
  public record Output(Dataset<Row> pairs) {}

  /** Candidate pairs from rare shared terms, then their cosines. */
  public static Output run(StageContext ctx, FeatureStage.Output in, ParallaxConfig.Similarity cfg) {
    Dataset<Row> candidates = Materialize.of(candidates(in.vectors(), in.vocabulary(), cfg));
    ctx.manifest().count(Count.CANDIDATE_PAIRS, candidates.count());
    Dataset<Row> scored = PAIRS.check(Materialize.of(scored(candidates, in.vectors(), cfg)));
    ctx.manifest().count(Count.SCORED_PAIRS, scored.count());
    return new Output(scored);
  }

  /**
   * Candidate pairs (article_a &lt; article_b) that share at least {@code min_shared_terms} rare signature
   * terms: a pair sharing one rare word among fifty is almost never one story, and scoring it costs a
   * join of two full vectors.
   */
  public static Dataset<Row> candidates(Dataset<Row> features, Vocabulary vocabulary,
      ParallaxConfig.Similarity cfg) {
    boolean[] allowed = new boolean[vocabulary.size()];
    for (int i = 0; i < allowed.length; i++) {
      allowed[i] = vocabulary.df(i) <= cfg.maxTermDf && vocabulary.df(i) >= 2;
    }
    SparkSession spark = features.sparkSession();
    Broadcast<boolean[]> mask = new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext())
        .broadcast(allowed);
    int k = cfg.candidateTerms;
    UserDefinedFunction signature = udf((UDF1<Vector, List<Integer>>) v ->
        VectorFunctions.topTerms(v, k, mask.value()), DataTypes.createArrayType(DataTypes.IntegerType));
    Dataset<Row> postings = features
        .select(col("article_id"), explode(signature.apply(col(FeatureStage.TFIDF))).as("term"));
    Dataset<Row> left = postings.toDF("a_id", "term");
    Dataset<Row> right = postings.toDF("b_id", "term");
    return left.join(right, "term")
        .filter(col("a_id").lt(col("b_id")))
        .groupBy(col("a_id").as(A), col("b_id").as(B))
        .agg(count(lit(1)).as("_shared"))
        .filter(col("_shared").geq(cfg.minSharedTerms))
        .select(A, B);
  }

  /**
   * Cosine, title cosine and days apart for candidate pairs; those with a cosine of at least min_similarity.
   */
  public static Dataset<Row> scored(Dataset<Row> candidates, Dataset<Row> features, ParallaxConfig.Similarity sim) {
    // Each candidate pair carries one article's vector through a shuffle to meet the other's: packed, the
    // vectors take half the bytes (ABP: 2.9 GB of shuffle as doubles).
    UserDefinedFunction pack = udf((UDF1<Vector, byte[]>) VectorFunctions::pack, DataTypes.BinaryType);
    UserDefinedFunction cosine = udf((UDF2<byte[], byte[], Double>) VectorFunctions::packedDot, DataTypes.DoubleType);
    UserDefinedFunction packTitle = udf((UDF1<Vector, byte[]>) v -> v.numNonzeros() == 0 ? null
        : VectorFunctions.pack(v), DataTypes.BinaryType);
    Dataset<Row> packed = features.select(col("article_id"), pack.apply(col(FeatureStage.TFIDF)).as("_v"),
        packTitle.apply(col(FeatureStage.TITLE_TFIDF)).as("_t"), col("published_at"));
    Dataset<Row> fa = packed.select(col("article_id").as("_a"), col("_v").as("_va"), col("_t").as("_tva"),
        col("published_at").as("_ta"));
    Dataset<Row> fb = packed.select(col("article_id").as("_b"), col("_v").as("_vb"), col("_t").as("_tvb"),
        col("published_at").as("_tb"));
    Column days = abs(unix_seconds(col("_ta")).minus(unix_seconds(col("_tb")))).divide(86400.0);
    Column titles = org.apache.spark.sql.functions.when(col("_tva").isNotNull().and(col("_tvb").isNotNull()),
        cosine.apply(col("_tva"), col("_tvb")));
    return candidates
        .join(fa, col(A).equalTo(col("_a")))
        .join(fb, col(B).equalTo(col("_b")))
        .select(col(A), col(B), cosine.apply(col("_va"), col("_vb")).as(SIMILARITY), titles.as(TITLE_SIMILARITY),
            days.as(DAYS_APART))
        .filter(col(SIMILARITY).geq(sim.minSimilarity));
  }
}
