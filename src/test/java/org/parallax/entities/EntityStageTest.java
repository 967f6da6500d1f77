package org.parallax.entities;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;

/** The entities stage's Spark side: mentions merged across a story, and per outlet how each entity is named. */
class EntityStageTest extends SparkTest {
  private static final StructType ARTICLES = new StructType().add("article_id", DataTypes.StringType)
      .add("cluster_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
      .add("title", DataTypes.StringType).add("text", DataTypes.StringType).add("copy_of", DataTypes.StringType);

  @Test
  void eachOutletsEntitiesWithTheirToneAndTheOnesMostOutletsNameButOneLeavesOut() {
    Dataset<Row> articles = spark.createDataFrame(List.of(
        RowFactory.create("a1", "s1", "Xinhua", "Xi meets Blinken in Beijing",
            "President Xi Jinping met U.S. Secretary of State Antony Blinken in Beijing on Friday. "
                + "Xi praised the constructive and candid talks.", null),
        RowFactory.create("a2", "s1", "Fox News", "Blinken flies to Beijing",
            "Secretary of State Antony Blinken arrived in Beijing. Beijing has brutally cracked down on dissent "
                + "and threatened its neighbours. President Xi gave no ground.", null),
        RowFactory.create("a3", "s1", "AP", "Talks in China",
            "Antony Blinken held talks in China on Friday. “Beijing is a terrible bully,” one senator said.", null),
        RowFactory.create("a4", "s1", "Aggregator", "Xi meets Blinken in Beijing",
            "President Xi Jinping met U.S. Secretary of State Antony Blinken in Beijing on Friday. "
                + "Xi praised the constructive and candid talks.", "a1")), ARTICLES);
    EntityStage.Output both = EntityStage.split(EntityStage.both(articles, 0.5));
    Dataset<Row> mentions = both.mentions();
    // "Xi" and "President Xi" are Xi Jinping in every outlet, the copy's mentions listed with it.
    assertEquals(List.of("Xi Jinping"), mentions.filter(col("name_as_written").startsWith("Xi"))
        .select("entity").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertEquals(3, mentions.filter(col("article_id").equalTo("a4").and(col("part").equalTo("title")))
        .count());
    Map<String, Row> rows = both.entities().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("outlet") + "/" + r.getAs("entity"), r -> r));
    Row foxOnBeijing = rows.get("Fox News/Beijing");
    assertEquals(3, (int) foxOnBeijing.getAs("mentions"));
    assertTrue(foxOnBeijing.<Boolean>getAs("in_headline"));
    assertTrue((double) foxOnBeijing.getAs("tone") < -0.2, "Fox's tone toward Beijing " + foxOnBeijing);
    assertTrue((double) foxOnBeijing.getAs("tone") < (double) rows.get("Xinhua/Beijing").getAs("tone"));
    assertEquals("Beijing has brutally cracked down on dissent and threatened its neighbours.",
        foxOnBeijing.getAs("evidence_sentence"));
    // AP prints a senator calling Beijing a bully: quoted, not AP's own tone.
    Row apOnBeijing = rows.get("AP/Beijing");
    assertEquals(1, (int) apOnBeijing.getAs("quoted_mentions"));
    assertTrue(apOnBeijing.isNullAt(apOnBeijing.fieldIndex("tone")));
    // Xi Jinping: two of three outlets name him, AP leaves him out; the copy adds nothing.
    Row apOnXi = rows.get("AP/Xi Jinping");
    assertTrue(apOnXi.<Boolean>getAs("left_out"));
    assertEquals(0, (int) apOnXi.getAs("mentions"));
    assertEquals(2, (int) rows.get("Xinhua/Xi Jinping").getAs("outlets_naming"));
    assertEquals(3, (int) rows.get("Xinhua/Xi Jinping").getAs("mentions"));
    assertTrue(rows.get("AP/China").<Boolean>getAs("only_outlet"));
    assertEquals(0, rows.keySet().stream().filter(k -> k.startsWith("Aggregator/")).count());
  }
}
