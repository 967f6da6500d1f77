package org.parallax.quotes;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.cluster.ClusterStage;
import org.parallax.config.ParallaxConfig;
import org.parallax.copies.CopyStage;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.parallax.spark.Materialize;
import org.parallax.spark.Rows;

/**
 * Quotes: every quotation of every article ({@link QuoteFinder}: direct, partial and indirect, with cue and
 * speaker), and the voices of each story covered by two or more outlets: per (story, outlet, speaker) how often and how much the outlet quotes
 * the speaker, and how many of the story's outlets quote the speaker at all. A copy's quotations are its
 * original's: voices count them once, under the original's outlet.
 */
public final class QuoteStage {
  public static final String NAME = "quotes";
  /** The speaker as voices group it: a name's last word, lower-case, or a description as written (lower-case). */
  public static final String SPEAKER_KEY = "speaker_key";

  public static final StructType SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add(ClusterStage.CLUSTER_ID, DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, true)
      .add("quote_index", DataTypes.IntegerType, false)
      .add("kind", DataTypes.StringType, false)
      .add("char_start", DataTypes.IntegerType, false)
      .add("char_end", DataTypes.IntegerType, false)
      .add("quote_text", DataTypes.StringType, false)
      .add("words", DataTypes.IntegerType, false)
      .add("paragraphs", DataTypes.IntegerType, false)
      .add("cue", DataTypes.StringType, true)
      .add("cue_start", DataTypes.IntegerType, true)
      .add("cue_end", DataTypes.IntegerType, true)
      .add("speaker_as_written", DataTypes.StringType, true)
      .add("speaker_start", DataTypes.IntegerType, true)
      .add("speaker_end", DataTypes.IntegerType, true)
      .add("speaker", DataTypes.StringType, true)
      .add(SPEAKER_KEY, DataTypes.StringType, true);

  public static final Contract QUOTES = Contract.of(NAME, "quotes", SCHEMA.fieldNames());
  public static final Contract VOICES = Contract.of(NAME, "voices", ClusterStage.CLUSTER_ID, "outlet", SPEAKER_KEY,
      "speaker", "quotes", "direct_quotes", "indirect_quotes", "words_quoted", "share_of_outlet_words",
      "outlets_quoting", "outlets_in_story", "only_outlet", "evidence_article_id", "evidence_quote");

  /** Every quotation, and the voices of each story. */
  public record Output(Dataset<Row> quotes, Dataset<Row> voices) {}

  private QuoteStage() {}

  public static Output run(StageContext ctx, ClusterStage.Output clusters, CopyStage.Output copies,
      ParallaxConfig.Quotes config) {
    Dataset<Row> articles = clusters.articles().select(col("article_id"), col(ClusterStage.CLUSTER_ID),
        col("outlet"), col("text"));
    Dataset<Row> quotes = QUOTES.check(Materialize.of(find(articles, new QuoteFinder(config))));
    Row counts = quotes.agg(count(lit(1)).as("all"), sum(when(col("kind").equalTo(QuoteFinder.DIRECT), 1)
        .otherwise(0)).as("direct")).first();
    ctx.manifest().count(Count.QUOTES, counts.<Long>getAs("all"));
    Long direct = counts.getAs("direct");
    ctx.manifest().count(Count.QUOTES_DIRECT, direct == null ? 0 : direct);
    Dataset<Row> own = quotes.join(copies.copies().select("article_id"), new String[] {"article_id"}, "left_anti");
    // Voices compare outlets: only stories covered by two or more have any (as framing's).
    Dataset<Row> outlets = clusters.articles().filter(col("outlet").isNotNull()).groupBy(ClusterStage.CLUSTER_ID)
        .agg(countDistinct("outlet").as("outlets_in_story")).filter(col("outlets_in_story").geq(2));
    return new Output(quotes, VOICES.check(Materialize.of(voices(own, outlets))));
  }

  /** Articles (article_id, cluster_id, outlet, text) in, one row per quotation out. */
  public static Dataset<Row> find(Dataset<Row> articles, QuoteFinder finder) {
    return articles.flatMap(new Find(finder), Encoders.row(SCHEMA));
  }

