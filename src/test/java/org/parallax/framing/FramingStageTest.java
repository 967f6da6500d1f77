package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.config.ParallaxConfig;

class FramingStageTest extends SparkTest {
  private static Row a(String cluster, String outlet, String tokens) {
    return RowFactory.create(cluster, outlet, Arrays.asList(tokens.split(" ")));
  }

  @Test
  void eachOutletsDistinctiveWordsWithTheFightinWordsStatistic() {
    Dataset<Row> tokenized = spark.createDataFrame(List.of(
        a("c1", "Left", "protesters crackdown regime protesters police"),
        a("c1", "Right", "rioters police curfew rioters police"),
        a("c2", "Solo", "rioters regime"),
        a("c3", "Left", "weather rain")), new StructType()
        .add("cluster_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
        .add("tokens", DataTypes.createArrayType(DataTypes.StringType)));
    ParallaxConfig.Framing cfg = new ParallaxConfig.Framing();
    cfg.priorScale = 10.0;
    List<Row> rows = FramingStage.terms(tokenized, cfg).orderBy("outlet", "rank").collectAsList();
    assertTrue(rows.stream().allMatch(r -> r.getString(0).equals("c1")), "only clusters with 2+ outlets");
    Row left1 = rows.stream().filter(r -> r.getString(1).equals("Left")).findFirst().orElseThrow();
    Row right1 = rows.stream().filter(r -> r.getString(1).equals("Right")).findFirst().orElseThrow();
    assertEquals("protesters", left1.getString(2));
    assertEquals("rioters", right1.getString(2));

    // Hand computation for Left/"protesters": y_i = 2, n_i = 5, y_j = 0, n_j = 5; corpus: 2 of 14 tokens.
    double a0 = 10.0;
    double aw = a0 * 2 / 14;
    double delta = Math.log((2 + aw) / (5 + a0 - 2 - aw)) - Math.log((0 + aw) / (5 + a0 - 0 - aw));
    double z = delta / Math.sqrt(1 / (2 + aw) + 1 / (0 + aw));
    assertEquals(2L, left1.getLong(4));
    assertEquals(0L, left1.getLong(5));
    assertEquals(delta, left1.getDouble(6), 1e-6);
    assertEquals(z, left1.getDouble(7), 1e-6);
    // "police" is used by both (1 vs 2): Right uses it more, so its z is positive for Right only.
    double policeRight = rows.stream().filter(r -> r.getString(1).equals("Right") && r.getString(2).equals("police"))
        .findFirst().orElseThrow().getDouble(7);
    double policeLeft = rows.stream().filter(r -> r.getString(1).equals("Left") && r.getString(2).equals("police"))
        .findFirst().orElseThrow().getDouble(7);
    assertTrue(policeRight > 0 && policeLeft < 0, policeRight + " " + policeLeft);
  }

  @Test
  void fillerWordsOfTheFullStopListAreNeverFramingTermsAndTheDefaultPriorIsTheCorpus() {
    Dataset<Row> tokenized = spark.createDataFrame(List.of(
        a("c1", "Left", "mr also one made undocumented immigrants mr also one made"),
        a("c1", "Right", "illegal immigrants illegal aliens")), new StructType()
        .add("cluster_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
        .add("tokens", DataTypes.createArrayType(DataTypes.StringType)));
    List<Row> rows = FramingStage.terms(tokenized, new ParallaxConfig.Framing()).collectAsList();
    List<String> terms = rows.stream().map(r -> r.<String>getAs("term")).toList();
    assertTrue(terms.stream().noneMatch(List.of("mr", "also", "one", "made")::contains), terms.toString());
    Row left = rows.stream().filter(r -> r.getAs("outlet").equals("Left") && r.<Integer>getAs("rank") == 1)
        .findFirst().orElseThrow();
    assertEquals("undocumented", left.getAs("term"));
    // alpha_0 = the corpus's 6 tokens (after stop words): a_w = 1 for "undocumented" (1 of 6).
    double aw = 1.0;
    double delta = Math.log((1 + aw) / (2 + 6 - 1 - aw)) - Math.log((0 + aw) / (4 + 6 - 0 - aw));
    assertEquals(delta, left.<Double>getAs("log_odds"), 1e-6);
  }
}
