package org.parallax.framing;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.parallax.cluster.ClusterStage;
import org.parallax.config.ParallaxConfig;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.sentences.SentenceStage;
import org.parallax.spark.Materialize;
import org.parallax.text.Lexicon;

/**
 * Framing: for every cluster covered by at least {@code framing.min_outlets} outlets, the words each outlet
 * uses more than the other outlets of the story and the words it avoids, each with the sentence that shows
 * it. Words are compared by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp;
 * Quinn 2008, "Fightin' Words", eq. 22 and 24):
 *
 * <pre>
 *   delta_w = ln((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - ln((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
 *   var     = 1 / (y_iw + a_w) + 1 / (y_jw + a_w),      z = delta_w / sqrt(var)
 * </pre>
 *
 * with i the outlet, j the rest of the cluster, and the prior a_w = a_0 * (corpus count of w / corpus tokens).
 * Spellings are folded first ("e-mail" = "email"); names (words written capitalised mid-sentence most of the
 * time), an outlet's house style (words it over-uses across all its stories) and stop words are left out of
 * the story-level contrast. Evaluative words (a VADER valence, or an adjective or adverb in WordNet) rank
 * before other words: they are what loaded language is made of.
 */
public final class FramingStage {
  public static final String NAME = "framing";
  public static final String USES = "uses";
  public static final String AVOIDS = "avoids";
  /** framing_terms rows. */
  public static final Contract TERMS = Contract.of(NAME, "terms", "cluster_id", "outlet", "direction", "rank",
      "term", "evaluative", "count", "count_rest", "log_odds", "z", "p_value", "reliable", "phrase", "evidence_article_id",
      "evidence_outlet", "evidence_start", "evidence_end", "evidence_text", "instead", "instead_article_id",
      "instead_start", "instead_end", "instead_text");
  /** outlet_style rows. */
  public static final Contract STYLE = Contract.of(NAME, "style", "outlet", "kind", "term", "variant", "count",
      "stories", "z");

  private FramingStage() {}

  /** What framing returns: each outlet's loaded and avoided terms per cluster, and its house style. */
  public record Output(Dataset<Row> terms, Dataset<Row> style) {}

  public static Output run(StageContext ctx, SentenceStage.Output sentences, ParallaxConfig.Framing cfg) {
    Counts counts = Counts.of(sentences.sentences(), cfg);
    Dataset<Row> terms = TERMS.check(Materialize.of(terms(sentences.sentences(), counts, cfg)));
    return new Output(terms, STYLE.check(style(counts, cfg)));
  }

  /** Folds a term column into its spelling key: no dots, no hyphens. */
  static Column fold(Column term) {
    return org.apache.spark.sql.functions.translate(term, ".-", "");
  }

