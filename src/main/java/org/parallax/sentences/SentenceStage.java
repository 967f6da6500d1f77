package org.parallax.sentences;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.cluster.ClusterStage;
import org.parallax.copies.CopyStage;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.spark.Materialize;
import org.parallax.spark.Rows;
import org.parallax.text.Lexicon;

/**
 * Sentences: the title (part "title") and body sentences (part "body") of every article of a story covered
 * by two or more outlets (the stories framing compares) or holding a copy, with character
 * offsets into the article's title or cleaned text (the {@code articles} report's {@code title} and
 * {@code text}), and each sentence's content words: what framing counts and cites. A copy's sentences
 * carry the article it copies ({@code copy_of}): framing leaves them to the original.
 */
public final class SentenceStage {
  public static final String NAME = "sentences";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  /** Content words of the sentence in order, lower-case, stop words left out (array of string). */
  public static final String TERMS = "terms";
  /** The content words written capitalised somewhere other than at the start of the sentence. */
  public static final String NAMES = "names";
  /** The sentence's own tone, P(positive) - P(negative) by the shipped tone model read without a target. */
  public static final String TONE = "tone";

  public static final StructType SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add(ClusterStage.CLUSTER_ID, DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, true)
      .add(CopyStage.COPY_OF, DataTypes.StringType, true)
      .add("part", DataTypes.StringType, false)
      .add("sentence_index", DataTypes.IntegerType, false)
      .add("char_start", DataTypes.IntegerType, false)
      .add("char_end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add(TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add(NAMES, DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add(TONE, DataTypes.DoubleType, false);

  public static final Contract SENTENCES = Contract.of(NAME, "sentences", SCHEMA.fieldNames());

  private SentenceStage() {}

  /** Per article, how much of its headline its body bears out. */
  public static final StructType HEADLINES = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add(ClusterStage.CLUSTER_ID, DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("title_words", DataTypes.IntegerType, false)
      .add("title_words_in_body", DataTypes.IntegerType, false)
      .add("divergence", DataTypes.DoubleType, true);

  public static final Contract HEADLINE_ROWS = Contract.of(NAME, "headlines", HEADLINES.fieldNames());

  /** The compared articles ({@link #COMPARED}). */
  public static final Contract COMPARED = Contract.of(NAME, "compared", "article_id", ClusterStage.CLUSTER_ID,
      "outlet", "title", "text", CopyStage.COPY_OF);

  /**
   * One row per sentence of every compared article, one per article on its headline, and the compared articles
   * themselves (read again by later stages: entities).
   */
  public record Output(Dataset<Row> sentences, Dataset<Row> headlines, Dataset<Row> compared) {}

  public static Output run(StageContext ctx, ClusterStage.Output clusters, CopyStage.Output copies) {
    Dataset<Row> articles = COMPARED.check(Materialize.of(compared(clusters, copies)));
    return new Output(SENTENCES.check(Materialize.of(split(articles))),
        HEADLINE_ROWS.check(Materialize.of(articles.map(new Headline(Lexicon.stopWords()), Encoders.row(HEADLINES)))),
        articles);
  }

  /**
   * The articles later stages compare (article_id, cluster_id, outlet, title, text, copy_of): those of the stories
   * covered by two or more outlets, and of the stories holding a copy (compared with its original).
   */
  public static Dataset<Row> compared(ClusterStage.Output clusters, CopyStage.Output copies) {
    Dataset<Row> compared = clusters.articles().filter(col("outlet").isNotNull())
        .groupBy(ClusterStage.CLUSTER_ID).agg(countDistinct("outlet").as("_outlets"))
        .filter(col("_outlets").geq(2)).select(ClusterStage.CLUSTER_ID);
    Dataset<Row> copied = clusters.articles().join(copies.copies().select("article_id"), "article_id")
        .select(ClusterStage.CLUSTER_ID);
    Dataset<Row> covered = compared.union(copied).distinct();
    return clusters.articles().join(covered, ClusterStage.CLUSTER_ID)
        .select(col("article_id"), col(ClusterStage.CLUSTER_ID), col("outlet"), col("title"), col("text"))
        .join(copies.copies().select(col("article_id"), col(CopyStage.COPY_OF)), new String[] {"article_id"},
            "left");
  }

  /**
   * Articles (article_id, cluster_id, outlet, title, text and, when the article copies another, copy_of) in,
   * sentences out.
   */
  public static Dataset<Row> split(Dataset<Row> articles) {
    return articles.flatMap(new Split(new SentenceSplitter(Lexicon.stopWords())), Encoders.row(SCHEMA));
  }

  /**
   * An article's headline against its body: the headline's distinct content words (spelling-folded), how
   * many of them its body uses, and the divergence, the share it does not (null without a title).
   */
  private record Headline(java.util.Set<String> stop) implements org.apache.spark.api.java.function.MapFunction<Row, Row> {
    @Override
    public Row call(Row article) {
      java.util.Set<String> title = words(article.getAs("title"));
      java.util.Set<String> body = words(article.getAs("text"));
      int inBody = (int) title.stream().filter(body::contains).count();
      return Rows.of(HEADLINES).set("article_id", article.getAs("article_id"))
          .set(ClusterStage.CLUSTER_ID, article.getAs(ClusterStage.CLUSTER_ID)).set("outlet", article.getAs("outlet"))
          .set("title", article.getAs("title")).set("title_words", title.size()).set("title_words_in_body", inBody)
          .set("divergence", title.isEmpty() ? null : Math.round(1e4 * (title.size() - inBody) / title.size()) / 1e4)
          .build();
    }

    private java.util.Set<String> words(String text) {
      java.util.Set<String> out = new java.util.HashSet<>();
      if (text == null) {
        return out;
      }
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      org.parallax.text.Words.find(lower, (from, to) -> {
        String w = lower.substring(from, to);
        if (w.length() >= 2 && !stop.contains(w) && w.chars().anyMatch(Character::isLetter)) {
          out.add(SentenceSplitter.fold(w));
        }
      });
      return out;
    }
  }

  private record Split(SentenceSplitter splitter) implements FlatMapFunction<Row, Row> {
    @Override
    public Iterator<Row> call(Row article) {
      List<Row> out = new ArrayList<>();
      add(out, article, TITLE, article.getAs("title"));
      add(out, article, BODY, article.getAs("text"));
      return out.iterator();
    }

    private void add(List<Row> out, Row article, String part, String text) {
      int index = 0;
      for (SentenceSplitter.Sentence s : splitter.split(text)) {
        out.add(Rows.of(SCHEMA).set("article_id", article.getAs("article_id"))
            .set(ClusterStage.CLUSTER_ID, article.getAs(ClusterStage.CLUSTER_ID))
            .set("outlet", article.getAs("outlet"))
            .set(CopyStage.COPY_OF, hasCopyOf(article) ? article.getAs(CopyStage.COPY_OF) : null).set("part", part).set("sentence_index", index++)
            .set("char_start", s.start()).set("char_end", s.end()).set("text", s.text())
            .set(TERMS, scala(s.terms())).set(NAMES, scala(s.names()))
            .set(TONE, Math.round(1e4 * org.parallax.tone.ToneModel.shared().predict(s.text(), -1, -1).score()) / 1e4)
            .build());
      }
    }

    private static boolean hasCopyOf(Row article) {
      return java.util.Arrays.asList(article.schema().fieldNames()).contains(CopyStage.COPY_OF);
    }

    private static Object scala(List<String> values) {
      return scala.jdk.javaapi.CollectionConverters.asScala(values).toSeq();
    }
  }
}
