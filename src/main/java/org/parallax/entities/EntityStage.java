package org.parallax.entities;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
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

  /** One row per mention, with its entity's name in the story. */
  static final StructType MENTION = new StructType()
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
      .add("entity", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("in_quote", DataTypes.BooleanType, false)
      .add("tone", DataTypes.StringType, false)
      .add("tone_score", DataTypes.DoubleType, false)
      .add("sentence", DataTypes.StringType, false);

  /** The mentions as reported: the sentence is in the sentences report (article_id, part, sentence_index). */
  public static final Contract MENTIONS = Contract.of(NAME, "mentions", java.util.Arrays.stream(MENTION.fieldNames())
      .filter(c -> !c.equals("sentence")).toArray(String[]::new));
  /** Each story's pass gives both tables: one row holds a mention ("m") or a story_entities row ("e"). */
  static final StructType BOTH = new StructType().add("m", MENTION, true).add("e", OutletEntities.SCHEMA, true);
  public static final Contract ENTITIES = Contract.of(NAME, "story_entities", OutletEntities.SCHEMA.fieldNames());

  /** Every mention with its story-wide entity and tone; per story, outlet and entity, how it is named. */
  public record Output(Dataset<Row> mentions, Dataset<Row> entities) {}

  private EntityStage() {}

  public static Output run(StageContext ctx, ClusterStage.Output clusters, CopyStage.Output copies,
      SentenceStage.Output sentences, ParallaxConfig.Entities config) {
    Output both = split(Materialize.of(both(sentences.compared(), config.leftOutShare)));
    Dataset<Row> mentions = MENTIONS.check(both.mentions().drop("sentence"));
    ctx.manifest().count(Count.ENTITY_MENTIONS, mentions.count());
    return new Output(mentions, ENTITIES.check(both.entities()));
  }

  /**
   * Articles (article_id, cluster_id, outlet, title, text, copy_of) in; out, from one pass over each story's
   * articles ({@link #BOTH}): a row per mention, its entity named as the story names it ({@link StoryNames}), and
   * the story's story_entities rows ({@link OutletEntities}): per (outlet, entity) of a story with two or more
   * outlets (copies left to their originals), with a row of no mentions for each outlet that leaves out an entity
   * more than {@code leftOutShare} of the story's outlets (and at least two) name.
   */
  static Dataset<Row> both(Dataset<Row> articles, double leftOutShare) {
    MapFunction<Row, String> story = r -> r.getAs(ClusterStage.CLUSTER_ID);
    return articles.groupByKey(story, Encoders.STRING())
        .flatMapGroups(new FindInStory(new EntityFinder(KnownNames.shipped()), leftOutShare), Encoders.row(BOTH));
  }

  /** {@link #both}'s mentions (with their sentence) and story_entities rows, apart. */
  static Output split(Dataset<Row> both) {
    return new Output(both.filter(col("m").isNotNull()).select("m.*"), both.filter(col("e").isNotNull()).select("e.*"));
  }

  private record FindInStory(EntityFinder finder, double leftOutShare)
      implements FlatMapGroupsFunction<String, Row, Row> {
    /** A mention found in an article, with its tone, before the story's names are merged. */
    private record Found(Row article, EntityFinder.Mention mention, String sentence, ToneModel.Tone tone) {}

    @Override
    public Iterator<Row> call(String cluster, Iterator<Row> articles) {
      ToneModel model = ToneModel.shared();
      List<Found> found = new ArrayList<>();
      Map<List<String>, Long> names = new java.util.HashMap<>();
      // Titles and texts are held for the story's length: a story is hundreds of articles at most.
      List<Row> read = new ArrayList<>();
      while (articles.hasNext()) {
        Row article = articles.next();
        read.add(article);
        String title = article.getAs("title");
        String text = article.getAs("text");
        for (EntityFinder.Mention m : finder.find(title, text)) {
          String part = m.part().equals(EntityFinder.TITLE) ? title : text;
          // The sentence goes with the mention: story_entities cites it without a join against every sentence.
          String sentence = part.substring(m.sentenceStart(), m.sentenceEnd());
          found.add(new Found(article, m, sentence,
              model.predict(sentence, m.start() - m.sentenceStart(), m.end() - m.sentenceStart())));
          names.merge(List.of(m.name(), m.kind()), 1L, Long::sum);
        }
      }
      List<StoryNames.Named> named = new ArrayList<>();
      names.forEach((k, n) -> named.add(new StoryNames.Named(k.get(0), k.get(1), n)));
      Map<String, StoryNames.Entity> entities = StoryNames.merge(named);
      List<Row> mentions = new ArrayList<>(found.size());
      java.util.Set<String> outlets = new java.util.HashSet<>();
      List<Row> own = new ArrayList<>();
      for (Found f : found) {
        EntityFinder.Mention m = f.mention();
        StoryNames.Entity entity = entities.get(m.name());
        String text = f.article().getAs("text");
        Row row = Rows.of(MENTION).set("article_id", f.article().getAs("article_id"))
            .set(ClusterStage.CLUSTER_ID, cluster).set("outlet", f.article().getAs("outlet"))
            .set(CopyStage.COPY_OF, f.article().getAs(CopyStage.COPY_OF)).set("part", m.part())
            .set("sentence_index", m.sentence()).set("char_start", m.start()).set("char_end", m.end())
            .set("position", m.part().equals(EntityFinder.TITLE) ? 0.0
                : Math.round(1e4 * m.start() / Math.max(1, text.length())) / 1e4)
            .set("name_as_written", m.written()).set("entity", entity.name()).set("kind", entity.kind())
            .set("in_quote", m.quoted()).set("tone", f.tone().label())
            .set("tone_score", Math.round(1e4 * f.tone().score()) / 1e4).set("sentence", f.sentence()).build();
        mentions.add(row);
        if (f.article().getAs(CopyStage.COPY_OF) == null && f.article().getAs("outlet") != null) {
          own.add(row); // a copy's mentions count under its original
        }
      }
      for (Row article : read) {
        if (article.getAs(CopyStage.COPY_OF) == null && article.getAs("outlet") != null) {
          outlets.add(article.getAs("outlet"));
        }
      }
      List<Row> out = new ArrayList<>(mentions.size());
      mentions.forEach(m -> out.add(Rows.of(BOTH).set("m", m).build()));
      OutletEntities.of(cluster, own, outlets, leftOutShare).forEach(e -> out.add(Rows.of(BOTH).set("e", e).build()));
      return out.iterator();
    }
  }
}
