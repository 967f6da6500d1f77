package org.parallax.report.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.SparkTest;
import org.parallax.config.ParallaxConfig;
import org.parallax.groups.GroupStage;
import org.parallax.pipeline.Pipeline;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;
import org.parallax.report.Reports;
import org.parallax.report.RunManifest;

/**
 * Each report's builder on the stage outputs of the real pipeline over the seeds (two stories), a
 * word-for-word republished copy of one seed and one malformed JSONL line: the rows each builder makes, conformed to its table
 * (documented columns and types, required columns non-null) and checked against what the report promises.
 */
@Tag("slow")
class ReportBuildersTest extends SparkTest {
  @TempDir
  static Path tmp;
  static Pipeline run;

  @BeforeAll
  static void runThroughFraming() throws IOException {
    // The AP report of the phone call, republished word for word a week later; then a malformed line.
    String ap = Files.readString(Path.of("sample/seeds/003_4a09b757ad9d92c4.txt"), StandardCharsets.UTF_8);
    Path bad = tmp.resolve("more.jsonl");
    // The republication words one sentence differently, adds a closing line and has its own headline.
    String mirror = ap.replace("shared concerns", "traded warnings")
        + "\nThe Mirror's correspondent in Taipei contributed to this report on the diplomatic call.";
    Files.writeString(bad, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of(
        "id", "republished-003", "outlet", "Mirror", "date", "2023-06-21", "title",
        "Blinken and Qin trade warnings by phone", "text", mirror))
        + "\n{\"id\": \"x1\", \"text\": \"Blinken arrived\n", StandardCharsets.UTF_8);
    run = Pipeline.of(spark, new ParallaxConfig(), RunManifest.detached(), List.of("sample/seeds", bad.toString()))
        .through(GroupStage.NAME);
  }

  /** The builder's rows for {@code table}, conformed as the writer conforms them. */
  private static List<Row> rows(ReportTable table) {
    ReportBuilder builder = Reports.BUILDERS.stream().filter(b -> b.table().equals(table)).findFirst().orElseThrow();
    return table.conform(builder.build().apply(run)).collectAsList();
  }

  private static Map<String, String> clusterOf() {
    Map<String, String> m = new HashMap<>();
    rows(ArticlesReport.TABLE).forEach(r -> m.put(r.getAs("article_id"), r.getAs("cluster_id")));
    return m;
  }

  @Test
  void everyRunReportHasOneBuilderInDocumentedOrder() {
    assertEquals(Reports.ALL.size(), Reports.BUILDERS.stream().map(ReportBuilder::table).distinct().count());
    assertEquals(List.of("story_outlets", "articles", "clusters", "coverage", "framing_terms", "framing_pairs",
        "headline_terms",
        "framing_statements", "quotes", "voices", "story_entities", "entity_mentions", "topics", "article_topics",
        "topic_shares", "story_outlet_topics", "outlet_style", "sentences", "similar_pairs", "copies", "copy_edits", "group_coverage", "framing_group_terms",
        "group_voices", "cleaning", "rejects"), Reports.ALL.stream().map(ReportTable::name).toList());
  }

  @Test
  void articlesCarryTheirClusterSizeTokensAndDominantTopic() {
    List<Row> articles = rows(ArticlesReport.TABLE);
    assertEquals(6, articles.size());
    Map<String, Long> sizes = new HashMap<>();
    articles.forEach(r -> sizes.merge(r.getAs("cluster_id"), 1L, Long::sum));
    for (Row r : articles) {
      assertEquals(sizes.get(r.<String>getAs("cluster_id")), r.<Long>getAs("cluster_size"));
      assertTrue(r.<Integer>getAs("n_tokens") > 50, r.toString());
    }
    Map<String, Double> heaviest = new HashMap<>();
    rows(ArticleTopicsReport.TABLE).forEach(r -> heaviest.merge(r.getAs("article_id"), r.getAs("weight"), Math::max));
    articles.stream().filter(r -> r.getAs("dominant_topic_weight") != null).forEach(r ->
        assertEquals(heaviest.get(r.<String>getAs("article_id")), r.<Double>getAs("dominant_topic_weight"), 1e-12));
  }

  @Test
  void clustersAreTheTwoStoriesWithTheirCopyAndARepresentativeOfTheirOwn() {
    List<Row> clusters = rows(ClustersReport.TABLE);
    assertEquals(List.of(3L, 3L), clusters.stream().map(r -> r.<Long>getAs("size")).sorted().toList());
    Map<String, String> clusterOf = clusterOf();
    for (Row c : clusters) {
      assertEquals(c.getAs("cluster_id"), clusterOf.get(c.<String>getAs("representative_article_id")));
      assertTrue(c.<String>getAs("label_terms").split(", ").length <= 5, c.toString());
      boolean call = c.getAs("cluster_id").equals(clusterOf.get("003_4a09b757ad9d92c4"));
      assertEquals(call ? 1L : 0L, c.<Long>getAs("copies"), "the republished copy: " + c);
    }
  }

  @Test
  void coverageSharesOfEachClusterAddUpToOne() {
    Map<String, Double> total = new HashMap<>();
    rows(CoverageReport.TABLE).forEach(r -> total.merge(r.getAs("cluster_id"), r.getAs("share"), Double::sum));
    assertEquals(2, total.size());
    total.values().forEach(t -> assertEquals(1.0, t, 1e-5)); // shares are rounded to 6 decimals
  }

  @Test
  void similarPairsNameTheirClusterOnlyWhenBothEndsShareIt() {
    Map<String, String> clusterOf = clusterOf();
    List<Row> pairs = rows(SimilarPairsReport.TABLE);
    assertTrue(pairs.size() >= 2, pairs.toString());
    for (Row p : pairs) {
      String a = clusterOf.get(p.<String>getAs("article_a"));
      String b = clusterOf.get(p.<String>getAs("article_b"));
      if (a.equals(b)) {
        assertEquals(a, p.getAs("cluster_id"));
      } else {
        assertNull(p.getAs("cluster_id"));
      }
    }
  }

  @Test
  void copiesNameTheRepublishedCopyAndItsOriginal() {
    List<Row> copies = rows(CopiesReport.TABLE);
    assertEquals(1, copies.size(), copies.toString());
    Row copy = copies.get(0);
    // The seed is undated and its republication dated: the dated one counts as the original (undated last).
    assertEquals("003_4a09b757ad9d92c4", copy.getAs("article_id"));
    assertEquals("republished-003", copy.getAs("copy_of"));
    assertNull(copy.getAs("days_after_original"), "one of the two is undated");
    assertEquals(2L, copy.<Long>getAs("group_size"));
    assertEquals(clusterOf().get(copy.<String>getAs("article_id")), clusterOf().get(copy.<String>getAs("copy_of")));
    assertTrue(copy.<Double>getAs("containment") >= 0.5, copy.toString());
  }

  @Test
  void copyEditsSayWhatTheCopyChanged() {
    // 003 copies the dated republication (see above), so its edits are read from 003's side.
    List<Row> edits = rows(CopyEditsReport.TABLE);
    assertTrue(edits.stream().allMatch(r -> r.getAs("article_id").equals("003_4a09b757ad9d92c4")
        && r.getAs("copy_of").equals("republished-003")), edits.toString());
    Row headline = edits.stream().filter(r -> r.getAs("edit").equals("headline")).findFirst().orElseThrow();
    assertEquals("Blinken and Qin trade warnings by phone", headline.getAs("original_text"));
    Row substituted = edits.stream().filter(r -> r.getAs("edit").equals("substituted")).findFirst().orElseThrow(
        () -> new AssertionError(edits.toString()));
    assertEquals("traded warnings", substituted.getAs("removed_words"));
    assertEquals("shared concerns", substituted.getAs("added_words"));
    assertEquals(substituted.<Integer>getAs("sentence_index"), substituted.getAs("original_sentence_index"));
    Row dropped = edits.stream().filter(r -> r.getAs("edit").equals("dropped")).findFirst().orElseThrow();
    assertTrue(dropped.<String>getAs("original_text").startsWith("The Mirror's correspondent"), dropped.toString());
    assertTrue(edits.stream().noneMatch(r -> r.getAs("edit").equals("added")), edits.toString());
  }

  @Test
  void framingTermsOnlyForClustersOfTwoOrMoreOutlets() {
    List<Row> terms = rows(FramingTermsReport.TABLE);
    assertTrue(!terms.isEmpty());
    Map<String, java.util.Set<String>> outlets = new HashMap<>();
    terms.forEach(r -> outlets.computeIfAbsent(r.getAs("cluster_id"), k -> new java.util.HashSet<>())
        .add(r.getAs("outlet")));
    outlets.values().forEach(o -> assertTrue(o.size() >= 2, o.toString()));
    assertTrue(terms.stream().allMatch(r -> r.<Integer>getAs("rank") <= 20));
    // Both directions, each row with its evidence sentence from the right outlet.
    assertTrue(terms.stream().anyMatch(r -> r.getAs("direction").equals("uses")));
    assertTrue(terms.stream().anyMatch(r -> r.getAs("direction").equals("avoids")));
    for (Row r : terms) {
      assertTrue(r.<String>getAs("evidence_text") != null, r.toString());
      boolean uses = r.getAs("direction").equals("uses");
      assertEquals(uses, r.getAs("evidence_outlet").equals(r.getAs("outlet")), r.toString());
      assertTrue(uses ? r.<Long>getAs("count") > 0 : r.<Long>getAs("count_rest") > 0, r.toString());
    }
    // Seeds: AP's "U.S." against Almasirah's "US" is a spelling, not a framing contrast.
    assertTrue(terms.stream().noneMatch(r -> List.of("u.s", "us").contains(r.<String>getAs("term"))));
  }

  @Test
  void framingStatementsCiteSentencesOfTheRightOutlet() {
    Map<String, Row> articles = new HashMap<>();
    rows(ArticlesReport.TABLE).forEach(r -> articles.put(r.getAs("article_id"), r));
    List<Row> statements = rows(FramingStatementsReport.TABLE);
    assertTrue(statements.stream().anyMatch(r -> r.getAs("kind").equals("unique")), statements.toString());
    assertTrue(statements.stream().anyMatch(r -> r.getAs("kind").equals("core")), statements.toString());
    for (Row r : statements) {
      String text = articles.get(r.<String>getAs("article_id")).getAs("text");
      assertEquals(r.<String>getAs("text"), text.substring(r.<Integer>getAs("char_start"), r.<Integer>getAs("char_end")));
      boolean own = r.getAs("outlet").equals(r.getAs("sentence_outlet"));
      assertEquals(!List.of("omitted", "verbatim").contains(r.<String>getAs("kind")), own, r.toString());
      assertTrue(r.<Integer>getAs("outlets_carrying") <= r.<Integer>getAs("outlets_in_story"), r.toString());
    }
    // Of the AP report and its word-for-word republication, the copy is left to the original: no row cites it.
    List<String> copies = rows(CopiesReport.TABLE).stream().map(r -> r.<String>getAs("article_id")).toList();
    assertEquals(1, copies.size());
    assertTrue(statements.stream().noneMatch(r -> copies.contains(r.<String>getAs("article_id"))));
    assertTrue(rows(FramingTermsReport.TABLE).stream().noneMatch(r -> copies.contains(r.<String>getAs(
        "evidence_article_id"))));
  }

  @Test
  void storyOutletsSummariseEachOutletOfEachMultiOutletStory() {
    List<Row> summary = rows(StoryOutletsReport.TABLE);
    List<Row> terms = rows(FramingTermsReport.TABLE);
    // The two seed stories: Almasirah, AP (and its republication) / the aggregator, ProsperityStream, the blog.
    assertEquals(6, summary.size(), summary.toString());
    for (Row r : summary) {
      String top = terms.stream().filter(t -> t.getAs("cluster_id").equals(r.getAs("cluster_id"))
          && t.getAs("outlet").equals(r.getAs("outlet")) && t.getAs("direction").equals("uses")
          && t.<Integer>getAs("rank") == 1).map(t -> t.<String>getAs("term")).findFirst().orElse(null);
      String uses = r.getAs("uses");
      assertEquals(top, uses == null ? null : uses.split(", ")[0], r.toString());
      assertTrue(r.<Long>getAs("articles") >= 1);
    }
    Row ap = summary.stream().filter(r -> r.getAs("outlet").equals("AP")).findFirst().orElseThrow();
    assertEquals(1L, ap.<Long>getAs("copies"), "003 copies the republication");
    assertEquals("Mirror", ap.getAs("copies_of"));
    assertTrue(summary.stream().allMatch(r -> r.getAs("groups") == null), "no outlet table in this run");
  }

  @Test
  void headlineTermsCiteTheHeadline() {
    Map<String, Row> articles = new HashMap<>();
    rows(ArticlesReport.TABLE).forEach(r -> articles.put(r.getAs("article_id"), r));
    List<Row> headlines = rows(HeadlineTermsReport.TABLE);
    assertTrue(!headlines.isEmpty());
    for (Row r : headlines) {
      String title = articles.get(r.<String>getAs("evidence_article_id")).getAs("title");
      assertEquals(r.<String>getAs("evidence_text"), title.substring(r.<Integer>getAs("evidence_start"),
          r.<Integer>getAs("evidence_end")), r.toString());
    }
  }

  @Test
  void sentencesCarryOffsetsIntoTheirArticlesText() {
    Map<String, Row> articles = new HashMap<>();
    rows(ArticlesReport.TABLE).forEach(r -> articles.put(r.getAs("article_id"), r));
    List<Row> sentences = rows(SentencesReport.TABLE);
    assertTrue(sentences.size() > 100, "sentences: " + sentences.size());
    for (Row s : sentences) {
      Row a = articles.get(s.<String>getAs("article_id"));
      String whole = a.getAs(s.getAs("part").equals("title") ? "title" : "text");
      assertEquals(s.<String>getAs("text"), whole.substring(s.<Integer>getAs("char_start"), s.<Integer>getAs("char_end")));
      assertEquals(a.<String>getAs("cluster_id"), s.getAs("cluster_id"));
    }
    assertTrue(sentences.stream().anyMatch(s -> s.getAs("part").equals("title")), "titles are sentences too");
  }

  @Test
  void quotesCoverEveryArticleAndVoicesCountACopysQuotationsUnderItsOriginalOnly() {
    // The undated AP seed is the copy here, of its dated republication (copiesNameTheRepublishedCopyAndItsOriginal).
    List<Row> quotes = rows(QuotesReport.TABLE);
    assertTrue(quotes.stream().anyMatch(q -> q.getAs("article_id").equals("003_4a09b757ad9d92c4")
        && "Qin Gang".equals(q.getAs("speaker"))), "a copy's own quotations are listed");
    List<Row> voices = rows(VoicesReport.TABLE);
    assertTrue(voices.stream().noneMatch(v -> v.getAs("outlet").equals("AP")), "the copy's voices are its original's");
    Row qin = voices.stream().filter(v -> v.getAs("outlet").equals("Mirror") && v.getAs("speaker_key").equals("gang"))
        .findFirst().orElseThrow();
    assertEquals("Qin Gang", qin.getAs("speaker"));
    assertEquals(2, qin.<Integer>getAs("outlets_quoting"), "Almasirah and the Mirror quote him; AP's copy is not counted");
  }

  @Test
  void entityMentionsCoverTheCopyAndStoryEntitiesCountItUnderItsOriginalOnly() {
    List<Row> mentions = rows(EntityMentionsReport.TABLE);
    assertTrue(mentions.stream().anyMatch(m -> m.getAs("article_id").equals("003_4a09b757ad9d92c4")
        && m.getAs("copy_of") != null && m.getAs("entity").equals("Qin Gang")), "a copy's mentions are listed");
    List<Row> entities = rows(StoryEntitiesReport.TABLE);
    assertTrue(entities.stream().noneMatch(e -> e.getAs("outlet").equals("AP")), "the copy counts under its original");
    Row qin = entities.stream().filter(e -> e.getAs("outlet").equals("Mirror") && e.getAs("entity").equals("Qin Gang"))
        .findFirst().orElseThrow();
    assertEquals("person", qin.getAs("kind"));
    assertEquals(2, qin.<Integer>getAs("outlets_naming"), "Almasirah and the Mirror name him; AP's copy is not counted");
    assertTrue(qin.<Boolean>getAs("in_headline"), "the Mirror's headline names Qin");
    // Shares of each outlet's mentions in a story add up to one.
    Map<String, Double> shares = new HashMap<>();
    entities.forEach(e -> shares.merge(e.getAs("cluster_id") + "/" + e.getAs("outlet"), e.<Double>getAs("share"),
        Double::sum));
    shares.values().forEach(v -> assertEquals(1.0, v, 0.01));
  }

  @Test
  void outletStyleRowsAreHouseStyleOrSpellingWithTheirCounts() {
    // The seeds have one story per outlet, too few for house style (framing.house_style_min_stories = 5).
    for (Row r : rows(OutletStyleReport.TABLE)) {
      assertTrue(List.of("house_style", "spelling").contains(r.<String>getAs("kind")), r.toString());
      assertEquals(r.getAs("kind").equals("spelling"), r.getAs("variant") != null, r.toString());
      assertTrue(r.<Long>getAs("count") >= 2, r.toString());
    }
    assertTrue(rows(OutletStyleReport.TABLE).stream().noneMatch(r -> r.getAs("kind").equals("house_style")));
  }

  @Test
  void topicsRankTheirTermsFromOne() {
    List<Row> topics = rows(TopicsReport.TABLE);
    Map<Integer, Integer> best = new HashMap<>();
    topics.forEach(r -> best.merge(r.getAs("topic_id"), r.getAs("rank"), Math::min));
    best.values().forEach(rank -> assertEquals(1, rank));
    rows(ArticleTopicsReport.TABLE).forEach(r -> assertTrue(r.<Double>getAs("weight") >= 0.01
        && r.<Double>getAs("weight") <= 1.0, r.toString()));
  }

  @Test
  void topicSharesAddUpPerGroupAndEveryMultiOutletStoryComparesItsOutlets() {
    Map<String, Double> total = new HashMap<>();
    for (Row r : rows(TopicSharesReport.TABLE)) {
      total.merge(r.getAs("level") + "/" + r.getAs("group_key"), r.<Double>getAs("share"), Double::sum);
    }
    assertTrue(total.keySet().stream().anyMatch(k -> k.startsWith("story/")), total.toString());
    assertTrue(total.keySet().stream().anyMatch(k -> k.startsWith("outlet/")), total.toString());
    assertTrue(total.keySet().stream().anyMatch(k -> k.startsWith("week/")), total.toString());
    // weights under topics.min_article_weight are left out, so a group's shares add up to a little under 1
    total.forEach((k, v) -> assertEquals(1.0, v, 0.06, k));
    List<Row> stressed = rows(StoryOutletTopicsReport.TABLE);
    assertTrue(!stressed.isEmpty(), "the seeds' stories have two or more outlets");
    for (Row r : stressed) {
      assertEquals(r.<Double>getAs("share") - r.<Double>getAs("others_share"), r.<Double>getAs("difference"), 1e-3);
      assertEquals(r.<Double>getAs("difference") >= 0.1, r.<Boolean>getAs("stressed"), r.toString());
    }
  }

  @Test
  void cleaningHasOneRowPerArticleWithTheMojibakeRepairCounted() {
    List<Row> cleaning = rows(CleaningReport.TABLE);
    assertEquals(6, cleaning.size());
    Row seed003 = cleaning.stream().filter(r -> r.getAs("article_id").equals("003_4a09b757ad9d92c4")).findFirst()
        .orElseThrow();
    assertTrue(seed003.<Integer>getAs("encoding_repairs") > 0, seed003.toString());
  }

  @Test
  void rejectsHoldTheMalformedLineWithItsPlace() {
    List<Row> rejects = rows(RejectsReport.TABLE);
    assertEquals(1, rejects.size(), rejects.toString());
    assertEquals("malformed_json", rejects.get(0).getAs("reason"));
    assertEquals(2L, rejects.get(0).<Long>getAs("position"));
    assertEquals("ingest", rejects.get(0).getAs("stage"));
  }
}
