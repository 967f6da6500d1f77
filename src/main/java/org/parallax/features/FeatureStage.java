package org.parallax.features;

import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.ElementwiseProduct;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.config.ParallaxConfig;
import org.parallax.spark.Materialize;
import org.parallax.clean.CleanStage;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.slf4j.LoggerFactory;

/**
 * Features: tokens (lower-cased words, no stop words, no pure numbers), terms (tokens and bigrams),
 * sublinear term counts over a deterministic vocabulary (the lead's terms counted once more), and
 * L2-normalised TF-IDF vectors of the text and, apart, of the title (the cluster stage weighs the two), all
 * as MLlib {@code ml} pipeline stages.
 */
public final class FeatureStage {
  public static final String TOKENS = "tokens";
  public static final String TF = "tf";
  public static final String TFIDF = "tfidf";
  /** The title's L2-normalised TF-IDF vector (same vocabulary and IDF as the text's); empty without a title. */
  public static final String TITLE_TFIDF = "title_tfidf";

  public static final String NAME = "features";
  /** The articles with their tokens, term counts and L2-normalised TF-IDF vectors. */
  public static final Contract VECTORS = CleanStage.ARTICLES.plus(NAME, "vectors", TOKENS, TF, TFIDF,
      TITLE_TFIDF);

  private FeatureStage() {}

  /** What features returns: the fitted models (with the vocabulary) and the articles' vectors. */
  public record Output(Model model, Dataset<Row> vectors) {
    public Vocabulary vocabulary() {
      return model.vocabulary();
    }
  }

  /** Fits vocabulary and IDF on the clean articles and vectorizes them. */
  public static Output run(StageContext ctx, CleanStage.Output in, ParallaxConfig.Features cfg) {
    return run(ctx, in, in.articles(), cfg);
  }

  /**
   * Fits vocabulary and IDF on {@code fitOn} and vectorizes the clean articles of {@code in} (a daily run
   * fits on more days than it clusters).
   */
  public static Output run(StageContext ctx, CleanStage.Output in, Dataset<Row> fitOn, ParallaxConfig.Features cfg) {
    Model fitted = fit(fitOn, cfg);
    Model m = fitOn == in.articles() ? fitted : new Model(fitted.tokenizer(), fitted.vectorizer(),
        fitted.vocabulary(), Materialize.of(fitted.tokenizer().transform(in.articles())));
    Output out = new Output(m, VECTORS.check(Materialize.of(m.transformFitted())));
    ctx.manifest().count(Count.VOCABULARY_TERMS, m.vocabulary().size());
    return out;
  }

  /** Fitted feature models plus the vocabulary they use. */
  public record Model(PipelineModel tokenizer, PipelineModel vectorizer, Vocabulary vocabulary,
      Dataset<Row> tokenized) {
    /** The articles the model was fitted on, vectorized (their tokens are kept from fitting). */
    public Dataset<Row> transformFitted() {
      return vectorizer.transform(tokenized);
    }
  }

  /** The tokenizer alone (no fitting needed): text in, {@link #TOKENS} out. */
  public static PipelineModel tokenizer(ParallaxConfig.Features cfg, Dataset<Row> articles) {
    WordTokenizer tokenize = new WordTokenizer(cfg.minTokenLength, "text", "_words");
    StopWordsRemover stop = new StopWordsRemover().setInputCol("_words").setOutputCol(TOKENS)
        .setStopWords(StopWordsRemover.loadDefaultStopWords(cfg.stopWords));
    SQLTransformer drop = new SQLTransformer().setStatement("SELECT * EXCEPT (_words) FROM __THIS__");
    return new Pipeline().setStages(new PipelineStage[] {tokenize, stop, drop}).fit(articles);
  }

  /** Fits vocabulary and IDF on tokenized articles. */
  public static Model fit(Dataset<Row> articles, ParallaxConfig.Features cfg) {
    PipelineModel tokenizer = tokenizer(cfg, articles);
    Dataset<Row> tokenized = Materialize.of(tokenizer.transform(articles)); // read by vocabulary and transform
    boolean pairs = cfg.ngrams >= 2;
    Vocabulary vocabulary = Vocabulary.build(tokenized, TOKENS, pairs, cfg.minDf, cfg.vocabSize);
    if (vocabulary.size() == 0 && cfg.minDf > 1) {
      LoggerFactory.getLogger(FeatureStage.class).warn("no term is in features.min_df={} articles (corpus of {}); "
          + "using every term", cfg.minDf, vocabulary.documents());
      vocabulary = Vocabulary.build(tokenized, TOKENS, pairs, 1, cfg.vocabSize);
    }
    if (vocabulary.size() == 0) {
      throw new org.parallax.pipeline.BadInputException("the accepted articles hold no analysable word (all are numbers, "
          + "punctuation or stop words)");
    }
    // Tokens, token pairs and the lead's terms counted in one pass (TermCounter).
    TermCounter counts = new TermCounter(vocabulary.terms(), pairs, cfg.leadWords, TOKENS, TF);
    SublinearTf sublinear = new SublinearTf(TF, "_wtf");
    // The vocabulary already holds every term's document frequency: IDF needs no pass over the corpus.
    ElementwiseProduct idf = new ElementwiseProduct().setScalingVec(vocabulary.idf())
        .setInputCol(cfg.sublinearTf ? "_wtf" : TF).setOutputCol("_idf");
    Normalizer l2 = new Normalizer().setInputCol("_idf").setOutputCol(TFIDF).setP(2.0);
    // The title alone, through the same vocabulary and IDF: tokens, counts (no lead), sublinear, IDF, L2.
    WordTokenizer titleWords = new WordTokenizer(cfg.minTokenLength, "_title_text", "_title_words");
    StopWordsRemover titleStop = new StopWordsRemover().setInputCol("_title_words").setOutputCol("_title_tokens")
        .setStopWords(StopWordsRemover.loadDefaultStopWords(cfg.stopWords));
    SQLTransformer titleText = new SQLTransformer().setStatement(
        "SELECT *, coalesce(" + org.parallax.ingest.RecordSchema.TITLE + ", '') AS _title_text FROM __THIS__");
    TermCounter titleCounts = new TermCounter(vocabulary.terms(), pairs, 0, "_title_tokens", "_title_tf");
    SublinearTf titleSublinear = new SublinearTf("_title_tf", "_title_wtf");
    ElementwiseProduct titleIdf = new ElementwiseProduct().setScalingVec(vocabulary.idf())
        .setInputCol(cfg.sublinearTf ? "_title_wtf" : "_title_tf").setOutputCol("_title_idf");
    Normalizer titleL2 = new Normalizer().setInputCol("_title_idf").setOutputCol(TITLE_TFIDF).setP(2.0);
    SQLTransformer drop = new SQLTransformer().setStatement("SELECT * EXCEPT (_wtf, _idf, _title_text, "
        + "_title_words, _title_tokens, _title_tf, _title_wtf, _title_idf) FROM __THIS__");
    // Transformers only: fitting the pipeline reads no data.
    List<PipelineStage> stages = List.of(counts, sublinear, idf, l2, titleText, titleWords, titleStop, titleCounts,
        titleSublinear, titleIdf, titleL2, drop);
    PipelineModel vectorizer = new Pipeline().setStages(stages.toArray(PipelineStage[]::new)).fit(tokenized);
    return new Model(tokenizer, vectorizer, vocabulary, tokenized);
  }

}