  /**
   * The counts framing compares: per (cluster, outlet, spelling key) in {@code byOutlet}, with the prior and
   * the key's class in {@code prior}, and each outlet's house-style keys.
   */
  record Counts(Dataset<Row> bySurface, Dataset<Row> prior, Dataset<Row> eligible, Dataset<Row> houseStyle) {
    static Counts of(Dataset<Row> sentences, ParallaxConfig.Framing cfg) {
      SparkSession spark = sentences.sparkSession();
      registerFunctions(spark);
      Dataset<Row> body = sentences.filter(col("part").equalTo(SentenceStage.BODY));
      // (cluster, outlet, surface form) -> count, over every article: the corpus prior and house style need
      // all of them, the story contrasts only the eligible clusters'.
      Dataset<Row> bySurface = Materialize.of(body
          .select(col("cluster_id"), col("outlet"), explode(col(SentenceStage.TERMS)).as("term"))
          .groupBy("cluster_id", "outlet", "term").agg(count(lit(1)).as("y"))
          .withColumn("key", fold(col("term"))));
      Dataset<Row> caps = body.select(explode(col(SentenceStage.NAMES)).as("term"))
          .groupBy("term").agg(count(lit(1)).as("n_cap"));
      Dataset<Row> stop = broadcast(spark.createDataset(List.copyOf(Lexicon.stopWords()), Encoders.STRING())
          .toDF("key"));
      Dataset<Row> evaluative = broadcast(spark.createDataset(List.copyOf(Lexicon.evaluativeWords()),
          Encoders.STRING()).toDF("term").withColumn("evaluative", lit(true)));
      Dataset<Row> surfaces = bySurface.groupBy("key", "term").agg(sum("y").as("n"))
          .join(caps, new String[] {"term"}, "left");
      Dataset<Row> corpus = surfaces.groupBy("key").agg(sum("n").as("corpus_count"),
              sum(coalesce(col("n_cap"), lit(0L))).as("cap_count"),
              max(struct(col("n"), col("term"))).getField("term").as("term"))
          .join(stop, new String[] {"key"}, "left_anti");
      Dataset<Row> total = corpus.agg(sum("corpus_count").as("corpus_tokens"));
      // alpha_0: the corpus token count by default (the whole corpus is the prior, so its weight grows with
      // the corpus: Monroe et al.'s informative prior), or framing.prior_scale when set.
      Column alpha0 = cfg.priorScale > 0 ? lit(cfg.priorScale) : col("corpus_tokens").cast("double");
      Dataset<Row> prior = Materialize.of(corpus.crossJoin(broadcast(total))
          .join(evaluative, new String[] {"term"}, "left")
          .select(col("key"), col("term"), col("corpus_count"), col("corpus_tokens"),
              alpha0.multiply(col("corpus_count")).divide(col("corpus_tokens")).as("a_w"), alpha0.as("a_0"),
              col("cap_count").gt(col("corpus_count").multiply(cfg.nameShare)).as("is_name"),
              coalesce(col("evaluative"), lit(false)).as("evaluative")));
      Dataset<Row> eligible = body.filter(col("outlet").isNotNull())
          .groupBy("cluster_id").agg(countDistinct("outlet").as("n_outlets"))
          .filter(col("n_outlets").geq(cfg.minOutlets)).select("cluster_id");
      return new Counts(bySurface, prior, eligible, houseStyle(bySurface, prior, cfg));
    }

    /** (outlet, key, count, stories, z): words an outlet over-uses against the whole corpus, in many stories. */
    private static Dataset<Row> houseStyle(Dataset<Row> bySurface, Dataset<Row> prior, ParallaxConfig.Framing cfg) {
      Dataset<Row> byOutlet = bySurface.filter(col("outlet").isNotNull())
          .groupBy("outlet", "cluster_id", "key").agg(sum("y").as("y"))
          .groupBy("outlet", "key").agg(sum("y").as("y_i"), count(lit(1)).as("stories"))
          .withColumn("n_i", sum("y_i").over(Window.partitionBy("outlet")))
          .join(prior.filter(col("is_name").equalTo(false))
              .select("key", "corpus_count", "corpus_tokens", "a_w", "a_0"), "key");
      Column z = z(col("y_i"), col("corpus_count").minus(col("y_i")), col("n_i"),
          col("corpus_tokens").minus(col("n_i")), col("a_w"), col("a_0"));
      Column p = callUDF(AT_LEAST, col("y_i"), col("corpus_count"), col("n_i").divide(col("corpus_tokens")));
      return byOutlet.filter(col("stories").geq(cfg.houseStyleMinStories)).withColumn("z", z)
          .filter(col("z").gt(0).and(p.leq(cfg.houseStyleMaxP)))
          .select(col("outlet"), col("key"), col("y_i").as("count"), col("stories"), col("z"));
    }
  }

  private static final String AT_LEAST = "parallax_binomial_at_least";
  private static final String AT_MOST = "parallax_binomial_at_most";

  static void registerFunctions(SparkSession spark) {
    spark.udf().register(AT_LEAST, (UDF3<Long, Long, Double, Double>) Binomial::atLeast, DataTypes.DoubleType);
    spark.udf().register(AT_MOST, (UDF3<Long, Long, Double, Double>) Binomial::atMost, DataTypes.DoubleType);
  }

  /** The Fightin' Words z of counts y_i of n_i against y_j of n_j, with prior a_w of a_0. */
  static Column z(Column yi, Column yj, Column ni, Column nj, Column aw, Column a0) {
    return logOdds(yi, yj, ni, nj, aw, a0)
        .divide(sqrt(lit(1.0).divide(yi.plus(aw)).plus(lit(1.0).divide(yj.plus(aw)))));
  }

