package org.parallax.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.spark.Rows;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.config.ParallaxConfig;
import org.parallax.features.FeatureStage;
import org.parallax.features.TermCounter;
import org.parallax.features.Vocabulary;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;

/**
 * Topics: MLlib LDA (online optimizer) over term counts, without the terms found in more than
 * {@code topics.max_df} of the articles (else every topic leads with the same common words).
 * Documents are put in a fixed order first, so that the same seed gives the same topics.
 */
public final class TopicStage {
  private static final String COUNTS = "_lda_tf";
  private static final StructType TOPIC_SCHEMA = new StructType().add("topic_id", DataTypes.IntegerType, false)
      .add("rank", DataTypes.IntegerType, false).add("term", DataTypes.StringType, false)
      .add("weight", DataTypes.DoubleType, false);
  private static final StructType ARTICLE_TOPIC_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false).add("topic_id", DataTypes.IntegerType, false)
      .add("weight", DataTypes.DoubleType, false);

  public static final String NAME = "topics";
  /** Articles per partition of the documents LDA samples and transforms. */
  static final int DOCS_PER_PARTITION = 5000;
  /** Each topic's heaviest terms. */
  public static final Contract TOPICS = Contract.of(NAME, "topics", TOPIC_SCHEMA.fieldNames());
  /** Each article's topic weights (at least topics.min_article_weight). */
  public static final Contract ARTICLE_TOPICS = Contract.of(NAME, "article_topics",
      ARTICLE_TOPIC_SCHEMA.fieldNames());

  private TopicStage() {}

  /** The fitted model (null when the corpus is too small for one), the topics and the articles' topics. */
  public record Output(LDAModel model, Dataset<Row> topics, Dataset<Row> articleTopics) {}

  /** Fits LDA on the articles' tokens, with the run's seed. */
  public static Output run(StageContext ctx, FeatureStage.Output features, ParallaxConfig.Topics cfg) {
    Output out = fit(features.vectors(), features.vocabulary(), cfg, ctx.run().seed, ctx.shufflePartitions());
    TOPICS.check(out.topics());
    ARTICLE_TOPICS.check(out.articleTopics());
    return out;
  }

  public static Output fit(Dataset<Row> tokenized, Vocabulary vocabulary, ParallaxConfig.Topics cfg, long seed,
      int partitions) {
    Vocabulary ldaVocabulary = vocabulary.forTopics(cfg.maxDf, cfg.vocabSize);
    SparkSession spark = tokenized.sparkSession();
    if (ldaVocabulary.size() == 0) {
      org.slf4j.LoggerFactory.getLogger(TopicStage.class).warn("no term is in at most topics.max_df={} of the {} "
          + "articles: the corpus is too small for a topic model; topics and article_topics stay empty",
          cfg.maxDf, vocabulary.documents());
      return new Output(null, spark.createDataFrame(List.of(), TOPIC_SCHEMA),
          spark.createDataFrame(List.of(), ARTICLE_TOPIC_SCHEMA));
    }
    // Computed once: LDA counts the corpus, samples it on every iteration, then transforms all of it. Each
    // iteration runs a task per partition, each with a topics x words matrix to fill and send: partitions of
    // DOCS_PER_PARTITION articles (at most the shuffle partitions), a number the corpus sets, not the machine.
    int slices = (int) Math.max(1, Math.min(partitions, Math.ceil(vocabulary.documents() / (double) DOCS_PER_PARTITION)));
    Dataset<Row> docs = org.parallax.spark.Materialize.of(
        new TermCounter(ldaVocabulary.terms(), false, 0, FeatureStage.TOKENS, COUNTS).transform(tokenized.select("article_id", FeatureStage.TOKENS))
        .repartition(slices, col("article_id"))
        .sortWithinPartitions("article_id"));
    LDA lda = new LDA().setK(cfg.k).setMaxIter(cfg.maxIterations).setOptimizer("online").setSeed(seed)
        .setFeaturesCol(COUNTS).setTopicDistributionCol("_topics");
    LDAModel model = lda.fit(docs);

    // k rows of at most terms_per_topic entries: small, fine on the driver.
    List<Row> described = model.describeTopics(cfg.termsPerTopic).collectAsList();
    List<Row> topicRows = new ArrayList<>();
    for (Row r : described) {
      int topic = r.<Integer>getAs("topic");
      List<Integer> idx = r.getList(r.fieldIndex("termIndices"));
      List<Double> w = r.getList(r.fieldIndex("termWeights"));
      for (int rank = 0; rank < idx.size(); rank++) {
        topicRows.add(Rows.of(TOPIC_SCHEMA).set("topic_id", topic).set("rank", rank + 1)
            .set("term", ldaVocabulary.term(idx.get(rank))).set("weight", round(w.get(rank))).build());
      }
    }
    Dataset<Row> topics = spark.createDataFrame(topicRows, TOPIC_SCHEMA);

    Dataset<Row> articleTopics = model.transform(docs)
        .select(col("article_id"), posexplode(org.apache.spark.ml.functions.vector_to_array(col("_topics"), "float64")))
        .select(col("article_id"), col("pos").as("topic_id"),
            org.apache.spark.sql.functions.round(col("col"), 6).as("weight"))
        .filter(col("weight").geq(cfg.minArticleWeight));
    articleTopics = org.parallax.spark.Materialize.of(articleTopics);
    return new Output(model, topics, articleTopics);
  }

  /** Six decimals: stable across runs that sum floating-point numbers in another order. */
  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
