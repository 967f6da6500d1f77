package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.config.ParallaxConfig;
import org.parallax.sentences.SentenceStage;
import org.parallax.spark.Rows;

class FramingStageTest extends SparkTest {
  private static final StructType ARTICLES = new StructType().add("article_id", DataTypes.StringType)
      .add("cluster_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
      .add("title", DataTypes.StringType).add("text", DataTypes.StringType);

  private static Row a(String id, String cluster, String outlet, String text) {
    return Rows.of(ARTICLES).set("article_id", id).set("cluster_id", cluster).set("outlet", outlet)
        .set("text", text).build();
  }

  private FramingStage.Output framing(ParallaxConfig.Framing cfg, Row... articles) {
    Dataset<Row> sentences = SentenceStage.split(spark.createDataFrame(List.of(articles), ARTICLES));
    FramingStage.Counts counts = FramingStage.Counts.of(sentences, cfg);
    Dataset<Row> both = FramingStage.terms(sentences, counts, cfg).drop(FramingStage.GROUP_COLUMN);
    return new FramingStage.Output(both.filter("versus IS NULL").drop("versus"), both.filter("versus IS NOT NULL"),
        FramingStage.headlineTerms(sentences, counts, cfg), FramingStage.style(counts, cfg),
        FramingStage.statements(sentences, counts, cfg), FramingStage.copyEdits(sentences, spark.createDataFrame(List.of(), new StructType()
            .add("article_id", DataTypes.StringType).add("copy_of", DataTypes.StringType)), cfg), counts, null);
  }

  private static Row row(List<Row> rows, String outlet, String direction, String term) {
    return rows.stream().filter(r -> r.getAs("outlet").equals(outlet) && r.getAs("direction").equals(direction)
        && r.getAs("term").equals(term)).findFirst().orElseThrow(() -> new AssertionError(
            outlet + " " + direction + " " + term + " not in " + rows.stream()
                .map(r -> r.getAs("outlet") + "/" + r.getAs("direction") + "/" + r.getAs("term")).toList()));
  }

  @Test
  void usedWordsFollowTheFightinWordsStatisticWithTheOtherOutletsAsTheRest() {
    ParallaxConfig.Framing cfg = new ParallaxConfig.Framing();
    cfg.priorScale = 10.0;
    List<Row> rows = framing(cfg,
        a("l1", "c1", "Left", "protesters crackdown regime protesters police."),
        a("r1", "c1", "Right", "rioters police curfew rioters police."),
        a("s1", "c2", "Solo", "rioters regime."),
        a("l2", "c3", "Left", "weather rain.")).terms().collectAsList();
    assertTrue(rows.stream().allMatch(r -> r.getAs("cluster_id").equals("c1")), "only clusters with 2+ outlets");
    Row protesters = row(rows, "Left", "uses", "protesters");
    // Hand computation: y_i = 2, n_i = 5, y_j = 0, n_j = 5; the corpus is the compared stories': 2 of 10 tokens.
    double a0 = 10.0;
    double aw = a0 * 2 / 10;
    double delta = Math.log((2 + aw) / (5 + a0 - 2 - aw)) - Math.log((0 + aw) / (5 + a0 - 0 - aw));
    double z = delta / Math.sqrt(1 / (2 + aw) + 1 / (0 + aw));
    assertEquals(2L, protesters.<Long>getAs("count"));
    assertEquals(0L, protesters.<Long>getAs("count_rest"));
    assertEquals(delta, protesters.<Double>getAs("log_odds"), 1e-6);
    assertEquals(z, protesters.<Double>getAs("z"), 1e-6);
    assertEquals("l1", protesters.getAs("evidence_article_id"));
    assertEquals("protesters crackdown regime protesters police.", protesters.getAs("evidence_text"));
    // "police": Right writes it twice, Left once: Right uses it, Left avoids it, with Right's sentence.
    assertTrue(row(rows, "Right", "uses", "police").<Double>getAs("z") > 0);
    Row avoided = row(rows, "Left", "avoids", "police");
    assertTrue(avoided.<Double>getAs("z") < 0);
    assertEquals("Right", avoided.getAs("evidence_outlet"));
    assertEquals("r1", avoided.getAs("evidence_article_id"));
  }

  @Test
  void aWordOneOutletAvoidsIsFoundWithTheWordItWritesInsteadAndBothSentences() {
    List<Row> articles = new ArrayList<>();
    String[] common = {"The president signed the executive order on Tuesday at the border facility.",
        "Lawyers expect the courts to block the order within weeks.",
        "Critics called the measure unconstitutional and cruel."};
    for (String id : new String[] {"Times1", "Post1", "Fox1", "Times2", "Post2", "Fox2"}) {
      String outlet = id.substring(0, id.length() - 1);
      String word = outlet.equals("Fox") ? "illegal" : "undocumented";
      StringBuilder text = new StringBuilder();
      for (String s : common) {
        text.append(s).append(' ');
      }
      text.append("The order would end birthright citizenship for children of ").append(word)
          .append(" immigrants born here. About four million ").append(word)
          .append(" immigrants have children who are citizens.");
      articles.add(a(id.toLowerCase(), "c1", outlet, text.toString()));
    }
    FramingStage.Output out = framing(new ParallaxConfig.Framing(), articles.toArray(Row[]::new));
    List<Row> rows = out.terms().collectAsList();
    Row avoids = row(rows, "Fox", "avoids", "undocumented");
    assertEquals(1, avoids.<Integer>getAs("rank"));
    assertEquals(0L, avoids.<Long>getAs("count"));
    assertEquals(8L, avoids.<Long>getAs("count_rest"));
    assertEquals("illegal", avoids.getAs("instead"));
    assertTrue(avoids.<String>getAs("evidence_text").contains("undocumented immigrants"), avoids.toString());
    assertFalse(avoids.getAs("evidence_outlet").equals("Fox"));
    assertEquals("fox1", avoids.getAs("instead_article_id"));
    assertTrue(avoids.<String>getAs("instead_text").contains("illegal immigrants"), avoids.toString());
    assertEquals("children of undocumented immigrants born", avoids.getAs("phrase"));
    // 8 uses by the others against none, with a third of the story's words: p = (2/3)^8 = 0.039.
    assertEquals(Math.pow(2.0 / 3, 8), avoids.<Double>getAs("p_value"), 1e-3);
    assertTrue(avoids.<Boolean>getAs("reliable"), avoids.toString());
    Row uses = row(rows, "Fox", "uses", "illegal");
    assertEquals(1, uses.<Integer>getAs("rank"));
    assertEquals("fox1", uses.getAs("evidence_article_id"));
    int start = uses.getAs("evidence_start");
    int end = uses.getAs("evidence_end");
    String fox = articles.get(2).getAs("text");
    assertEquals(fox.substring(start, end), uses.getAs("evidence_text"));
    // Both the Times and the Post avoid "illegal", which only Fox writes.
    assertEquals("undocumented", row(rows, "Times", "avoids", "illegal").getAs("instead"));
    // Outlet against outlet: Fox against the Times alone, and the Times and the Post have no contrast.
    List<Row> pairs = out.pairs().collectAsList();
    Row foxTimes = pairs.stream().filter(r -> r.getAs("outlet").equals("Fox") && r.getAs("versus").equals("Times")
        && r.getAs("direction").equals("avoids") && r.getAs("term").equals("undocumented")).findFirst()
        .orElseThrow(() -> new AssertionError(pairs.toString()));
    assertEquals(4L, foxTimes.<Long>getAs("count_rest"));
    assertEquals("illegal", foxTimes.getAs("instead"));
    assertEquals("Times", foxTimes.getAs("evidence_outlet"));
    assertTrue(pairs.stream().noneMatch(r -> r.getAs("outlet").equals("Times") && r.getAs("versus").equals("Post")),
        "the Times and the Post write the same words");
    // Words all three write the same number of times are neither used nor avoided.
    assertTrue(rows.stream().noneMatch(r -> r.getAs("term").equals("citizenship")), rows.toString());
  }

  @Test
  void namesFillerWordsAndSpellingVariantsAreNotFramingAndHouseStyleIsReportedPerOutlet() {
    List<Row> articles = new ArrayList<>();
    for (int story = 0; story < 5; story++) {
      // The Times writes "e-mail" and says "shocking" in every story; the Wire writes "email".
      articles.add(a("t" + story, "c" + story, "Times", "Officials released the shocking e-mail records of story " + story
          + " on Monday. The shocking records were sent by Mr. Steele, who also made one call. Critics of "
          + "Steele were named in the e-mail records, a shocking turn."));
      articles.add(a("w" + story, "c" + story, "Wire", "Officials released the email records of story " + story
          + " on Monday. The records were sent by Mr. Steele. Critics of Steele were named in the email "
          + "records, a turn."));
    }
    FramingStage.Output out = framing(new ParallaxConfig.Framing(), articles.toArray(Row[]::new));
    List<Row> rows = out.terms().collectAsList();
    List<String> terms = rows.stream().map(r -> r.<String>getAs("term")).toList();
    for (String never : List.of("mr", "also", "one", "made", "steele", "e-mail", "shocking")) {
      assertFalse(terms.contains(never), never + " in " + terms);
    }
    // Both write the word twice a story, spelt two ways: one term, and no reliable difference.
    assertTrue(rows.stream().filter(r -> r.getAs("term").equals("email"))
        .noneMatch(r -> r.<Boolean>getAs("reliable")), rows.toString());
    List<Row> style = out.style().collectAsList();
    Row house = style.stream().filter(r -> r.getAs("kind").equals("house_style")).findFirst().orElseThrow(
        () -> new AssertionError(style.toString()));
    assertEquals("Times", house.getAs("outlet"));
    assertEquals("shocking", house.getAs("term"));
    assertEquals(5L, house.<Long>getAs("stories"));
    assertEquals(15L, house.<Long>getAs("count"));
    Row spelling = style.stream().filter(r -> r.getAs("kind").equals("spelling")).findFirst().orElseThrow();
    assertEquals("Times", spelling.getAs("outlet"));
    assertEquals("e-mail", spelling.getAs("term"));
    assertEquals("email", spelling.getAs("variant"));
    assertNotNull(spelling.getAs("count"));
  }
}
