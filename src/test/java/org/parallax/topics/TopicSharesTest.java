package org.parallax.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.groups.OutletTable;

/** Topic shares by story, outlet, outlet group and week, and what each outlet stresses in a story. */
class TopicSharesTest extends SparkTest {
  private Dataset<Row> articles() {
    StructType schema = new StructType().add("article_id", DataTypes.StringType)
        .add("cluster_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
        .add("published_at", DataTypes.TimestampType);
    return spark.createDataFrame(List.of(
        // one story, Monday and Tuesday of one week: Fox twice, CNN once
        RowFactory.create("a1", "s1", "Fox", ts("2021-10-18")),
        RowFactory.create("a2", "s1", "Fox", ts("2021-10-19")),
        RowFactory.create("a3", "s1", "CNN", ts("2021-10-19")),
        // a story of one, the week after; and an undated article
        RowFactory.create("a4", "s2", "CNN", ts("2021-10-25")),
        RowFactory.create("a5", "s3", "CNN", null)), schema);
  }

  private Dataset<Row> weights() {
    StructType schema = new StructType().add("article_id", DataTypes.StringType)
        .add("topic_id", DataTypes.IntegerType).add("weight", DataTypes.DoubleType);
    return spark.createDataFrame(List.of(
        RowFactory.create("a1", 0, 0.8), RowFactory.create("a1", 1, 0.2),
        RowFactory.create("a2", 0, 0.6), RowFactory.create("a2", 1, 0.4),
        RowFactory.create("a3", 1, 1.0),
        RowFactory.create("a4", 1, 0.5), RowFactory.create("a4", 2, 0.5),
        RowFactory.create("a5", 2, 1.0)), schema);
  }

  private static Timestamp ts(String day) {
    return Timestamp.from(Instant.parse(day + "T12:00:00Z"));
  }

  @Test
  void sharesAreMeanWeightsPerStoryOutletGroupAndWeek() {
    Dataset<Row> groups = spark.createDataFrame(List.of(RowFactory.create("fox", "lean", "right"),
        RowFactory.create("CNN", "lean", "left")), OutletTable.LONG);
    Map<String, Double> share = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    for (Row r : TopicShares.byGroup(articles(), weights(), groups).collectAsList()) {
      String key = r.getAs("level") + "/" + r.getAs("group_column") + "/" + r.getAs("group_key") + "/" + r.getAs("topic_id");
      share.put(key, r.getAs("share"));
      rank.put(key, r.getAs("rank"));
    }
    assertEquals(0.4667, share.get("story/null/s1/0"), 1e-4, "(0.8 + 0.6 + 0) / 3");
    assertEquals(0.5333, share.get("story/null/s1/1"), 1e-4);
    assertEquals(1, rank.get("story/null/s1/1"));
    assertEquals(null, share.get("story/null/s2/1"), "a story of one article is article_topics' business");
    assertEquals(0.7, share.get("outlet/null/Fox/0"), 1e-9);
    assertEquals(0.5, share.get("outlet/null/CNN/1"), 1e-9, "(1.0 + 0.5 + 0) / 3");
    assertEquals(0.7, share.get("outlet_group/lean/right/0"), 1e-9, "outlets matched whatever their case");
    assertEquals(0.4667, share.get("week/null/2021-10-18/0"), 1e-4, "Monday and Tuesday are one week");
    assertEquals(0.5, share.get("week/null/2021-10-25/2"), 1e-9);
    assertEquals(14, share.size(), "2 story, 4 outlet, 4 group and 4 week rows; the undated article is in no "
        + "week: " + share.keySet());
  }

  @Test
  void anOutletStressesATopicItGivesMoreRoomThanTheStorysOtherOutlets() {
    Map<String, Row> rows = new HashMap<>();
    for (Row r : TopicShares.byStoryOutlet(articles(), weights(), 0.1).collectAsList()) {
      rows.put(r.getAs("outlet") + "/" + r.getAs("topic_id"), r);
    }
    assertEquals(4, rows.size(), "story s1 only (two outlets), two outlets x two topics: " + rows.keySet());
    Row foxOnZero = rows.get("Fox/0");
    assertEquals(0.7, foxOnZero.<Double>getAs("share"), 1e-9);
    assertEquals(0.0, foxOnZero.<Double>getAs("others_share"), 1e-9);
    assertEquals(true, foxOnZero.<Boolean>getAs("stressed"));
    Row cnnOnZero = rows.get("CNN/0");
    assertEquals(0.0, cnnOnZero.<Double>getAs("share"), 1e-9, "a topic of the story the outlet leaves out");
    assertEquals(-0.7, cnnOnZero.<Double>getAs("difference"), 1e-9);
    assertEquals(false, cnnOnZero.<Boolean>getAs("stressed"));
    assertEquals(true, rows.get("CNN/1").<Boolean>getAs("stressed"), "1.0 against 0.3");
    assertEquals(2L, rows.get("Fox/1").<Long>getAs("outlet_articles"));
  }
}
