package org.parallax.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Column;
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
      .add("weight", DataTypes.DoubleType, false).add("topic_npmi", DataTypes.DoubleType, true)
      .add("topic_strength", DataTypes.DoubleType, false).add("topic_flat", DataTypes.BooleanType, false);
  /** Top terms a topic's coherence is measured on. */
  public static final int COHERENCE_TERMS = 10;
  /**
   * A topic is flat when its top terms are less than this many times as likely in it as in the corpus (or, with
   * few topics, less than 1 + (k - 1) / 4 times: among k distinct topics of equal size a topic's own words are
   * about k times as likely in it, so with two topics no topic could reach 3).
   */
  static final double FLAT_LIFT = 3.0;
  private static final StructType ARTICLE_TOPIC_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false).add("topic_id", DataTypes.IntegerType, false)
      .add("weight", DataTypes.DoubleType, false);

  public static final String NAME = "topics";
  /**
   * Articles per partition of the documents LDA samples and transforms. Every task of every iteration fills and
   * sends a topics x words matrix, so few large partitions beat many small ones: on ABP (37,553 articles) 8
   * partitions of 5,000 trained in 47.6 s, 2 of 20,000 in 39.9 s.
   */
  static final int DOCS_PER_PARTITION = 20000;
  /** Each topic's heaviest terms. */
  public static final Contract TOPICS = Contract.of(NAME, "topics", TOPIC_SCHEMA.fieldNames());
  /** Each article's topic weights (at least topics.min_article_weight). */
  public static final Contract ARTICLE_TOPICS = Contract.of(NAME, "article_topics",
      ARTICLE_TOPIC_SCHEMA.fieldNames());

  private TopicStage() {}

  /**
   * The fitted model (null when the corpus is too small for one), the topics and the articles' topics, and the
   * mean coherence (NPMI) over the topics that are not flat (NaN without a model).
   */
  public record Output(LDAModel model, Dataset<Row> topics, Dataset<Row> articleTopics, double meanNpmi) {}

  /** Generic news words the topic model leaves out (topics.drop_generic_words). */
  public static final java.util.Set<String> GENERIC_WORDS = genericWords();

  private static java.util.Set<String> genericWords() {
    try (java.io.InputStream in = TopicStage.class.getResourceAsStream("/topics/generic-en.txt")) {
      if (in == null) {
        throw new IllegalStateException("topics/generic-en.txt is missing from the jar");
      }
      return java.util.Set.copyOf(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toSet()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Fits LDA on the articles' tokens, with the run's seed. */
  public static Output run(StageContext ctx, FeatureStage.Output features, ParallaxConfig.Topics cfg) {
    Output out = fit(features.vectors(), features.vocabulary(), cfg, ctx.run().seed, ctx.shufflePartitions());
    if (!Double.isNaN(out.meanNpmi())) {
      ctx.manifest().metric("topics_mean_npmi", out.meanNpmi());
    }
    TOPICS.check(out.topics());
    ARTICLE_TOPICS.check(out.articleTopics());
    return out;
  }

  public static Output fit(Dataset<Row> tokenized, Vocabulary vocabulary, ParallaxConfig.Topics cfg, long seed,
      int partitions) {
    // a small corpus keeps its words: the floor is at most 1% of the articles
    long minDf = Math.min(cfg.minDf, Math.max(1, vocabulary.documents() / 100));
    Vocabulary ldaVocabulary = vocabulary.forTopics(cfg.maxDf, cfg.vocabSize, minDf,
        cfg.dropGenericWords ? GENERIC_WORDS : java.util.Set.of());
    SparkSession spark = tokenized.sparkSession();
    if (ldaVocabulary.size() == 0) {
      org.slf4j.LoggerFactory.getLogger(TopicStage.class).warn("no term is in at most topics.max_df={} of the {} "
          + "articles: the corpus is too small for a topic model; topics and article_topics stay empty",
          cfg.maxDf, vocabulary.documents());
      return new Output(null, spark.createDataFrame(List.of(), TOPIC_SCHEMA),
          spark.createDataFrame(List.of(), ARTICLE_TOPIC_SCHEMA), Double.NaN);
    }
    StepClock clock = new StepClock();
    // Computed once: LDA counts the corpus, samples it on every iteration, then transforms all of it. Each
    // iteration runs a task per partition, each with a topics x words matrix to fill and send: partitions of
    // DOCS_PER_PARTITION articles (at most the shuffle partitions), a number the corpus sets, not the machine.
    int slices = (int) Math.max(1, Math.min(partitions, Math.ceil(vocabulary.documents() / (double) DOCS_PER_PARTITION)));
    Dataset<Row> docs = org.parallax.spark.Materialize.of(
        new TermCounter(ldaVocabulary.terms(), false, 0, FeatureStage.TOKENS, COUNTS).transform(tokenized.select("article_id", FeatureStage.TOKENS))
        .repartition(slices, col("article_id"))
        .sortWithinPartitions("article_id"));
    long n = vocabulary.documents();
    clock.lap("documents");
    int k = cfg.k;
    if (k == ParallaxConfig.Topics.AUTO) {
      k = chooseK(docs, ldaVocabulary, cfg, seed);
    }
    LDAModel model = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < cfg.restarts; r++) {
      LDAModel candidate = train(docs, n, ldaVocabulary.totalDf(), k, ldaVocabulary.size(), cfg, seed + r);
      double score = cfg.restarts == 1 ? 0 : meanTopNpmi(candidate, docs, n);
      if (cfg.restarts > 1) {
        org.slf4j.LoggerFactory.getLogger(TopicStage.class).info("topics: model {} of {} (seed {}) scores NPMI {}",
            r + 1, cfg.restarts, seed + r, String.format(java.util.Locale.ROOT, "%.4f", score));
      }
      if (model == null || score > bestScore + 1e-9) {
        model = candidate;
        bestScore = score;
      }
    }
    clock.lap("training");
    Dataset<Row> weights = model.transform(docs)
        .select(col("article_id"), posexplode(org.apache.spark.ml.functions.vector_to_array(col("_topics"), "float64")))
        .select(col("article_id"), col("pos").as("topic_id"), col("col").as("_w"));
    weights = org.parallax.spark.Materialize.of(weights);
    // strength: the topic's share of the corpus (mean weight over the articles); k rows
    double[] strength = new double[k];
    for (Row r : weights.groupBy("topic_id").agg(org.apache.spark.sql.functions.avg("_w").as("s")).collectAsList()) {
      strength[r.<Integer>getAs("topic_id")] = r.<Double>getAs("s");
    }
    clock.lap("article weights");

    // k rows of at most terms_per_topic entries: small, fine on the driver.
    int listed = Math.max(cfg.termsPerTopic, COHERENCE_TERMS);
    List<Row> described = model.describeTopics(listed).collectAsList();
    int[][] top = new int[k][];
    double[][] topWeights = new double[k][];
    for (Row r : described) {
      int topic = r.<Integer>getAs("topic");
      List<Integer> idx = r.getList(r.fieldIndex("termIndices"));
      List<Double> w = r.getList(r.fieldIndex("termWeights"));
      top[topic] = idx.stream().mapToInt(Integer::intValue).toArray();
      topWeights[topic] = w.stream().mapToDouble(Double::doubleValue).toArray();
    }
    List<int[]> coherenceTerms = new ArrayList<>();
    for (int[] t : top) {
      coherenceTerms.add(java.util.Arrays.copyOf(t, Math.min(COHERENCE_TERMS, t.length)));
    }
    double[] npmi = TopicCoherence.npmi(docs, n, COUNTS, coherenceTerms);
    clock.lap("coherence");
    double total = ldaVocabulary.totalDf();
    List<Row> topicRows = new ArrayList<>();
    double npmiSum = 0;
    int coherent = 0;
    for (int topic = 0; topic < k; topic++) {
      // lift of the top terms: their weight in the topic against their share of the corpus's (document) counts
      double inTopic = 0;
      double inCorpus = 0;
      for (int i = 0; i < coherenceTerms.get(topic).length; i++) {
        inTopic += topWeights[topic][i];
        inCorpus += ldaVocabulary.df(top[topic][i]) / total;
      }
      boolean flat = inCorpus <= 0 || inTopic / inCorpus < Math.min(FLAT_LIFT, 1 + (k - 1) / 4.0);
      if (!flat && !Double.isNaN(npmi[topic])) {
        npmiSum += npmi[topic];
        coherent++;
      }
      for (int rank = 0; rank < Math.min(cfg.termsPerTopic, top[topic].length); rank++) {
        topicRows.add(Rows.of(TOPIC_SCHEMA).set("topic_id", topic).set("rank", rank + 1)
            .set("term", ldaVocabulary.term(top[topic][rank])).set("weight", round(topWeights[topic][rank]))
            .set("topic_npmi", Double.isNaN(npmi[topic]) ? null : round(npmi[topic]))
            .set("topic_strength", round(strength[topic])).set("topic_flat", flat).build());
      }
    }
    Dataset<Row> topics = spark.createDataFrame(topicRows, TOPIC_SCHEMA);

    Dataset<Row> articleTopics = weights
        .select(col("article_id"), col("topic_id"), org.apache.spark.sql.functions.round(col("_w"), 6).as("weight"))
        .filter(col("weight").geq(cfg.minArticleWeight));
    articleTopics = org.parallax.spark.Materialize.of(articleTopics);
    clock.lap("article_topics");
    org.slf4j.LoggerFactory.getLogger(TopicStage.class).info("topics: {}", clock);
    return new Output(model, topics, articleTopics, coherent == 0 ? Double.NaN : npmiSum / coherent);
  }

  /**
   * LDA on {@code docs} ({@code n} articles): passes over the corpus, not a fixed iteration count. Each
   * iteration reads a mini-batch of about topics.batch_articles, so a small corpus is read whole on every
   * iteration and a large one in slices; a corpus of many or long articles gets fewer passes, as one pass reads
   * {@code entries} article-word entries and LDA reads at most topics.max_entries_read in all.
   */
  static LDAModel train(Dataset<Row> docs, long n, long entries, int k, int words, ParallaxConfig.Topics cfg,
      long seed) {
    if (usesEm(cfg, entries)) {
      org.apache.spark.SparkContext sc = docs.sparkSession().sparkContext();
      if (sc.getCheckpointDir().isEmpty() && !sc.isLocal()) {
        org.slf4j.LoggerFactory.getLogger(TopicStage.class).warn("topics: em needs a checkpoint directory on a "
            + "cluster (run.checkpoints=reliable); training online instead");
      } else {
        org.slf4j.LoggerFactory.getLogger(TopicStage.class).info("topics: k={}, {} words, {} articles ({} "
            + "article-word entries), {} em iterations over the whole corpus", k, words, n, entries,
            cfg.emIterations);
        return EmTraining.fit(docs, k, cfg.emIterations, seed, COUNTS, "_topics");
      }
    }
    double rate = Math.min(1.0, cfg.batchArticles / (double) Math.max(1, n));
    double passes = Math.min(cfg.passes, Math.max(1.0, cfg.maxEntriesRead / (double) Math.max(1, entries)));
    int iterations = (int) Math.max(1, Math.min(cfg.maxIterations, Math.ceil(passes / rate)));
    org.slf4j.LoggerFactory.getLogger(TopicStage.class).info("topics: k={}, {} words, {} articles ({} article-word "
        + "entries), {} iterations of about {} articles ({} passes)", k, words, n, entries, iterations,
        Math.round(rate * n),
        String.format(java.util.Locale.ROOT, "%.1f", iterations * rate));
    LDA lda = new LDA().setK(k).setMaxIter(iterations).setOptimizer("online").setSeed(seed)
        .setSubsamplingRate(rate).setLearningOffset(cfg.learningOffset)
        .setFeaturesCol(COUNTS).setTopicDistributionCol("_topics");
    if (cfg.docConcentration > 0) {
      lda.setDocConcentration(cfg.docConcentration / k).setOptimizeDocConcentration(false);
    }
    return lda.fit(docs);
  }

  /**
   * topics.k=auto: for each k from topics.auto_k_min to topics.auto_k_max by topics.auto_k_step, a model on 90%
   * of the articles, scored by the mean NPMI of its topics' top terms over the other 10% (chosen by a hash of
   * the article id, so the same every run); the best k (the smaller on a tie) wins.
   */
  static int chooseK(Dataset<Row> docs, Vocabulary vocabulary, ParallaxConfig.Topics cfg, long seed) {
    Column held = org.apache.spark.sql.functions.pmod(org.apache.spark.sql.functions.xxhash64(col("article_id")),
        lit(10)).equalTo(0);
    Dataset<Row> train = org.parallax.spark.Materialize.of(docs.filter(org.apache.spark.sql.functions.not(held)));
    Dataset<Row> test = org.parallax.spark.Materialize.of(docs.filter(held));
    long n = train.count();
    long testN = test.count();
    int best = cfg.autoKMin;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = cfg.autoKMin; k <= cfg.autoKMax; k += cfg.autoKStep) {
      LDAModel model = train(train, n, Math.round(vocabulary.totalDf() * (n / (double) (n + testN))), k,
          vocabulary.size(), cfg, seed);
      double score = meanTopNpmi(model, test, testN);
      org.slf4j.LoggerFactory.getLogger(TopicStage.class).info("topics.k=auto: k={} scores NPMI {} on the held-out "
          + "articles", k, String.format(java.util.Locale.ROOT, "%.4f", score));
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = k;
      }
    }
    org.slf4j.LoggerFactory.getLogger(TopicStage.class).info("topics.k=auto: k={}", best);
    return best;
  }

  /** Whether topics.optimizer trains a corpus of {@code entries} article-word entries by em. */
  static boolean usesEm(ParallaxConfig.Topics cfg, long entries) {
    return cfg.optimizer.equals("em") || cfg.optimizer.equals("auto") && entries <= cfg.emMaxEntries;
  }

  /** The mean NPMI of the model's topics' top {@link #COHERENCE_TERMS} terms over {@code docs} ({@code n} articles). */
  static double meanTopNpmi(LDAModel model, Dataset<Row> docs, long n) {
    List<int[]> top = new ArrayList<>();
    for (Row r : model.describeTopics(COHERENCE_TERMS).collectAsList()) {
      top.add(r.<Integer>getList(r.fieldIndex("termIndices")).stream().mapToInt(Integer::intValue).toArray());
    }
    return java.util.Arrays.stream(TopicCoherence.npmi(docs, n, COUNTS, top)).filter(v -> !Double.isNaN(v))
        .average().orElse(Double.NEGATIVE_INFINITY);
  }

  /** Seconds per named step, for the log: "documents 3.1 s, training 20.4 s, ...". */
  private static final class StepClock {
    private final StringBuilder laps = new StringBuilder();
    private long last = System.nanoTime();

    void lap(String step) {
      long now = System.nanoTime();
      laps.append(laps.length() == 0 ? "" : ", ").append(step).append(' ')
          .append(String.format(java.util.Locale.ROOT, "%.1f s", (now - last) / 1e9));
      last = now;
    }

    @Override
    public String toString() {
      return laps.toString();
    }
  }

  /** Six decimals: stable across runs that sum floating-point numbers in another order. */
  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
