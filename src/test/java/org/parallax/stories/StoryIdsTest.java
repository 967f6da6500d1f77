package org.parallax.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.report.Reports;

/**
 * Story ids carried from one day to the next: a story that grows keeps its id, two that turn out to be one
 * merge (the older id survives, its members outside the window follow), a story that splits keeps its id
 * on the larger part, and a cluster of new articles is a new story.
 */
class StoryIdsTest extends SparkTest {
  private static final LocalDate DAY = LocalDate.parse("2024-04-26");
  private static final StructType NOW = new StructType().add("article_id", DataTypes.StringType)
      .add("_c", DataTypes.StringType).add("outlet", DataTypes.StringType)
      .add("article_day", DataTypes.DateType);

  private static Row member(String article, String story, String day) {
    return RowFactory.create(article, story, "AP", Date.valueOf(day), Date.valueOf(day));
  }

  private static Row now(String article, String cluster, String day) {
    return RowFactory.create(article, cluster, "AP", Date.valueOf(day));
  }

  @Test
  void idsSurviveGrowthMergesAndSplits() {
    Dataset<Row> members = spark.createDataFrame(List.of(
        member("a1", "sA", "2024-04-24"), member("a2", "sA", "2024-04-25"),
        // B is older than C; C has more articles in the window
        member("b0", "sB", "2024-04-10"), member("b1", "sB", "2024-04-24"),
        member("c1", "sC", "2024-04-25"), member("c2", "sC", "2024-04-25"),
        member("d1", "sD", "2024-04-24"), member("d2", "sD", "2024-04-24"), member("d3", "sD", "2024-04-25"),
        member("e1", "sE", "2024-04-01")), Reports.STORY_MEMBERS.sparkSchema());
    Dataset<Row> stories = spark.createDataFrame(List.of(
        RowFactory.create("sB", 2L, 1L, Date.valueOf("2024-04-10"), Date.valueOf("2024-04-24"),
            Date.valueOf("2024-04-10"), Date.valueOf("2024-04-24"), "sOld"),
        RowFactory.create("sE", 1L, 1L, Date.valueOf("2024-04-01"), Date.valueOf("2024-04-01"),
            Date.valueOf("2024-04-01"), Date.valueOf("2024-04-01"), null)), Reports.STORIES.sparkSchema());
    Dataset<Row> window = spark.createDataFrame(List.of(
        now("a1", "x", "2024-04-24"), now("a2", "x", "2024-04-25"), now("a3", "x", "2024-04-26"),
        now("b1", "y", "2024-04-24"), now("c1", "y", "2024-04-25"), now("c2", "y", "2024-04-25"),
        now("d1", "w", "2024-04-24"), now("d2", "w", "2024-04-24"),
        now("d3", "v", "2024-04-25"), now("v1", "v", "2024-04-26"),
        now("n1", "sA", "2024-04-26"), now("n2", "sA", "2024-04-26")), NOW);

    StoryIds.Carried c = StoryIds.carry(window, members, stories, DAY);

    Map<String, String> ids = new TreeMap<>();
    c.ids().collectAsList().forEach(r -> ids.put(r.getString(0), r.getString(1)));
    assertEquals("sA", ids.get("x"), "A grew by a3");
    assertEquals("sC", ids.get("y"), "C has most articles in y; B merged into it");
    assertEquals("sD", ids.get("w"), "the larger part of D keeps its id");
    assertEquals("v", ids.get("v"), "the part split off D is a new story, with its cluster id");
    // A new cluster whose cluster id happens to be an old story's id gets another one.
    assertNotEquals("sA", ids.get("sA"));
    assertEquals(13, ids.get("sA").length());

    List<String> events = c.history().orderBy("cluster_id", "event").collectAsList().stream()
        .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(2) + " " + r.getLong(3)).toList();
    // v is not new: its story is named by the split (it took d3 from D).
    assertEquals(List.of("sA grew null 1", "sC merged sB 1", "sD split v 1", ids.get("sA") + " new null 2").stream().sorted().toList(), events.stream().sorted().toList());

    Map<String, String> after = new TreeMap<>();
    c.members().collectAsList().forEach(r -> after.put(r.getString(0), r.getString(1)));
    assertEquals("sC", after.get("b0"), "B's member outside the window follows the merge");
    assertEquals("sE", after.get("e1"), "a story the window does not touch is kept");
    assertEquals(14, after.size());
    Row firstSeen = c.members().filter("article_id = 'a1'").first();
    assertEquals(Date.valueOf("2024-04-24"), firstSeen.getAs("first_seen"), "first_seen is kept");
    assertEquals(Date.valueOf("2024-04-26"), c.members().filter("article_id = 'a3'").first().getAs("first_seen"));

    Map<String, Row> s = new TreeMap<>();
    c.stories().collectAsList().forEach(r -> s.put(r.getString(0), r));
    assertEquals(java.util.Set.of("sA", "sC", "sD", "sE", "v", ids.get("sA")), s.keySet());
    assertEquals("sB,sOld", s.get("sC").getAs("merged_from"), "B's own aliases move with it");
    assertEquals(4L, s.get("sC").<Long>getAs("articles"));
    assertEquals(Date.valueOf("2024-04-10"), s.get("sC").getAs("first_day"));
    assertEquals(Date.valueOf("2024-04-26"), s.get("sC").getAs("updated_on"));
    assertEquals(Date.valueOf("2024-04-01"), s.get("sE").getAs("updated_on"), "untouched: not updated");
    assertTrue(s.get("sE").isNullAt(s.get("sE").fieldIndex("merged_from")));
  }
}
