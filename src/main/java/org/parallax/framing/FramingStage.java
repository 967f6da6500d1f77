package org.parallax.framing;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.parallax.config.ParallaxConfig;
import org.parallax.cluster.ClusterStage;
import org.parallax.features.FeatureStage;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.spark.Materialize;

/**
 * Framing, first version: for every cluster covered by at least {@code framing.min_outlets} outlets,
 * each outlet's distinctive terms against the rest of the cluster, by the log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008, "Fightin' Words", eq. 22 and 24):
 *
 * <pre>
 *   delta_w = ln((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - ln((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
 *   var     = 1 / (y_iw + a_w) + 1 / (y_jw + a_w),      z = delta_w / sqrt(var)
 * </pre>
 *
 * with i the outlet, j the rest of the cluster, and the prior a_w = a_0 * (corpus count of w / corpus
 * tokens).
 */
public final class FramingStage {
  public static final String NAME = "framing";
  /** framing_terms rows. */
  public static final Contract TERMS = Contract.of(NAME, "terms", "cluster_id", "outlet", "term", "rank", "count",
      "count_rest", "log_odds", "z");

  private FramingStage() {}

  /** What framing returns: each outlet's distinctive terms per cluster. */
  public record Output(Dataset<Row> terms) {}

  public static Output run(StageContext ctx, ClusterStage.Output clusters, ParallaxConfig.Framing cfg) {
    return new Output(TERMS.check(Materialize.of(terms(clusters.articles(), cfg))));
  }

  /** framing_terms rows: cluster_id, outlet, term, rank, count, count_rest, log_odds, z. */
  /**
   * The full English stop list framing leaves out (stopwords-iso, 1,298 words: "one", "also", "made",
   * "mr" ...), on top of the features stage's shorter one, which clustering was tuned with.
   */
  static List<String> stopWords() {
    try (java.io.InputStream in = FramingStage.class.getResourceAsStream("/framing-stopwords-en.txt")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::trim).toList();
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read framing-stopwords-en.txt from the jar", e);
    }
  }

  public static Dataset<Row> terms(Dataset<Row> tokenized, ParallaxConfig.Framing cfg) {
    Dataset<Row> stop = broadcast(tokenized.sparkSession().createDataset(stopWords(), Encoders.STRING())
        .toDF("term"));
    Dataset<Row> words = tokenized.select(col("cluster_id"), col("outlet"),
        explode(col(FeatureStage.TOKENS)).as("term")).join(stop, new String[] {"term"}, "left_anti");
    Dataset<Row> corpus = words.groupBy("term").agg(count(lit(1)).as("corpus_count"));
    Dataset<Row> total = corpus.agg(sum("corpus_count").as("corpus_tokens"));
    // alpha_0: the corpus token count by default (the whole corpus is the prior, so the prior's weight grows
    // with the corpus: Monroe et al.'s informative prior), or framing.prior_scale when set.
    Column alpha0 = cfg.priorScale > 0 ? lit(cfg.priorScale) : col("corpus_tokens").cast("double");
    Dataset<Row> prior = corpus.crossJoin(broadcast(total)).select(col("term"),
        alpha0.multiply(col("corpus_count")).divide(col("corpus_tokens")).as("a_w"), alpha0.as("a_0"));

    Dataset<Row> eligible = tokenized.filter(col("outlet").isNotNull())
        .groupBy("cluster_id").agg(countDistinct("outlet").as("n_outlets"))
        .filter(col("n_outlets").geq(cfg.minOutlets)).select("cluster_id");
    // Only clusters covered by several outlets are compared: their articles alone are counted per outlet.
    Dataset<Row> yi = tokenized.filter(col("outlet").isNotNull()).join(eligible, "cluster_id")
        .select(col("cluster_id"), col("outlet"), explode(col(FeatureStage.TOKENS)).as("term"))
        .join(stop, new String[] {"term"}, "left_anti")
        .groupBy("cluster_id", "outlet", "term").agg(count(lit(1)).as("y_i"));
    Dataset<Row> withTotals = yi
        .withColumn("y_c", sum("y_i").over(Window.partitionBy("cluster_id", "term")))
        .withColumn("n_i", sum("y_i").over(Window.partitionBy("cluster_id", "outlet")))
        .withColumn("n_c", sum("y_i").over(Window.partitionBy("cluster_id")))
        .join(prior, "term");
    Column yJ = col("y_c").minus(col("y_i"));
    Column nJ = col("n_c").minus(col("n_i"));
    Column aw = col("a_w");
    Column a0 = col("a_0");
    Column delta = log(col("y_i").plus(aw).divide(col("n_i").plus(a0).minus(col("y_i")).minus(aw)))
        .minus(log(yJ.plus(aw).divide(nJ.plus(a0).minus(yJ).minus(aw))));
    Column variance = lit(1.0).divide(col("y_i").plus(aw)).plus(lit(1.0).divide(yJ.plus(aw)));
    Dataset<Row> scored = withTotals
        .withColumn("log_odds", delta)
        .withColumn("z", delta.divide(sqrt(variance)))
        .withColumn("count_rest", yJ);
    return scored
        .withColumn("rank", row_number().over(Window.partitionBy("cluster_id", "outlet")
            .orderBy(col("z").desc(), col("y_i").desc(), col("term").asc())))
        .filter(col("rank").leq(cfg.topTerms))
        .select(col("cluster_id"), col("outlet"), col("term"), col("rank"), col("y_i").as("count"),
            col("count_rest"), round(col("log_odds"), 6).as("log_odds"), round(col("z"), 6).as("z"));
  }
}