  /**
   * Per (story, outlet, speaker): quotations in marks, direct ones, indirect ones, words quoted, their share of
   * all the words the outlet quotes in the story, and how many of the story's outlets quote the speaker. Only
   * quotations with a speaker key count (an unresolved "he" has none).
   */
  static Dataset<Row> voices(Dataset<Row> quotes, Dataset<Row> outletsInStory) {
    Dataset<Row> spoken = sameSpeakerKeys(quotes.filter(col(SPEAKER_KEY).isNotNull().and(col("outlet").isNotNull()))
        .join(broadcast(outletsInStory), ClusterStage.CLUSTER_ID));
    // The name shown for a speaker in a story: the form most of its quotations give, then the longer one.
    WindowSpec form = Window.partitionBy(col(ClusterStage.CLUSTER_ID), col(SPEAKER_KEY), col("speaker"));
    WindowSpec story = Window.partitionBy(col(ClusterStage.CLUSTER_ID), col(SPEAKER_KEY));
    WindowSpec outlet = Window.partitionBy(col(ClusterStage.CLUSTER_ID), col("outlet"));
    Dataset<Row> perOutlet = spoken
        .withColumn("_form", struct(count(lit(1)).over(form).as("n"), length(col("speaker")).as("l"),
            col("speaker").as("s")))
        .groupBy(col(ClusterStage.CLUSTER_ID), col("outlet"), col(SPEAKER_KEY), col("outlets_in_story")).agg(
        sum(when(col("kind").notEqual(QuoteFinder.INDIRECT), 1).otherwise(0)).cast("int").as("quotes"),
        sum(when(col("kind").equalTo(QuoteFinder.DIRECT), 1).otherwise(0)).cast("int").as("direct_quotes"),
        sum(when(col("kind").equalTo(QuoteFinder.INDIRECT), 1).otherwise(0)).cast("int").as("indirect_quotes"),
        sum(when(col("kind").notEqual(QuoteFinder.INDIRECT), col("words")).otherwise(0)).cast("int")
            .as("words_quoted"),
        max(col("_form")).as("_form"),
        min(struct(when(col("kind").equalTo(QuoteFinder.DIRECT), 0).when(col("kind").equalTo(QuoteFinder.PARTIAL), 1)
            .otherwise(2).as("k"), col("article_id").as("a"), col("char_start").as("c"), col("quote_text").as("q")))
            .as("_evidence"));
    return perOutlet
        .withColumn("speaker", max(col("_form")).over(story).getField("s"))
        .withColumn("outlets_quoting", size(collect_set(col("outlet")).over(story)))
        .withColumn("share_of_outlet_words", when(sum(col("words_quoted")).over(outlet).gt(0),
            round(col("words_quoted").divide(sum(col("words_quoted")).over(outlet)), 4)))
        .withColumn("outlets_in_story", col("outlets_in_story").cast("int"))
        .withColumn("only_outlet", col("outlets_quoting").equalTo(1).and(col("outlets_in_story").geq(2)))
        .withColumn("evidence_article_id", col("_evidence").getField("a"))
        .withColumn("evidence_quote", col("_evidence").getField("q"))
        .drop("_form", "_evidence");
  }

  /**
   * One key per speaker across a story's articles: a one-word name that is the first word of a longer name in
   * the story ("Qin" in one outlet, "Qin Gang" in another: a family name written first) takes that name's key
   * (the one most quotations give, when there are several).
   */
  static Dataset<Row> sameSpeakerKeys(Dataset<Row> spoken) {
    Column words = split(col("speaker"), " ");
    Dataset<Row> single = spoken.filter(size(words).equalTo(1)).select(col(ClusterStage.CLUSTER_ID).as("_c"),
        col(SPEAKER_KEY).as("_single")).distinct();
    Dataset<Row> longer = spoken.filter(size(words).geq(2))
        .groupBy(col(ClusterStage.CLUSTER_ID).as("_c2"), lower(element_at(words, 1)).as("_first"),
            col(SPEAKER_KEY).as("_key"))
        .agg(count(lit(1)).as("_n"));
    Dataset<Row> alias = single.join(longer, col("_c").equalTo(col("_c2")).and(col("_single").equalTo(col("_first"))))
        .groupBy(col("_c"), col("_single")).agg(max(struct(col("_n"), col("_key"))).getField("_key").as("_alias"));
    return spoken.join(alias, col(ClusterStage.CLUSTER_ID).equalTo(col("_c")).and(col(SPEAKER_KEY).equalTo(
            col("_single"))), "left")
        .withColumn(SPEAKER_KEY, coalesce(col("_alias"), col(SPEAKER_KEY))).drop("_c", "_single", "_alias");
  }

  private record Find(QuoteFinder finder) implements FlatMapFunction<Row, Row> {
    @Override
    public Iterator<Row> call(Row article) {
      List<Row> out = new ArrayList<>();
      int index = 0;
      for (QuoteFinder.Quote q : finder.find(article.getAs("text"))) {
        out.add(Rows.of(SCHEMA).set("article_id", article.getAs("article_id"))
            .set(ClusterStage.CLUSTER_ID, article.getAs(ClusterStage.CLUSTER_ID)).set("outlet", article.getAs("outlet"))
            .set("quote_index", index++).set("kind", q.kind()).set("char_start", q.start()).set("char_end", q.end())
            .set("quote_text", q.text()).set("words", q.words()).set("paragraphs", q.paragraphs())
            .set("cue", q.cue()).set("cue_start", q.cue() == null ? null : q.cueStart())
            .set("cue_end", q.cue() == null ? null : q.cueEnd()).set("speaker_as_written", q.speakerText())
            .set("speaker_start", q.speakerText() == null ? null : q.speakerStart())
            .set("speaker_end", q.speakerText() == null ? null : q.speakerEnd()).set("speaker", q.speaker())
            .set(SPEAKER_KEY, Names.key(q.speaker())).build());
      }
      return out.iterator();
    }
  }
}