  static Column logOdds(Column yi, Column yj, Column ni, Column nj, Column aw, Column a0) {
    return log(yi.plus(aw).divide(ni.plus(a0).minus(yi).minus(aw)))
        .minus(log(yj.plus(aw).divide(nj.plus(a0).minus(yj).minus(aw))));
  }

  /** framing_terms rows (see {@link #TERMS}). */
  static Dataset<Row> terms(Dataset<Row> sentences, Counts counts, ParallaxConfig.Framing cfg) {
    Dataset<Row> yi = counts.bySurface().filter(col("outlet").isNotNull()).join(counts.eligible(), "cluster_id")
        .groupBy("cluster_id", "outlet", "key").agg(sum("y").as("y_i"));
    Dataset<Row> outlets = yi.groupBy("cluster_id", "outlet").agg(sum("y_i").as("n_i"));
    Dataset<Row> keys = yi.groupBy("cluster_id", "key").agg(sum("y_i").as("y_c"));
    Dataset<Row> totals = outlets.groupBy("cluster_id").agg(sum("n_i").as("n_c"));
    // A word an outlet never writes can only be avoided if the others write it: the zero counts are the
    // cluster's words used at least framing.min_count times, for each of its outlets that does not use them.
    Dataset<Row> zeros = outlets.select("cluster_id", "outlet")
        .join(keys.filter(col("y_c").geq(cfg.minCount)).select("cluster_id", "key"), "cluster_id")
        .join(yi, new String[] {"cluster_id", "outlet", "key"}, "left_anti")
        .withColumn("y_i", lit(0L));
    Dataset<Row> clusterHouse = counts.houseStyle().select("outlet", "key")
        .join(outlets.select("cluster_id", "outlet"), "outlet").select("cluster_id", "key").distinct();
    Column yJ = col("y_c").minus(col("y_i"));
    Column nJ = col("n_c").minus(col("n_i"));
    Dataset<Row> scored = yi.unionByName(zeros)
        .join(outlets, new String[] {"cluster_id", "outlet"})
        .join(keys, new String[] {"cluster_id", "key"})
        .join(totals, "cluster_id")
        .join(counts.prior().filter(col("is_name").equalTo(false)), "key")
        .withColumn("count_rest", yJ)
        .withColumn("log_odds", logOdds(col("y_i"), yJ, col("n_i"), nJ, col("a_w"), col("a_0")))
        .withColumn("z", z(col("y_i"), yJ, col("n_i"), nJ, col("a_w"), col("a_0")))
        .withColumn("direction", when(col("z").gt(0), lit(USES)).otherwise(lit(AVOIDS)))
        .filter(col("z").notEqual(0))
        // House style is reported per outlet (outlet_style), not as a story's framing: an outlet's own
        // house words are not what it uses here, nor another outlet's house words what it avoids here.
        .join(counts.houseStyle().select("outlet", "key"), new String[] {"outlet", "key"}, "left_anti")
        .join(clusterHouse.withColumn("_house", lit(true)), new String[] {"cluster_id", "key"}, "left")
        .filter(col("direction").equalTo(USES).or(col("_house").isNull()))
        .withColumn("_support", when(col("direction").equalTo(USES), col("y_i")).otherwise(col("count_rest")));
    Dataset<Row> ranked = scored
        .withColumn("rank", row_number().over(Window.partitionBy("cluster_id", "outlet", "direction")
            .orderBy(col("evaluative").desc(), abs(col("z")).desc(), col("_support").desc(), col("key").asc())))
        .filter(col("rank").leq(cfg.topTerms))
        .withColumn("p_value", when(col("direction").equalTo(USES),
                callUDF(AT_LEAST, col("y_i"), col("y_c"), col("n_i").divide(col("n_c"))))
            .otherwise(callUDF(AT_MOST, col("y_i"), col("y_c"), col("n_i").divide(col("n_c")))))
        .withColumn("reliable", col("p_value").leq(cfg.maxP).and(col("_support").geq(cfg.minCount)))
        .select("cluster_id", "outlet", "direction", "rank", "key", "term", "evaluative", "y_i", "count_rest",
            "log_odds", "z", "p_value", "reliable");
    return Evidence.attach(Materialize.of(ranked), sentences, counts.eligible());
  }

