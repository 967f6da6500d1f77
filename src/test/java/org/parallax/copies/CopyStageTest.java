package org.parallax.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
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
import org.parallax.config.ParallaxConfig;
import org.parallax.pipeline.Pipeline;

/** A planted partial copy and a republished copy are found; an article on the same story is not a copy. */
class CopyStageTest extends SparkTest {
  private static final StructType ARTICLES = new StructType()
      .add("article_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
      .add("published_at", DataTypes.TimestampType).add("text", DataTypes.StringType)
      .add("url", DataTypes.StringType).add("title", DataTypes.StringType);

  private static final String[] AP = {
      "BEIJING (AP) — U.S. Secretary of State Antony Blinken met Friday with Chinese President Xi Jinping, warning of "
          + "the dangers of misunderstandings and miscalculations as the two countries butted heads over trade.",
      "Talks between the two sides have increased in recent months, even as differences have grown over Taiwan, "
          + "the South China Sea, human rights and fentanyl.",
      "\"We are committed to maintaining and strengthening lines of communication between us,\" Blinken said, so "
          + "that the two sides can prevent any miscommunications and any miscalculations.",
      "Earlier, Blinken and Foreign Minister Wang Yi underscored the importance of keeping lines of communication "
          + "open as they lamented persistent and deepening divisions that threaten global security.",
      "Those divisions were highlighted this week when President Biden signed a foreign aid bill that contains "
          + "several elements the Chinese see as problematic, including money for Taiwan.",
      "Wang told Blinken that the relationship was beginning to stabilize but that negative factors were still "
          + "increasing and building, and he urged Washington not to cross red lines."};

  private static Row a(String id, String outlet, String time, String text) {
    return RowFactory.create(id, outlet, time == null ? null : Timestamp.from(Instant.parse(time)), text, null, null);
  }

  @Test
  void findsPartialAndRepublishedCopiesButNotOtherCoverageOfTheStory() {
    String original = String.join("\n", AP);
    // An aggregator: its own intro, three of the six AP paragraphs, then its own closing line.
    String partial = String.join("\n", "Secretary Blinken's visit to Beijing drew wide attention on Friday.", AP[2],
        AP[3], AP[4], "Readers can follow our live coverage of the trip on this page.");
    String otherCoverage = "Chinese President Xi Jinping told Antony Blinken in Beijing that the two countries should "
        + "be partners, not rivals, and said China's development was no threat. Blinken raised Russia, Taiwan and "
        + "the South China Sea and spoke of five and a half hours of candid talks with Wang Yi, which he called "
        + "substantive and constructive. Communication lines stay open, both sides said.";
    Dataset<Row> articles = spark.createDataFrame(List.of(
        a("ap", "AP", "2024-04-26T10:00:00Z", original),
        a("aggregator", "News aggregator", "2024-04-26T18:00:00Z", partial),
        a("republished", "ProsperityStream Academy", "2025-04-12T03:02:51Z", original),
        a("blog", "Blog", "2024-04-27T09:00:00Z", otherCoverage)), ARTICLES);

    ParallaxConfig cfg = new ParallaxConfig();
    cfg.features.minDf = 1;
    // In four articles a term in three has far lower IDF than one in two, so the AP's heaviest terms are
    // all ones it shares with its full copy alone, and the partial copy's cosine is low (0.18): let every
    // term propose candidates and check every scored pair for copied text.
    cfg.similarity.candidateTerms = 1000;
    cfg.copies.minSimilarity = 0.1;
    Pipeline run = Pipeline.onArticles(spark, cfg, articles);
    CopyStage.Output copies = run.copies();
    String scores = run.similarity().pairs().collectAsList().toString();
    Map<String, Double> found = copies.pairs().collectAsList().stream().collect(Collectors.toMap(
        r -> r.getAs("article_a") + "~" + r.getAs("article_b"), r -> r.<Double>getAs("containment")));
    assertEquals(1.0, found.getOrDefault("ap~republished", 0.0), 1e-9, found + " of " + scores);
    assertTrue(found.getOrDefault("aggregator~ap", 0.0) >= 0.5, found + " of " + scores);
    assertTrue(found.keySet().stream().noneMatch(k -> k.contains("blog")), "other coverage is no copy: " + found);

    Map<String, Row> report = copies.copies().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
    assertEquals(2, report.size(), report.toString());
    Row agg = report.get("aggregator");
    assertEquals("ap", agg.getAs("copy_of"), "the earliest article of the group is the original");
    double containment = agg.<Double>getAs("containment");
    assertTrue(containment > 0.6 && containment < 0.9,
        "three of its five paragraphs, its longest, are the AP's; its own lines are not: " + containment);
    String passage = agg.getAs("shared_passage");
    assertNotNull(passage);
    assertTrue(passage.startsWith("We are committed to maintaining"), passage);
    Row rep = report.get("republished");
    assertEquals("ap", rep.getAs("copy_of"));
    assertEquals(350.7, rep.<Double>getAs("days_after_original"), 0.1);
    assertEquals(3L, rep.<Long>getAs("group_size"));
  }

  @Test
  void containmentOfShingles() {
    long[] a = Shingles.of("one two three four five six", 5).distinctSorted();
    long[] b = Shingles.of("zero one two three four five six seven", 5).distinctSorted();
    assertEquals(2, a.length);
    assertEquals(1.0, Shingles.containment(a, b), 1e-9);
    assertEquals(2.0 / 4, Shingles.containment(b, a), 1e-9);
    assertEquals(0.0, Shingles.containment(new long[0], b), 1e-9);
    assertEquals("One, two three. Four five",
        Shingles.longestSharedPassage("One, two three.  Four five", Shingles.of("One, two three.  Four five", 5), b, 300));
  }
}
