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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.spark.Rows;
import org.parallax.cluster.ClusterStage;
import org.parallax.config.ParallaxConfig;
import org.parallax.copies.CopyStage;
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
 * before other words, those both lists mark first: they are what loaded language is made of. With an outlet
 * table, each story's sides (the outlets sharing a value of a group column) are contrasted the same way, in
 * the same pass over the story (the groups stage reports them).
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
  /** framing_pairs rows: framing_terms' columns and the outlet compared with. */
  public static final Contract PAIRS = TERMS.plus(NAME, "pairs", "versus");
  /** framing_statements rows. */
  public static final Contract STATEMENTS = Contract.of(NAME, "statements", "cluster_id", "outlet", "kind", "rank",
      "article_id", "sentence_outlet", "sentence_index", "char_start", "char_end", "text", "outlets_carrying",
      "outlets_in_story", "support", "closest_similarity");
  /** copy_edits rows. */
  public static final Contract COPY_EDITS = Contract.of(NAME, "copy_edits", "article_id", "copy_of", "edit",
      "sentence_index", "char_start", "char_end", "text", "original_sentence_index", "original_char_start",
      "original_char_end", "original_text", "removed_words", "added_words");
  /** outlet_style rows. */
  public static final Contract STYLE = Contract.of(NAME, "style", "outlet", "kind", "term", "variant", "count",
      "stories", "z");

  private FramingStage() {}

  /** What framing returns: each outlet's loaded and avoided terms per cluster, and its house style. */
  public record Output(Dataset<Row> terms, Dataset<Row> pairs, Dataset<Row> headlineTerms, Dataset<Row> style, Dataset<Row> statements,
      Dataset<Row> copyEdits, Counts counts, Dataset<Row> groupTerms) {}

  /**
   * @param sides per outlet (lower case), its value in each group column of the outlet table (groups.outlets;
   *     empty without one): each story's sides are contrasted with its outlets, in the same pass
   */
  public static Output run(StageContext ctx, SentenceStage.Output sentences, CopyStage.Output copies,
      ParallaxConfig.Framing cfg, Map<String, Map<String, String>> sides) {
    Counts counts = Counts.of(sentences.sentences(), cfg);
    Dataset<Row> stories = timed("terms and statements with evidence", () -> stories(sentences.sentences(), counts,
        cfg, sides));
    Dataset<Row> all = termsOf(stories);
    Dataset<Row> terms = TERMS.check(all.filter(col("versus").isNull().and(col(GROUP_COLUMN).isNull()))
        .drop("versus", GROUP_COLUMN));
    Dataset<Row> pairs = PAIRS.check(all.filter(col("versus").isNotNull()).drop(GROUP_COLUMN));
    Dataset<Row> groupTerms = all.filter(col(GROUP_COLUMN).isNotNull()).drop("versus");
    Dataset<Row> statements = STATEMENTS.check(statementsOf(stories));
    Dataset<Row> edits = COPY_EDITS.check(timed("copy edits", () -> copyEdits(sentences.sentences(), copies.copies(), cfg)));
    Dataset<Row> headlines = TERMS.check(timed("headline terms", () -> headlineTerms(sentences.sentences(), counts,
        cfg)));
    return new Output(terms, pairs, headlines, STYLE.check(timed("outlet style", () -> style(counts, cfg))), statements,
        edits, counts, groupTerms);
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FramingStage.class);

  /** Materializes one step of the stage and logs its wall time: the stage's own progress lines. */
  static Dataset<Row> timed(String step, java.util.function.Supplier<Dataset<Row>> body) {
    long t0 = System.nanoTime();
    Dataset<Row> out = Materialize.of(body.get());
    LOG.info("framing: {} in {} s", step, String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    return out;
  }

  /** Folds a term column into its spelling key: no dots, no hyphens. */
  static Column fold(Column term) {
    return org.apache.spark.sql.functions.translate(term, ".-", "");
  }

  /**
   * The corpus counts framing compares against: per (cluster, outlet, word) in {@code bySurface}, per (outlet,
   * spelling key, word) in {@code byOutletTerm}, the prior and the key's class in {@code prior} (and, for the
   * tasks, in {@code weights}), and each outlet's house-style keys. Each story counts its own words.
   */
  public record Counts(Dataset<Row> bySurface, Dataset<Row> byOutletTerm, Dataset<Row> prior, Dataset<Row> eligible,
      Dataset<Row> houseStyle, Broadcast<Map<String, Weight>> weights) {
    static Counts of(Dataset<Row> sentences, ParallaxConfig.Framing cfg) {
      SparkSession spark = sentences.sparkSession();
      registerFunctions(spark);
      // A copy's words are its original's: counted once, there.
      Dataset<Row> originals = sentences.filter(col("part").equalTo(SentenceStage.BODY).and(col("copy_of").isNull()));
      Dataset<Row> storyOutlets = timed("stories and their outlets", () -> originals.filter(col("outlet").isNotNull())
          .select("cluster_id", "outlet").distinct());
      Dataset<Row> eligible = storyOutlets.groupBy("cluster_id").agg(count(lit(1)).as("n_outlets"))
          .filter(col("n_outlets").geq(cfg.minOutlets)).select("cluster_id");
      // Framing reads only the stories it compares: their words are the corpus (and its prior), their
      // outlets' habits the house style.
      Dataset<Row> body = originals.join(broadcast(eligible), "cluster_id");
      Dataset<Row> bySurface = timed("counts by cluster, outlet and word", () -> body
          .select(col("cluster_id"), col("outlet"), explode(col(SentenceStage.TERMS)).as("term"))
          .groupBy("cluster_id", "outlet", "term").agg(count(lit(1)).as("y"))
          .withColumn("key", fold(col("term"))));
      Dataset<Row> byOutletTerm = timed("counts by outlet and word", () -> bySurface.filter(col("outlet").isNotNull())
          .groupBy("outlet", "key", "term").agg(sum("y").as("y"), count(lit(1)).as("stories")));
      Dataset<Row> caps = body.select(explode(col(SentenceStage.NAMES)).as("term"))
          .groupBy("term").agg(count(lit(1)).as("n_cap"));
      Dataset<Row> stop = broadcast(spark.createDataset(List.copyOf(Lexicon.stopWords()), Encoders.STRING())
          .toDF("key"));
      StructType listed = new StructType().add("term", DataTypes.StringType, false)
          .add("evaluative_lists", DataTypes.IntegerType, false);
      List<Row> lists = new ArrayList<>();
      Lexicon.evaluativeWords().forEach((w, n) -> lists.add(Rows.of(listed).set("term", w).set("evaluative_lists", n)
          .build()));
      Dataset<Row> evaluative = broadcast(spark.createDataFrame(lists, listed));
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
      Dataset<Row> prior = timed("corpus prior", () -> corpus.crossJoin(broadcast(total))
          .join(evaluative, new String[] {"term"}, "left")
          .select(col("key"), col("term"), col("corpus_count"), col("corpus_tokens"),
              alpha0.multiply(col("corpus_count")).divide(col("corpus_tokens")).as("a_w"), alpha0.as("a_0"),
              col("cap_count").gt(col("corpus_count").multiply(cfg.nameShare)).as("is_name"),
              coalesce(col("evaluative_lists"), lit(0)).as("evaluative_lists")));
      Dataset<Row> outletStories = storyOutlets.join(broadcast(eligible), "cluster_id").groupBy("outlet")
          .agg(count(lit(1)).as("outlet_stories"));
      Dataset<Row> house = timed("house style", () -> houseStyle(byOutletTerm, outletStories, prior, cfg));
      return new Counts(bySurface, byOutletTerm, prior, eligible, house, weights(prior));
    }

    /**
     * The prior of every word the contrasts count (names and stop words have none), sent to every task: each
     * story then counts its outlets' words itself, in its pass over its sentences. Bounded by the vocabulary of
     * the stories compared, not by the corpus.
     */
    private static Broadcast<Map<String, Weight>> weights(Dataset<Row> prior) {
      long t0 = System.nanoTime();
      Map<String, Weight> weights = new HashMap<>();
      prior.filter(col("is_name").equalTo(false)).select("key", "term", "a_w", "a_0", "evaluative_lists")
          .toLocalIterator().forEachRemaining(r -> weights.put(r.getAs("key"), new Weight(r.getAs("term"),
              r.<Double>getAs("a_w"), r.<Double>getAs("a_0"), r.<Integer>getAs("evaluative_lists"))));
      Broadcast<Map<String, Weight>> out = new JavaSparkContext(prior.sparkSession().sparkContext())
          .broadcast(weights);
      LOG.info("framing: prior of {} words sent to the tasks in {} s", weights.size(),
          String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
      return out;
    }

    /**
     * (outlet, key, count, stories, z): words an outlet over-uses against the corpus in many of its stories.
     * A key's stories are its most used spelling's (two spellings of a word in one story are rare).
     */
    private static Dataset<Row> houseStyle(Dataset<Row> byOutletTerm, Dataset<Row> outletStories, Dataset<Row> prior,
        ParallaxConfig.Framing cfg) {
      Dataset<Row> byOutlet = byOutletTerm.groupBy("outlet", "key")
          .agg(sum("y").as("y_i"), max("stories").as("stories"));
      Dataset<Row> outletTotals = byOutlet.groupBy("outlet").agg(sum("y_i").as("n_i"));
      Dataset<Row> scored = byOutlet.join(outletTotals, "outlet").join(outletStories, "outlet")
          .filter(col("stories").geq(cfg.houseStyleMinStories)
              .and(col("stories").geq(col("outlet_stories").multiply(cfg.houseStyleMinShare))))
          .join(prior.filter(col("is_name").equalTo(false))
              .select("key", "corpus_count", "corpus_tokens", "a_w", "a_0"), "key");
      Column z = z(col("y_i"), col("corpus_count").minus(col("y_i")), col("n_i"),
          col("corpus_tokens").minus(col("n_i")), col("a_w"), col("a_0"));
      Column p = callUDF(AT_LEAST, col("y_i"), col("corpus_count"), col("n_i").divide(col("corpus_tokens")));
      return scored.withColumn("z", z)
          .filter(col("z").gt(0).and(p.leq(cfg.houseStyleMaxP)))
          .select(col("outlet"), col("key"), col("y_i").as("count"), col("stories"), col("z"));
    }
  }

  /**
   * A word's prior and lists: its most used spelling (term), a_w and a_0 of the Fightin' Words prior, and how many
   * evaluative word lists mark it.
   */
  public static final class Weight implements java.io.Serializable { // a class, not a record: Kryo sends it
    private static final long serialVersionUID = 1L;
    private final String term;
    private final double aw;
    private final double a0;
    private final int evaluativeLists;

    Weight(String term, double aw, double a0, int evaluativeLists) {
      this.term = term;
      this.aw = aw;
      this.a0 = a0;
      this.evaluativeLists = evaluativeLists;
    }

    String term() {
      return term;
    }

    double aw() {
      return aw;
    }

    double a0() {
      return a0;
    }

    int evaluativeLists() {
      return evaluativeLists;
    }
  }

  /**
   * The word counts of a story's sentences: per outlet and spelling key with a prior (no names, no stop words),
   * the number of times the outlet's sentences use it, with the key's prior.
   */
  static List<ClusterContrast.WordCount> wordCounts(List<ClusterContrast.Sentence> sentences,
      Map<String, Weight> weights) {
    Map<String, Map<String, long[]>> byOutlet = new java.util.TreeMap<>();
    for (ClusterContrast.Sentence s : sentences) {
      Map<String, long[]> own = byOutlet.computeIfAbsent(s.outlet(), o -> new HashMap<>());
      for (String term : s.terms()) {
        String key = org.parallax.sentences.SentenceSplitter.fold(term);
        if (weights.containsKey(key)) {
          own.computeIfAbsent(key, k -> new long[1])[0]++;
        }
      }
    }
    List<ClusterContrast.WordCount> out = new ArrayList<>();
    byOutlet.forEach((outlet, own) -> own.forEach((key, n) -> {
      Weight w = weights.get(key);
      out.add(new ClusterContrast.WordCount(outlet, key, w.term(), n[0], w.aw(), w.a0(), w.evaluativeLists()));
    }));
    return out;
  }

  private static final String AT_LEAST = "parallax_binomial_at_least";

  static void registerFunctions(SparkSession spark) {
    spark.udf().register(AT_LEAST, (UDF3<Long, Long, Double, Double>) Binomial::atLeast, DataTypes.DoubleType);
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

  /** In the contrast rows, the outlet-table column whose sides (in outlet) a row contrasts; null for outlets. */
  public static final String GROUP_COLUMN = "group_column";

  /** framing_terms columns, in order (with versus and group_column, which the split drops). */
  static final StructType TERMS_SCHEMA = new StructType()
      .add("cluster_id", DataTypes.StringType, false).add("outlet", DataTypes.StringType, false)
      .add("versus", DataTypes.StringType).add(GROUP_COLUMN, DataTypes.StringType)
      .add("direction", DataTypes.StringType, false)
      .add("rank", DataTypes.IntegerType, false)
      .add("term", DataTypes.StringType, false).add("evaluative", DataTypes.BooleanType, false)
      .add("evaluative_lists", DataTypes.IntegerType, false)
      .add("count", DataTypes.LongType, false).add("count_rest", DataTypes.LongType, false)
      .add("log_odds", DataTypes.DoubleType, false).add("z", DataTypes.DoubleType, false)
      .add("p_value", DataTypes.DoubleType, false).add("reliable", DataTypes.BooleanType, false)
      .add("phrase", DataTypes.StringType).add("evidence_article_id", DataTypes.StringType)
      .add("evidence_outlet", DataTypes.StringType).add("evidence_start", DataTypes.IntegerType)
      .add("evidence_end", DataTypes.IntegerType).add("evidence_text", DataTypes.StringType)
      .add("instead", DataTypes.StringType).add("instead_article_id", DataTypes.StringType)
      .add("instead_start", DataTypes.IntegerType).add("instead_end", DataTypes.IntegerType)
      .add("instead_text", DataTypes.StringType);

  /**
   * framing_terms rows (see {@link #TERMS}): each eligible cluster's word counts (with their prior) and body
   * sentences meet in one place, and {@link ClusterContrast} ranks and cites in memory.
   */
  static Dataset<Row> terms(Dataset<Row> sentences, Counts counts, ParallaxConfig.Framing cfg) {
    return terms(sentences, counts, cfg, Map.of());
  }

  /** As above, and each story's sides (see {@link #run}) against each other: rows with group_column set. */
  static Dataset<Row> terms(Dataset<Row> sentences, Counts counts, ParallaxConfig.Framing cfg,
      Map<String, Map<String, String>> sides) {
    return termsOf(stories(sentences, counts, cfg, sides));
  }

  /**
   * One pass over each eligible story: its sentences meet in one place (one shuffle of the sentences), where
   * {@link ClusterContrast} ranks and cites its words and {@link Statements} finds its core, unique and omitted
   * statements, in memory. Rows as {@link #STORY_SCHEMA}.
   */
  static Dataset<Row> stories(Dataset<Row> sentences, Counts counts, ParallaxConfig.Framing cfg,
      Map<String, Map<String, String>> sides) {
    Map<String, Set<String>> house = new HashMap<>();
    // Bounded by outlets x their house words, not by the corpus.
    for (Row r : counts.houseStyle().select("outlet", "key").collectAsList()) {
      house.computeIfAbsent(r.getAs("outlet"), k -> new HashSet<>()).add(r.getAs("key"));
    }
    // Sides have no house style of their own and are not compared pairwise.
    Contrast contrast = new Contrast(new ClusterContrast(cfg.topTerms, cfg.minCount, cfg.maxP, house,
        cfg.insteadMinShared, cfg.pairwiseMaxOutlets), sides,
        new ClusterContrast(cfg.topTerms, cfg.minCount, cfg.maxP, Map.of(), cfg.insteadMinShared, 0), counts.weights());
    FindStatements statements = new FindStatements(new Statements(cfg.statementMinWords, cfg.statementMinShared,
        cfg.statementSimilarity, cfg.coreShare, cfg.topStatements));
    MapFunction<Row, String> byCluster = r -> r.getAs("cluster_id");
    MapGroupsFunction<String, Row, Row> pass = (cluster, rows) -> {
      List<ClusterContrast.Sentence> body = new ArrayList<>();
      rows.forEachRemaining(r -> body.add(sentence(r)));
      return Rows.of(STORY_SCHEMA).set("cluster_id", cluster).set("terms", seq(contrast.rows(cluster, body)))
          .set("statements", seq(statements.rows(cluster, body))).build();
    };
    return eligibleBody(sentences, counts).groupByKey(byCluster, Encoders.STRING())
        .mapGroups(pass, Encoders.row(STORY_SCHEMA));
  }

  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }

  /** The framing_terms rows (with versus and group_column) of {@link #stories}. */
  static Dataset<Row> termsOf(Dataset<Row> stories) {
    return stories.select(explode(col("terms")).as("_t")).select("_t.*");
  }

  /** The framing_statements rows of {@link #stories}. */
  static Dataset<Row> statementsOf(Dataset<Row> stories) {
    return stories.select(explode(col("statements")).as("_s")).select("_s.*");
  }

  /**
   * Headline terms: each outlet's headlines against the story's other headlines, with the corpus prior of the
   * bodies; the evidence is the headline itself.
   */
  static Dataset<Row> headlineTerms(Dataset<Row> sentences, Counts counts, ParallaxConfig.Framing cfg) {
    Dataset<Row> titles = sentences.filter(col("part").equalTo(SentenceStage.TITLE).and(col("outlet").isNotNull())
            .and(col("copy_of").isNull()))
        .join(counts.eligible(), "cluster_id");
    Dataset<Row> body = titles.select("cluster_id", "article_id", "outlet", "sentence_index", "char_start",
        "char_end", "text", SentenceStage.TERMS);
    return contrast(body, "cluster_id", new ClusterContrast(cfg.topTerms, 1, cfg.maxP, Map.of(),
        cfg.insteadMinShared, 0), counts.weights()).drop("versus", GROUP_COLUMN);
  }

  /**
   * Contrasts the sides ({@code outlet}) within each value of {@code key}: {@code body} as {@link #eligibleBody},
   * with the key column, its words counted with {@code weights}. Rows as framing_terms, with the key in cluster_id.
   */
  static Dataset<Row> contrast(Dataset<Row> body, String key, ClusterContrast contrast,
      Broadcast<Map<String, Weight>> weights) {
    MapFunction<Row, String> byKey = r -> r.getAs(key);
    return body.groupByKey(byKey, Encoders.STRING())
        .flatMapGroups(new Contrast(contrast, Map.of(), null, weights), Encoders.row(TERMS_SCHEMA));
  }

  /** The body sentences framing compares: of originals (not copies) with an outlet, in eligible clusters. */
  static Dataset<Row> eligibleBody(Dataset<Row> sentences, Counts counts) {
    return sentences.filter(col("part").equalTo(SentenceStage.BODY).and(col("outlet").isNotNull())
            .and(col("copy_of").isNull()))
        .join(counts.eligible(), "cluster_id")
        .select("cluster_id", "article_id", "outlet", "sentence_index", "char_start", "char_end", "text",
            SentenceStage.TERMS);
  }

  static final StructType STATEMENTS_SCHEMA = new StructType()
      .add("cluster_id", DataTypes.StringType, false).add("outlet", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false).add("rank", DataTypes.IntegerType, false)
      .add("article_id", DataTypes.StringType, false).add("sentence_outlet", DataTypes.StringType, false)
      .add("sentence_index", DataTypes.IntegerType, false).add("char_start", DataTypes.IntegerType, false)
      .add("char_end", DataTypes.IntegerType, false).add("text", DataTypes.StringType, false)
      .add("outlets_carrying", DataTypes.IntegerType, false).add("outlets_in_story", DataTypes.IntegerType, false)
      .add("support", DataTypes.DoubleType, false).add("closest_similarity", DataTypes.DoubleType, false);

  /** One row per eligible story: its framing_terms rows (with pairs and sides) and its statements, as arrays. */
  static final StructType STORY_SCHEMA = new StructType().add("cluster_id", DataTypes.StringType, false)
      .add("terms", DataTypes.createArrayType(TERMS_SCHEMA, false), false)
      .add("statements", DataTypes.createArrayType(STATEMENTS_SCHEMA, false), false);

  /** framing_statements rows: each eligible cluster's core statements, and per outlet its unique and omitted ones. */
  static Dataset<Row> statements(Dataset<Row> sentences, Counts counts, ParallaxConfig.Framing cfg) {
    return statementsOf(stories(sentences, counts, cfg, Map.of()));
  }

  /** One story's framing_statements rows. */
  private record FindStatements(Statements finder) implements java.io.Serializable {
    List<Row> rows(String cluster, List<ClusterContrast.Sentence> body) {
      List<Row> out = new ArrayList<>();
      for (Statements.Statement s : finder.find(body)) {
        out.add(Rows.of(STATEMENTS_SCHEMA).set("cluster_id", cluster).set("outlet", s.outlet()).set("kind", s.kind())
            .set("rank", s.rank()).set("article_id", s.sentence().articleId())
            .set("sentence_outlet", s.sentence().outlet()).set("sentence_index", s.sentence().index())
            .set("char_start", s.sentence().start()).set("char_end", s.sentence().end())
            .set("text", s.sentence().text()).set("outlets_carrying", s.outletsCarrying())
            .set("outlets_in_story", s.outletsInStory()).set("support", s.support())
            .set("closest_similarity", s.closest()).build());
      }
      return out;
    }
  }

  public static ClusterContrast.Sentence sentence(Row r) {
    return new ClusterContrast.Sentence(r.getAs("article_id"), r.getAs("outlet"), r.<Integer>getAs("sentence_index"),
        r.<Integer>getAs("char_start"), r.<Integer>getAs("char_end"), r.getAs("text"),
        r.getList(r.fieldIndex(SentenceStage.TERMS)));
  }

  static final StructType COPY_EDITS_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false).add("copy_of", DataTypes.StringType, false)
      .add("edit", DataTypes.StringType, false).add("sentence_index", DataTypes.IntegerType)
      .add("char_start", DataTypes.IntegerType).add("char_end", DataTypes.IntegerType)
      .add("text", DataTypes.StringType).add("original_sentence_index", DataTypes.IntegerType)
      .add("original_char_start", DataTypes.IntegerType).add("original_char_end", DataTypes.IntegerType)
      .add("original_text", DataTypes.StringType).add("removed_words", DataTypes.StringType)
      .add("added_words", DataTypes.StringType);

  /** copy_edits rows: for every copy, what it changed in the article it copies. */
  static Dataset<Row> copyEdits(Dataset<Row> sentences, Dataset<Row> copies, ParallaxConfig.Framing cfg) {
    Dataset<Row> pairs = copies.select(col("article_id").as("_copy"), col(CopyStage.COPY_OF).as("_original"));
    // Copies are few: only their and their originals' sentences move.
    Dataset<Row> ids = pairs.select(col("_copy").as("article_id"))
        .union(pairs.select(col("_original").as("article_id"))).distinct();
    sentences = sentences.join(broadcast(ids), new String[] {"article_id"}, "left_semi");
    Dataset<Row> copySide = sentences.join(pairs, col("article_id").equalTo(col("_copy")))
        .withColumn("_role", lit("copy"));
    Dataset<Row> originalSide = sentences.join(pairs, col("article_id").equalTo(col("_original")))
        .withColumn("_role", lit("original"));
    MapFunction<Row, String> byCopy = r -> r.getAs("_copy");
    return copySide.unionByName(originalSide)
        .select("_copy", "_original", "_role", "part", "article_id", "outlet", "sentence_index", "char_start",
            "char_end", "text", SentenceStage.TERMS)
        .groupByKey(byCopy, Encoders.STRING())
        .flatMapGroups(new AlignCopy(new CopyEdits(cfg.statementSimilarity)), Encoders.row(COPY_EDITS_SCHEMA));
  }

  private record AlignCopy(CopyEdits aligner) implements FlatMapGroupsFunction<String, Row, Row> {
    @Override
    public Iterator<Row> call(String copy, Iterator<Row> rows) {
      ClusterContrast.Sentence copyTitle = null;
      ClusterContrast.Sentence originalTitle = null;
      List<ClusterContrast.Sentence> copyBody = new ArrayList<>();
      List<ClusterContrast.Sentence> originalBody = new ArrayList<>();
      String original = null;
      while (rows.hasNext()) {
        Row r = rows.next();
        original = r.getAs("_original");
        boolean isCopy = r.getAs("_role").equals("copy");
        ClusterContrast.Sentence s = sentence(r);
        if (r.getAs("part").equals(SentenceStage.TITLE)) {
          if (isCopy) {
            copyTitle = s;
          } else {
            originalTitle = s;
          }
        } else {
          (isCopy ? copyBody : originalBody).add(s);
        }
      }
      Comparator<ClusterContrast.Sentence> order = Comparator.comparingInt(ClusterContrast.Sentence::index);
      copyBody.sort(order);
      originalBody.sort(order);
      List<Row> out = new ArrayList<>();
      for (CopyEdits.Edit e : aligner.edits(copyTitle, originalTitle, copyBody, originalBody)) {
        Rows row = Rows.of(COPY_EDITS_SCHEMA).set("article_id", copy).set("copy_of", original).set("edit", e.kind())
            .set("removed_words", e.removedWords()).set("added_words", e.addedWords());
        if (e.copy() != null) {
          row.set("sentence_index", e.copy().index()).set("char_start", e.copy().start())
              .set("char_end", e.copy().end()).set("text", e.copy().text());
        }
        if (e.original() != null) {
          row.set("original_sentence_index", e.original().index()).set("original_char_start", e.original().start())
              .set("original_char_end", e.original().end()).set("original_text", e.original().text());
        }
        out.add(row.build());
      }
      return out.iterator();
    }
  }

  /**
   * One cluster's sentences in, its framing_terms rows out: its words counted ({@link #wordCounts}), each outlet
   * against the rest (and pairs), then, per group column of {@code sides}, each side (the outlets of one value)
   * against the rest.
   */
  private record Contrast(ClusterContrast contrast, Map<String, Map<String, String>> sides,
      ClusterContrast sideContrast, Broadcast<Map<String, Weight>> weights)
      implements FlatMapGroupsFunction<String, Row, Row> {
    @Override
    public Iterator<Row> call(String cluster, Iterator<Row> sentences) {
      List<ClusterContrast.Sentence> body = new ArrayList<>();
      sentences.forEachRemaining(r -> body.add(sentence(r)));
      return rows(cluster, body).iterator();
    }

    List<Row> rows(String cluster, List<ClusterContrast.Sentence> body) {
      List<ClusterContrast.WordCount> counts = wordCounts(body, weights.value());
      List<Row> out = new ArrayList<>();
      Map<String, String> outletOf = new HashMap<>();
      body.forEach(b -> outletOf.put(b.articleId(), b.outlet()));
      for (ClusterContrast.Term t : contrast.contrast(counts, body)) {
        out.add(row(cluster, null, t, t.evidence() == null ? null : t.evidence().outlet()));
      }
      for (String column : columns()) {
        Map<String, ClusterContrast.WordCount> bySide = new java.util.TreeMap<>();
        for (ClusterContrast.WordCount c : counts) {
          String side = sideOf(c.outlet(), column);
          if (side != null) {
            bySide.merge(side + "\u0001" + c.key(), new ClusterContrast.WordCount(side, c.key(), c.term(), c.count(),
                c.priorWeight(), c.priorTotal(), c.evaluativeLists()), (x, y) -> new ClusterContrast.WordCount(
                x.outlet(), x.key(), x.term(), x.count() + y.count(), x.priorWeight(), x.priorTotal(),
                x.evaluativeLists()));
          }
        }
        List<ClusterContrast.Sentence> said = new ArrayList<>();
        for (ClusterContrast.Sentence b : body) {
          String side = sideOf(b.outlet(), column);
          if (side != null) {
            said.add(new ClusterContrast.Sentence(b.articleId(), side, b.index(), b.start(), b.end(), b.text(),
                b.terms()));
          }
        }
        for (ClusterContrast.Term t : sideContrast.contrast(new ArrayList<>(bySide.values()), said)) {
          out.add(row(cluster, column, t, t.evidence() == null ? null : outletOf.get(t.evidence().articleId())));
        }
      }
      return out;
    }

    private java.util.SortedSet<String> columns() {
      java.util.SortedSet<String> all = new java.util.TreeSet<>();
      sides.values().forEach(v -> all.addAll(v.keySet()));
      return all;
    }

    private String sideOf(String outlet, String column) {
      return outlet == null ? null
          : sides.getOrDefault(outlet.toLowerCase(java.util.Locale.ROOT), Map.of()).get(column);
    }

    private static Row row(String cluster, String column, ClusterContrast.Term t, String evidenceOutlet) {
      Rows row = Rows.of(TERMS_SCHEMA).set("cluster_id", cluster).set("outlet", t.outlet()).set("versus", t.versus())
          .set(GROUP_COLUMN, column).set("direction", t.direction()).set("rank", t.rank()).set("term", t.term())
          .set("evaluative", t.evaluativeLists() > 0).set("evaluative_lists", t.evaluativeLists())
          .set("count", t.count()).set("count_rest", t.countRest())
          .set("log_odds", round(t.logOdds())).set("z", round(t.z())).set("p_value", t.pValue())
          .set("reliable", t.reliable()).set("phrase", t.phrase());
      if (t.evidence() != null) {
        row.set("evidence_article_id", t.evidence().articleId()).set("evidence_outlet", evidenceOutlet)
            .set("evidence_start", t.evidence().start()).set("evidence_end", t.evidence().end())
            .set("evidence_text", t.evidence().text());
      }
      if (t.instead() != null) {
        row.set("instead", t.instead());
        if (t.insteadEvidence() != null) {
          row.set("instead_article_id", t.insteadEvidence().articleId())
              .set("instead_start", t.insteadEvidence().start()).set("instead_end", t.insteadEvidence().end())
              .set("instead_text", t.insteadEvidence().text());
        }
      }
      return row.build();
    }

    private static double round(double x) {
      return Math.round(x * 1e6) / 1e6;
    }
  }

  /** outlet_style rows: each outlet's house-style words, and the spellings it prefers where others differ. */
  static Dataset<Row> style(Counts counts, ParallaxConfig.Framing cfg) {
    Dataset<Row> house = counts.houseStyle()
        .join(counts.prior().select("key", "term"), "key")
        .select(col("outlet"), lit("house_style").as("kind"), col("term"), lit(null).cast("string").as("variant"),
            col("count"), col("stories"), round(col("z"), 6).as("z"));
    // Spelling: the outlet's own most used form of a key that the corpus writes most often another way.
    Dataset<Row> byOutlet = counts.byOutletTerm();
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

}