  /** outlet_style rows: each outlet's house-style words, and the spellings it prefers where others differ. */
  static Dataset<Row> style(Counts counts, ParallaxConfig.Framing cfg) {
    Dataset<Row> house = counts.houseStyle()
        .join(counts.prior().select("key", "term"), "key")
        .select(col("outlet"), lit("house_style").as("kind"), col("term"), lit(null).cast("string").as("variant"),
            col("count"), col("stories"), round(col("z"), 6).as("z"));
    // Spelling: the outlet's own most used form of a key that the corpus writes most often another way.
    Dataset<Row> byOutlet = counts.bySurface().filter(col("outlet").isNotNull())
        .groupBy("outlet", "key", "term").agg(sum("y").as("y"), countDistinct("cluster_id").as("stories"));
    Dataset<Row> preferred = byOutlet
        .withColumn("_r", row_number().over(Window.partitionBy("outlet", "key")
            .orderBy(col("y").desc(), col("term").asc())))
        .filter(col("_r").equalTo(1)).drop("_r");
    Dataset<Row> spelling = preferred.join(counts.prior().select(col("key"), col("term").as("variant")), "key")
        .filter(col("term").notEqual(col("variant")).and(col("y").geq(cfg.minCount)))
        .select(col("outlet"), lit("spelling").as("kind"), col("term"), col("variant"), col("y").as("count"),
            col("stories"), lit(null).cast("double").as("z"));
    return house.unionByName(spelling);
  }

  /** The sentences behind each term row: where the outlet writes it, or where the others write what it avoids. */
  static final class Evidence {
    private Evidence() {}

    static Dataset<Row> attach(Dataset<Row> ranked, Dataset<Row> sentences, Dataset<Row> eligible) {
      SparkSession spark = ranked.sparkSession();
      spark.udf().register("parallax_phrase", (UDF2<String, String, String>) (s, k) -> Phrases.around(s, k, 2),
          DataTypes.StringType);
      Dataset<Row> wanted = ranked.select("cluster_id", "key").distinct();
      // Every occurrence of a wanted word in the eligible clusters' bodies, with its neighbours.
      Dataset<Row> occurrences = Materialize.of(sentences.filter(col("part").equalTo(SentenceStage.BODY))
          .join(eligible, "cluster_id")
          .select(col("cluster_id"), col("outlet"), col("article_id"), col("sentence_index"),
              explode(expr("transform(transform(terms, t -> translate(t, '.-', '')), (k, i) -> named_struct("
                  + "'key', k, 'prev', get(transform(terms, t -> translate(t, '.-', '')), i - 1), "
                  + "'next', get(transform(terms, t -> translate(t, '.-', '')), i + 1)))")).as("o"))
          .select(col("cluster_id"), col("outlet"), col("article_id"), col("sentence_index"),
              col("o.key").as("key"), col("o.prev").as("prev"), col("o.next").as("next"))
          .join(wanted, new String[] {"cluster_id", "key"}, "left_semi"));
      Dataset<Row> first = occurrences.groupBy("cluster_id", "outlet", "key")
          .agg(min(struct(col("article_id"), col("sentence_index"))).as("first"));
      Dataset<Row> text = sentences.filter(col("part").equalTo(SentenceStage.BODY))
          .select(col("article_id"), col("sentence_index"), col("char_start"), col("char_end"), col("text"));

      Dataset<Row> uses = ranked.filter(col("direction").equalTo(USES))
          .join(first, new String[] {"cluster_id", "outlet", "key"}, "left")
          .withColumn("evidence_outlet", col("outlet"));
      Dataset<Row> others = first.select(col("cluster_id"), col("key"), col("outlet").as("_other"),
          col("first").as("_first"));
      Dataset<Row> avoidsFirst = ranked.filter(col("direction").equalTo(AVOIDS)).join(others,
              new String[] {"cluster_id", "key"}, "left")
          .filter(col("_other").isNull().or(col("_other").notEqual(col("outlet"))))
          .groupBy("cluster_id", "outlet", "key")
          .agg(min(struct(col("_first.article_id").as("article_id"),
              col("_first.sentence_index").as("sentence_index"), col("_other").as("outlet"))).as("first"));
      Dataset<Row> avoids = ranked.filter(col("direction").equalTo(AVOIDS))
          .join(avoidsFirst, new String[] {"cluster_id", "outlet", "key"}, "left")
          .withColumn("evidence_outlet", col("first.outlet"))
          .withColumn("first", struct(col("first.article_id").as("article_id"),
              col("first.sentence_index").as("sentence_index")));
      Dataset<Row> cited = uses.unionByName(avoids)
          .join(text.withColumnRenamed("article_id", "_a").withColumnRenamed("sentence_index", "_s"),
              col("first.article_id").equalTo(col("_a")).and(col("first.sentence_index").equalTo(col("_s"))),
              "left")
          .withColumn("evidence_article_id", col("first.article_id"))
          .withColumn("phrase", callUDF("parallax_phrase", col("text"), col("key")));
      Dataset<Row> instead = instead(ranked, occurrences, cited);
      return cited.join(instead, new String[] {"cluster_id", "outlet", "key"}, "left")
          .select(col("cluster_id"), col("outlet"), col("direction"), col("rank"), col("term"), col("evaluative"),
              col("y_i").as("count"), col("count_rest"), round(col("log_odds"), 6).as("log_odds"),
              round(col("z"), 6).as("z"), round(col("p_value"), 9).as("p_value"), col("reliable"), col("phrase"), col("evidence_article_id"),
              col("evidence_outlet"), col("char_start").as("evidence_start"), col("char_end").as("evidence_end"),
              col("text").as("evidence_text"), col("instead"), col("instead_article_id"), col("instead_start"),
              col("instead_end"), col("instead_text"));
    }

