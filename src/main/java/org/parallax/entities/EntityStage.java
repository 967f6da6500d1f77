package org.parallax.entities;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
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
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.cluster.ClusterStage;
import org.parallax.config.ParallaxConfig;
import org.parallax.copies.CopyStage;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.parallax.sentences.SentenceStage;
import org.parallax.spark.Materialize;
import org.parallax.spark.Rows;
import org.parallax.tone.ToneModel;

/**
 * Entities: the people, organisations and places each compared article names ({@link EntityFinder}), one name
 * per entity across the story ({@link StoryNames}), and the tone of each mention toward its entity (the shipped
 * {@link ToneModel}: the words around the mention, negation, words in quotation marks apart). Then per (story,
 * outlet, entity) for the stories covered by two or more outlets: how much and how early the outlet names it,
 * whether in a headline, its mean tone in its own voice with the sentence that carries it most, the tone of the
 * quotations it cites, and the entities most of the story's outlets name that one leaves out. A copy's
 * mentions are listed but counted under its original only.
 */
public final class EntityStage {
  public static final String NAME = "entities";

  /** One row per mention, as the finder gives it (the name is the article's). */
  static final StructType FOUND = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add(ClusterStage.CLUSTER_ID, DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, true)
      .add(CopyStage.COPY_OF, DataTypes.StringType, true)
      .add("part", DataTypes.StringType, false)
      .add("sentence_index", DataTypes.IntegerType, false)
      .add("char_start", DataTypes.IntegerType, false)
      .add("char_end", DataTypes.IntegerType, false)
      .add("position", DataTypes.DoubleType, false)
      .add("name_as_written", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("in_quote", DataTypes.BooleanType, false)
      .add("tone", DataTypes.StringType, false)
      .add("tone_score", DataTypes.DoubleType, false);

  public static final Contract MENTIONS = Contract.of(NAME, "mentions", "article_id", ClusterStage.CLUSTER_ID,
      "outlet", CopyStage.COPY_OF, "part", "sentence_index", "char_start", "char_end", "position", "name_as_written",
      "entity", "kind", "in_quote", "tone", "tone_score");
  public static final Contract ENTITIES = Contract.of(NAME, "story_entities", ClusterStage.CLUSTER_ID, "outlet",
      "entity", "kind", "mentions", "articles", "share", "first_sentence", "first_position", "in_headline",
      "outlets_naming", "outlets_in_story", "only_outlet", "left_out", "tone", "own_mentions", "negative_mentions",
      "positive_mentions", "headline_tone", "body_tone", "quoted_tone", "quoted_mentions", "evidence_article_id",
      "evidence_sentence");

  /** Every mention with its story-wide entity and tone; per story, outlet and entity, how it is named. */
  public record Output(Dataset<Row> mentions, Dataset<Row> entities) {}

  private EntityStage() {}

  public static Output run(StageContext ctx, ClusterStage.Output clusters, CopyStage.Output copies,
      SentenceStage.Output sentences, ParallaxConfig.Entities config) {
    Dataset<Row> articles = SentenceStage.compared(clusters, copies);
    Dataset<Row> found = Materialize.of(find(articles));
    Dataset<Row> mentions = MENTIONS.check(Materialize.of(merged(found)));
    ctx.manifest().count(Count.ENTITY_MENTIONS, mentions.count());
    Dataset<Row> outlets = articles.filter(col(CopyStage.COPY_OF).isNull().and(col("outlet").isNotNull()))
        .select(ClusterStage.CLUSTER_ID, "outlet").distinct();
    return new Output(mentions, ENTITIES.check(Materialize.of(perOutlet(mentions, outlets,
        sentences.sentences(), config.leftOutShare))));
  }

  /** Articles (article_id, cluster_id, outlet, title, text, copy_of) in, one row per mention out ({@link #FOUND}). */
  static Dataset<Row> find(Dataset<Row> articles) {
    return articles.flatMap(new Find(new EntityFinder(KnownNames.shipped())), Encoders.row(FOUND));
  }

  /** The mentions with the story's name for each entity ({@link StoryNames}) and its kind. */
  static Dataset<Row> merged(Dataset<Row> found) {
    Dataset<Row> names = found.groupBy(col(ClusterStage.CLUSTER_ID), col("name"), col("kind"))
        .agg(count(lit(1)).as("n"))
        .groupBy(ClusterStage.CLUSTER_ID).agg(collect_list(struct(col("name"), col("kind"), col("n"))).as("names"));
    StructType entitySchema = new StructType().add(ClusterStage.CLUSTER_ID, DataTypes.StringType, false)
        .add("name", DataTypes.StringType, false).add("entity", DataTypes.StringType, false)
        .add("entity_kind", DataTypes.StringType, false);
    Dataset<Row> entities = names.flatMap((FlatMapFunction<Row, Row>) story -> {
      List<StoryNames.Named> named = new ArrayList<>();
      for (Row n : story.<Row>getList(story.fieldIndex("names"))) {
        named.add(new StoryNames.Named(n.getAs("name"), n.getAs("kind"), n.<Long>getAs("n")));
      }
      List<Row> out = new ArrayList<>();
      for (Map.Entry<String, StoryNames.Entity> e : StoryNames.merge(named).entrySet()) {
        out.add(Rows.of(entitySchema).set(ClusterStage.CLUSTER_ID, story.getAs(ClusterStage.CLUSTER_ID))
            .set("name", e.getKey())
            .set("entity", e.getValue().name()).set("entity_kind", e.getValue().kind()).build());
      }
      return out.iterator();
    }, Encoders.row(entitySchema));
    return found.join(entities, new String[] {ClusterStage.CLUSTER_ID, "name"})
        .select(col("article_id"), col(ClusterStage.CLUSTER_ID), col("outlet"), col(CopyStage.COPY_OF), col("part"),
            col("sentence_index"), col("char_start"), col("char_end"), col("position"), col("name_as_written"),
            col("entity"), col("entity_kind").as("kind"), col("in_quote"), col("tone"), col("tone_score"));
  }

  /**
   * Per (story, outlet, entity) of the stories with two or more outlets (copies left to their originals): the
   * {@link #ENTITIES} columns, with a row of no mentions for each outlet that leaves out an entity more than
   * {@code leftOutShare} of the story's outlets (and at least two) name.
   */
  static Dataset<Row> perOutlet(Dataset<Row> mentions, Dataset<Row> storyOutlets, Dataset<Row> sentences,
      double leftOutShare) {
    Dataset<Row> inStory = storyOutlets.groupBy(ClusterStage.CLUSTER_ID).agg(count(lit(1)).cast("int")
        .as("outlets_in_story")).filter(col("outlets_in_story").geq(2));
    Column own = col("in_quote").equalTo(false);
    Column body = col("part").equalTo(EntityFinder.BODY);
    Dataset<Row> named = mentions.filter(col(CopyStage.COPY_OF).isNull().and(col("outlet").isNotNull()))
        .join(broadcast(inStory), ClusterStage.CLUSTER_ID)
        .groupBy(col(ClusterStage.CLUSTER_ID), col("outlet"), col("entity"), col("outlets_in_story")).agg(
            max(col("kind")).as("kind"),
            count(lit(1)).cast("int").as("mentions"),
            countDistinct(col("article_id")).cast("int").as("articles"),
            min(when(body, col("sentence_index"))).as("first_sentence"),
            round(min(when(body, col("position"))), 4).as("first_position"),
            max(col("part").equalTo(EntityFinder.TITLE)).as("in_headline"),
            round(avg(when(own, col("tone_score"))), 4).as("tone"),
            sum(when(own, 1).otherwise(0)).cast("int").as("own_mentions"),
            sum(when(own.and(col("tone").equalTo("neg")), 1).otherwise(0)).cast("int").as("negative_mentions"),
            sum(when(own.and(col("tone").equalTo("pos")), 1).otherwise(0)).cast("int").as("positive_mentions"),
            round(avg(when(own.and(col("part").equalTo(EntityFinder.TITLE)), col("tone_score"))), 4)
                .as("headline_tone"),
            round(avg(when(own.and(body), col("tone_score"))), 4).as("body_tone"),
            round(avg(when(col("in_quote"), col("tone_score"))), 4).as("quoted_tone"),
            sum(when(col("in_quote"), 1).otherwise(0)).cast("int").as("quoted_mentions"),
            // The sentence that carries the tone most: the own-voice mention furthest from neutral.
            max(when(own, struct(abs(col("tone_score")).as("s"), col("article_id").as("a"), col("part").as("p"),
                col("sentence_index").as("i")))).as("_evidence"))
        .withColumn("share", round(col("mentions").divide(sum(col("mentions")).over(
            Window.partitionBy(ClusterStage.CLUSTER_ID, "outlet"))), 4))
        .withColumn("outlets_naming", size(collect_set(col("outlet")).over(
            Window.partitionBy(ClusterStage.CLUSTER_ID, "entity"))))
        .withColumn("only_outlet", col("outlets_naming").equalTo(1))
        .withColumn("left_out", lit(false));
    Dataset<Row> evidence = sentences.select(col("article_id").as("_a"), col("part").as("_p"),
        col("sentence_index").as("_i"), col("text").as("evidence_sentence"));
    Dataset<Row> withEvidence = named.join(evidence, col("_evidence.a").equalTo(col("_a"))
            .and(col("_evidence.p").equalTo(col("_p"))).and(col("_evidence.i").equalTo(col("_i"))), "left")
        .withColumn("evidence_article_id", col("_evidence.a"));
    // Entities most of the story's outlets name: a row for each outlet that does not.
    Dataset<Row> most = named.select(col(ClusterStage.CLUSTER_ID), col("entity"), col("kind"),
            col("outlets_naming"), col("outlets_in_story"))
        .filter(col("outlets_naming").geq(2).and(col("outlets_naming").gt(col("outlets_in_story")
            .multiply(leftOutShare)))).distinct();
    Dataset<Row> leftOut = most.join(storyOutlets, ClusterStage.CLUSTER_ID)
        .join(named.select(ClusterStage.CLUSTER_ID, "outlet", "entity"),
            new String[] {ClusterStage.CLUSTER_ID, "outlet", "entity"}, "left_anti")
        .withColumn("mentions", lit(0)).withColumn("articles", lit(0)).withColumn("share", lit(0.0))
        .withColumn("in_headline", lit(false)).withColumn("only_outlet", lit(false))
        .withColumn("left_out", lit(true)).withColumn("own_mentions", lit(0))
        .withColumn("negative_mentions", lit(0)).withColumn("positive_mentions", lit(0))
        .withColumn("quoted_mentions", lit(0));
    Column[] columns = ENTITIES.columns().stream().map(c -> col(c)).toArray(Column[]::new);
    return withEvidence.select(columns).unionByName(leftOut, true).select(columns);
  }

  private record Find(EntityFinder finder) implements FlatMapFunction<Row, Row> {
    @Override
    public Iterator<Row> call(Row article) {
      List<Row> out = new ArrayList<>();
      String title = article.getAs("title");
      String text = article.getAs("text");
      ToneModel model = ToneModel.shared();
      for (EntityFinder.Mention m : finder.find(title, text)) {
        String part = m.part().equals(EntityFinder.TITLE) ? title : text;
        String sentence = part.substring(m.sentenceStart(), m.sentenceEnd());
        ToneModel.Tone tone = model.predict(sentence, m.start() - m.sentenceStart(), m.end() - m.sentenceStart());
        out.add(Rows.of(FOUND).set("article_id", article.getAs("article_id"))
            .set(ClusterStage.CLUSTER_ID, article.getAs(ClusterStage.CLUSTER_ID)).set("outlet", article.getAs("outlet"))
            .set(CopyStage.COPY_OF, article.getAs(CopyStage.COPY_OF)).set("part", m.part())
            .set("sentence_index", m.sentence()).set("char_start", m.start()).set("char_end", m.end())
            .set("position", m.part().equals(EntityFinder.TITLE) ? 0.0
                : Math.round(1e4 * m.start() / Math.max(1, text.length())) / 1e4)
            .set("name_as_written", m.written()).set("name", m.name()).set("kind", m.kind())
            .set("in_quote", m.quoted()).set("tone", tone.label())
            .set("tone_score", Math.round(1e4 * tone.score()) / 1e4).build());
      }
      return out.iterator();
    }
  }
}
