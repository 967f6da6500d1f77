package org.parallax.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.config.ParallaxConfig;
import org.parallax.pipeline.Pipeline;

class TopicStageTest extends SparkTest {
  private Dataset<Row> corpus() {
    String[] sport = {"striker scored goal", "goalkeeper saved penalty", "league match goal striker",
        "coach praised striker after match", "penalty goal league"};
    String[] money = {"bank raised interest rates", "inflation rates bank bonds", "markets bonds inflation",
        "central bank inflation target", "interest rates markets bank"};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(RowFactory.create("s" + i, sport[i % 5] + " " + sport[(i + 2) % 5]));
      rows.add(RowFactory.create("m" + i, money[i % 5] + " " + money[(i + 3) % 5]));
    }
    return spark.createDataFrame(rows, new StructType().add("article_id", DataTypes.StringType)
        .add("text", DataTypes.StringType));
  }

  /** Settings for the few-article corpus: every word kept, single words, a fixed seed. */
  private static ParallaxConfig smallCorpus() {
    ParallaxConfig cfg = new ParallaxConfig();
    cfg.topics.minDf = 1;
    cfg.features.ngrams = 1;
    cfg.run.seed = 7;
    return cfg;
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"em", "online"})
  void twoTopicsSeparateSportFromMoneyAndRepeatWithTheSameSeed(String optimizer) {
    ParallaxConfig cfg = smallCorpus();
    cfg.topics.optimizer = optimizer;
    cfg.topics.k = 2;
    cfg.topics.termsPerTopic = 4;
    Dataset<Row> articles = articles(corpus());
    TopicStage.Output a = Pipeline.onArticles(spark, cfg, articles).topics();
    List<Row> topics = a.topics().orderBy("topic_id", "rank").collectAsList();
    assertEquals(8, topics.size());
    for (int t = 0; t < 2; t++) {
      List<String> terms = new ArrayList<>();
      for (Row r : topics) {
        if (r.<Integer>getAs("topic_id") == t) {
          terms.add(r.getAs("term"));
        }
      }
      boolean sport = terms.stream().anyMatch(List.of("striker", "goal", "penalty", "league", "match")::contains);
      boolean money = terms.stream().anyMatch(List.of("bank", "rates", "inflation", "bonds", "markets")::contains);
      assertTrue(sport ^ money, "topic " + t + " mixes sport and money: " + terms);
    }
    List<Row> weights = a.articleTopics().groupBy("article_id").sum("weight").collectAsList();
    assertEquals(40, weights.size());
    weights.forEach(r -> assertEquals(1.0, r.getDouble(1), 0.02));
    for (Row r : topics) {
      assertTrue(r.<Double>getAs("topic_npmi") > 0.1, "the topic's words go together: " + r);
      assertEquals(0.5, r.<Double>getAs("topic_strength"), 0.1, "half the articles each: " + r);
      assertEquals(false, r.<Boolean>getAs("topic_flat"), r.toString());
    }
    TopicStage.Output b = Pipeline.onArticles(spark, cfg, articles).topics();
    assertEquals(topics, b.topics().orderBy("topic_id", "rank").collectAsList());
  }

  @Test
  void theAutoOptimizerTrainsASmallCorpusByEmAndALargeOneOnline() {
    ParallaxConfig.Topics topics = new ParallaxConfig().topics;
    assertEquals("auto", topics.optimizer);
    assertTrue(TopicStage.usesEm(topics, 253_696), "BBC's 2,225 articles");
    assertTrue(TopicStage.usesEm(topics, topics.emMaxEntries));
    assertFalse(TopicStage.usesEm(topics, topics.emMaxEntries + 1));
    assertFalse(TopicStage.usesEm(topics, 9_000_000), "ABP's 37,554 articles");
    topics.optimizer = "online";
    assertFalse(TopicStage.usesEm(topics, 100));
    topics.optimizer = "em";
    assertTrue(TopicStage.usesEm(topics, 9_000_000));
  }

  @Test
  void autoPicksKFromItsRangeByHeldOutCoherenceTheSameEveryRun() {
    ParallaxConfig cfg = smallCorpus();
    cfg.topics.k = ParallaxConfig.Topics.AUTO;
    cfg.topics.autoKMin = 2;
    cfg.topics.autoKMax = 4;
    cfg.topics.autoKStep = 2;
    Dataset<Row> articles = articles(corpus());
    TopicStage.Output a = Pipeline.onArticles(spark, cfg, articles).topics();
    long k = a.topics().select("topic_id").distinct().count();
    assertEquals(2, k, "the corpus's two subjects (sport, money) score higher than four topics on held-out articles");
    assertEquals(a.topics().orderBy("topic_id", "rank").collectAsList(),
        Pipeline.onArticles(spark, cfg, articles).topics().topics().orderBy("topic_id", "rank").collectAsList());
  }

  @Test
  void aFixedDocConcentrationIsSpreadOverTheTopicsAndNotReestimated() {
    ParallaxConfig cfg = smallCorpus();
    cfg.topics.k = 2;
    cfg.topics.optimizer = "online";
    cfg.topics.docConcentration = 0;
    Dataset<Row> articles = articles(corpus());
    double[] reestimated = Pipeline.onArticles(spark, cfg, articles).topics().model().estimatedDocConcentration()
        .toArray();
    assertTrue(Math.abs(reestimated[0] - 0.5) > 1e-6 || Math.abs(reestimated[1] - 0.5) > 1e-6,
        "0 keeps Spark's prior, re-estimated from 1/k as LDA trains: " + java.util.Arrays.toString(reestimated));
    cfg.topics.docConcentration = 1.0;
    double[] fixed = Pipeline.onArticles(spark, cfg, articles).topics().model().estimatedDocConcentration()
        .toArray();
    assertEquals(0.5, fixed[0], 1e-12);
    assertEquals(0.5, fixed[1], 1e-12);
  }

  @Test
  void restartsKeepTheMostCoherentOfTheirModels() {
    ParallaxConfig cfg = smallCorpus();
    cfg.topics.k = 3;
    Dataset<Row> articles = articles(corpus());
    List<List<Row>> single = new ArrayList<>();
    List<Double> coherence = new ArrayList<>();
    for (long seed = 7; seed <= 9; seed++) {
      cfg.run.seed = seed;
      Dataset<Row> topics = Pipeline.onArticles(spark, cfg, articles).topics().topics();
      single.add(topics.orderBy("topic_id", "rank").collectAsList());
      coherence.add(topics.select("topic_id", "topic_npmi").distinct().agg(org.apache.spark.sql.functions.avg(
          "topic_npmi")).first().getDouble(0));
    }
    assertTrue(single.stream().distinct().count() > 1, "the seeds give different models: " + coherence);
    double best = coherence.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
    cfg.run.seed = 7;
    cfg.topics.restarts = 3;
    List<Row> kept = Pipeline.onArticles(spark, cfg, articles).topics().topics().orderBy("topic_id", "rank")
        .collectAsList();
    int which = single.indexOf(kept);
    assertTrue(which >= 0, "the kept model is one of the seeds' 7, 8 and 9");
    assertEquals(best, coherence.get(which), 1e-5, "and the most coherent of them: " + coherence);
  }
}