    /**
     * For each avoided word, the word the outlet writes instead: among the outlet's own used words of the
     * story, the one sharing most neighbouring words with the avoided one as the others write it
     * ("undocumented immigrants" / "illegal immigrants"); the used word's evidence comes along.
     */
    private static Dataset<Row> instead(Dataset<Row> ranked, Dataset<Row> occurrences, Dataset<Row> cited) {
      Dataset<Row> neighbours = occurrences.select(col("cluster_id"), col("outlet"), col("key"), col("prev").as("n"))
          .unionByName(occurrences.select(col("cluster_id"), col("outlet"), col("key"), col("next").as("n")))
          .filter(col("n").isNotNull()).distinct();
      Dataset<Row> avoided = ranked.filter(col("direction").equalTo(AVOIDS)).select("cluster_id", "outlet", "key")
          .join(neighbours.withColumnRenamed("outlet", "_other"), new String[] {"cluster_id", "key"})
          .filter(col("_other").notEqual(col("outlet")))
          .select("cluster_id", "outlet", "key", "n").distinct();
      Dataset<Row> used = ranked.filter(col("direction").equalTo(USES))
          .select(col("cluster_id"), col("outlet"), col("key").as("_b"), col("term").as("instead"),
              col("rank").as("_b_rank"))
          .join(neighbours.withColumnRenamed("key", "_b"), new String[] {"cluster_id", "outlet", "_b"});
      Dataset<Row> best = avoided.join(used, new String[] {"cluster_id", "outlet", "n"})
          .filter(col("_b").notEqual(col("key")))
          .groupBy("cluster_id", "outlet", "key", "_b", "instead", "_b_rank").agg(count(lit(1)).as("_shared"))
          .withColumn("_r", row_number().over(Window.partitionBy("cluster_id", "outlet", "key")
              .orderBy(col("_shared").desc(), col("_b_rank").asc())))
          .filter(col("_r").equalTo(1));
      Dataset<Row> usedEvidence = cited.filter(col("direction").equalTo(USES))
          .select(col("cluster_id"), col("outlet"), col("key").as("_b"),
              col("evidence_article_id").as("instead_article_id"), col("char_start").as("instead_start"),
              col("char_end").as("instead_end"), col("text").as("instead_text"));
      return best.join(usedEvidence, new String[] {"cluster_id", "outlet", "_b"}, "left")
          .select("cluster_id", "outlet", "key", "instead", "instead_article_id", "instead_start", "instead_end",
              "instead_text");
    }
  }
}
