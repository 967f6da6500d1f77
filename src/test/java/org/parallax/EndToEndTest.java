package org.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ExitCode;
import org.parallax.report.DuckDb;
import org.parallax.report.ReportTable;
import org.parallax.report.Reports;

/**
 * Runs the real CLI (Main.run, the same code path as jobs/parallax and spark-submit) on the bundled seed
 * sample and checks the reports as an analyst would read them, with DuckDB.
 */
@Tag("slow")
public class EndToEndTest {
  private static final String SEEDS = "sample/seeds";

  @TempDir
  static Path tmp;

  static Path out;
  static Path outlets;
  static ExitCode firstRun;
  static String firstRunStdout;

  @BeforeAll
  static void runTheSample() {
    System.setProperty("spark.master", "local[2]");
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.sql.shuffle.partitions", "4");
    System.setProperty("spark.driver.host", "127.0.0.1");
    out = tmp.resolve("out");
    outlets = Path.of("sample/outlets.csv");
    Result first = cli("run", "--input", SEEDS, "--output", out.toString(), "--outlets", outlets.toString());
    firstRun = first.code;
    firstRunStdout = first.stdout;
  }

  /** How a CLI run ended, with what it printed. */
  public record Result(ExitCode code, String stdout, String stderr) {}

  /** Runs the real CLI in this JVM, capturing its output. */
  public static Result cli(String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code = Main.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, stdout.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void stdoutShowsALinePerStageWithItsCountsThenTheSummary() {
    assertEquals(ExitCode.OK, firstRun);
    List<String> lines = firstRunStdout.lines().toList();
    int stages = org.parallax.pipeline.Pipeline.STAGES.size();
    assertEquals(stages + 3, lines.size(), firstRunStdout);
    assertTrue(lines.get(0).matches("run \\S+: 1 input\\(s\\) -> file:.*"), lines.get(0));
    assertTrue(lines.get(1).matches("stage 1/" + stages + " ingest: .*records read 5, \\d+\\.\\d s"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.matches("stage 7/" + stages + " cluster: .*clusters 2, .*")),
        firstRunStdout);
    assertTrue(lines.get(stages).matches("stage " + stages + "/" + stages + " reports: \\d+ reports, [0-9,]+ rows, .*"),
        lines.get(stages));
    assertTrue(lines.get(stages + 1).matches("html: 3 pages, [0-9.]+ MB, [0-9.]+ s: file:.*/html/index.html"),
        lines.get(stages + 1));
    assertTrue(lines.get(stages + 2).matches("run \\S+ done in .* s: 5 articles read, 5 accepted, 0 rejected, "
        + "2 clusters \\(2 covered by 2\\+ articles\\); reports in file:.*"), lines.get(stages + 2));
    assertFalse(Files.exists(out.resolveSibling("." + out.getFileName() + "-lock")), "the run released its lock");
  }

  static JsonNode manifest(Path output) throws IOException {
    return new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
  }

  @Test
  void theSeedsFormExactlyTheTwoTrueStories() {
    assertEquals(ExitCode.OK, firstRun);
    List<List<String>> clusters = DuckDb.query("SELECT string_agg(substr(article_id, 1, 3), ',' ORDER BY article_id) "
        + "FROM " + DuckDb.table(out, "articles") + " GROUP BY cluster_id ORDER BY 1");
    assertEquals(List.of(List.of("000,003"), List.of("001,002,004")), clusters,
        "June 2023 Blinken-Qin call {000,003}; April 2024 Beijing visit {001,002,004}");
    assertEquals("2", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "clusters")));
    assertEquals("5", DuckDb.scalar("SELECT sum(size) FROM " + DuckDb.table(out, "clusters")));
    List<List<String>> labels = DuckDb.query("SELECT size, label_terms FROM " + DuckDb.table(out, "clusters")
        + " ORDER BY size");
    assertTrue(List.of(labels.get(0).get(1).split(", ")).contains("qin"), "the call with Qin Gang: " + labels);
    assertTrue(labels.get(0).get(1).contains("phone"), "the call with Qin Gang: " + labels);
    assertTrue(!labels.get(1).get(1).contains("qin") && labels.get(1).get(1).split(", ").length == 5,
        "five labels of the Beijing visit, not the call: " + labels);
  }

  @Test
  void everyReportMatchesItsDocumentedSchema() {
    assertEquals(ExitCode.OK, firstRun);
    for (ReportTable t : Reports.ALL) {
      List<List<String>> described = DuckDb.query("DESCRIBE SELECT * FROM " + DuckDb.table(out, t.name()));
      List<String> actual = described.stream().map(r -> r.get(0) + " " + r.get(1)).toList();
      List<String> documented = t.columns().stream().map(c -> c.name() + " " + c.duckdbType()).toList();
      assertEquals(documented, actual, "report " + t.name());
      String files = out.resolve(t.name()) + "/*.parquet";
      List<List<String>> repetition = DuckDb.query("SELECT DISTINCT name, repetition_type FROM parquet_schema('" + files
          + "') WHERE name <> 'spark_schema' ORDER BY name");
      assertEquals(t.columns().stream().map(c -> List.of(c.name(), c.nullable() ? "OPTIONAL" : "REQUIRED"))
          .sorted(java.util.Comparator.comparing(l -> l.get(0))).toList(), repetition, "report " + t.name());
      String sparkSchema = DuckDb.scalar("SELECT decode(value) FROM parquet_kv_metadata('" + files
          + "') WHERE decode(key) = 'org.apache.spark.sql.parquet.row.metadata' LIMIT 1");
      for (var c : t.columns()) {
        assertTrue(sparkSchema.contains("{\"name\":\"" + c.name() + "\",") && sparkSchema.contains(
            "\"description\":" + new ObjectMapper().valueToTree(c.description())), t.name() + "." + c.name());
      }
    }
    String tsType = DuckDb.scalar("SELECT logical_type FROM parquet_schema('" + out.resolve("articles")
        + "/*.parquet') WHERE name = 'published_at' LIMIT 1");
    assertTrue(tsType.contains("TimestampType") && tsType.contains("MICROS") && tsType.contains("isAdjustedToUTC=1"),
        tsType);
  }

  @Test
  void outletGroupsGiveCoverageSharesBlindspotsAndFramingBySide() {
    assertEquals(ExitCode.OK, firstRun);
    String cov = DuckDb.table(out, "group_coverage");
    // sample/outlets.csv: the Beijing visit is covered by an aggregator, a republisher and a blog.
    assertEquals(List.of(List.of("aggregator", "1", "0.3333"), List.of("blog", "1", "0.3333"),
        List.of("republisher", "1", "0.3333")), DuckDb.query("SELECT group_value, outlets, outlet_share FROM " + cov
            + " WHERE group_column = 'kind' AND cluster_id = (SELECT cluster_id FROM " + DuckDb.table(out, "articles")
            + " WHERE article_id LIKE '004%') ORDER BY 1"));
    // No side has groups.blindspot_share (0.8) of a story; none of the Beijing story's outlets has a country.
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + cov + " WHERE blindspot"));
    assertEquals(List.of(List.of("3", "1.0")), DuckDb.query("SELECT outlets, outlet_share FROM " + cov
        + " WHERE group_column = 'country' AND group_value IS NULL"));
    String terms = DuckDb.table(out, "framing_group_terms");
    assertEquals(List.of(List.of("aggregator"), List.of("blog"), List.of("broadcaster"), List.of("republisher"),
        List.of("wire")), DuckDb.query("SELECT DISTINCT group_value FROM " + terms + " WHERE group_column = 'kind' "
            + "ORDER BY 1"));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + terms + " t JOIN " + DuckDb.table(out, "articles")
        + " a ON a.article_id = t.evidence_article_id WHERE a.outlet <> t.evidence_outlet"));
    assertEquals("country=Yemen; kind=broadcaster", DuckDb.scalar("SELECT groups FROM "
        + DuckDb.table(out, "story_outlets") + " WHERE outlet = 'Almasirah'"));
  }

  @Test
  void aRepublicationWhoseOriginalIsAbsentIsMarkedRepublished() {
    assertEquals(ExitCode.OK, firstRun);
    // Seed 002 republishes CBS's rewrite of the AP report; the aggregator (001) carries AP's own text. Neither
    // copies the other whole, but they repeat each other's sentences: both are marked; the blog is not.
    assertEquals(List.of(List.of("Blog", "false", "NULL"), List.of("News aggregator", "true", "ProsperityStream Academy"),
        List.of("ProsperityStream Academy", "true", "News aggregator")), DuckDb.query("SELECT outlet, republished, "
            + "shares_text_with FROM " + DuckDb.table(out, "story_outlets") + " WHERE cluster_id = (SELECT cluster_id "
            + "FROM " + DuckDb.table(out, "articles") + " WHERE article_id LIKE '004%') ORDER BY outlet"));
  }

  @Test
  void qinsAndBlinkensWordsAreQuotesAttributedToThemWithOffsetsIntoTheText() {
    assertEquals(ExitCode.OK, firstRun);
    String quotes = DuckDb.table(out, "quotes");
    // Seed 000 (Almasirah): Qin's hope for "practical actions", in marks and attributed with "said".
    assertEquals(List.of(List.of("direct", "said", "Qin")), DuckDb.query("SELECT kind, cue, speaker FROM " + quotes
        + " WHERE article_id LIKE '000%' AND quote_text LIKE 'I hope that the US side will take practical actions%'"));
    // Seed 003 (AP): what Qin noted, reported indirectly around his quoted words.
    assertEquals(List.of(List.of("indirect", "noted", "Qin Gang"), List.of("partial", "noted", "Qin Gang")), DuckDb.query(
        "SELECT kind, cue, speaker FROM " + quotes + " WHERE article_id LIKE '003%' AND quote_text LIKE "
            + "'%have encountered new difficulties%' ORDER BY kind"));
    // Seed 002 (the republished CBS/AP report): Blinken's own words, resolved to his full name.
    assertEquals("2", DuckDb.scalar("SELECT count(*) FROM " + quotes + " WHERE article_id LIKE '002%' AND kind = "
        + "'direct' AND speaker = 'Antony Blinken' AND speaker_as_written = 'Blinken'"));
    // Offsets point into articles.text: the span is the quotation in its marks, the speaker where it is written.
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + quotes + " q JOIN " + DuckDb.table(out, "articles")
        + " a USING (article_id) WHERE (q.kind <> 'indirect' AND strpos(substr(a.text, q.char_start + 1, "
        + "q.char_end - q.char_start), q.quote_text) = 0 AND q.paragraphs = 1) OR (q.speaker_as_written IS NOT NULL "
        + "AND substr(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start) <> q.speaker_as_written)"));
    // Voices: in the Beijing-visit story Wang Yi speaks only in the republished report; in the call story both
    // outlets quote Qin, whom Almasirah names "Qin" and AP "Qin Gang".
    String voices = DuckDb.table(out, "voices");
    assertEquals(List.of(List.of("ProsperityStream Academy", "Wang Yi", "6", "true")), DuckDb.query(
        "SELECT outlet, speaker, quotes, only_outlet FROM " + voices + " WHERE speaker_key = 'yi'"));
    assertEquals(List.of(List.of("AP", "Qin Gang", "2", "false"), List.of("Almasirah", "Qin Gang", "2", "false")),
        DuckDb.query("SELECT outlet, speaker, outlets_quoting, only_outlet FROM " + voices + " WHERE speaker_key = "
            + "'gang' ORDER BY outlet"));
    // By outlet group (sample/outlets.csv, column kind): the republisher is the one side that quotes Wang Yi; both
    // sides of the call story (wire, broadcaster) quote Qin.
    String groupVoices = DuckDb.table(out, "group_voices");
    assertEquals(List.of(List.of("republisher", "6", "true")), DuckDb.query("SELECT group_value, quotes, only_side FROM "
        + groupVoices + " WHERE group_column = 'kind' AND speaker_key = 'yi'"));
    assertEquals(List.of(List.of("broadcaster", "2", "false"), List.of("wire", "2", "false")), DuckDb.query(
        "SELECT group_value, sides_quoting, only_side FROM " + groupVoices + " WHERE group_column = 'kind' AND "
            + "speaker_key = 'gang' ORDER BY group_value"));
  }

  @Test
  void entitiesAreNamedOncePerStoryWithEachOutletsToneAndTheSentencesCarryingIt() {
    assertEquals(ExitCode.OK, firstRun);
    String entities = DuckDb.table(out, "story_entities");
    String story = "(SELECT cluster_id FROM " + DuckDb.table(out, "articles") + " WHERE article_id LIKE '%s%%')";
    // The call story: AP names Qin Gang, Almasirah "Qin"; both are Qin Gang. Both name Washington and Beijing, each
    // with a tone in its own words and the sentence that carries it.
    assertEquals(List.of(List.of("AP", "3"), List.of("Almasirah", "2")), DuckDb.query("SELECT outlet, mentions FROM "
        + entities + " WHERE entity = 'Qin Gang' AND cluster_id = " + String.format(story, "000") + " ORDER BY outlet"));
    assertEquals(List.of(List.of("AP", "Beijing"), List.of("AP", "Washington"), List.of("Almasirah", "Beijing"),
        List.of("Almasirah", "Washington")), DuckDb.query("SELECT outlet, entity FROM " + entities + " WHERE entity IN "
            + "('Washington', 'Beijing') AND tone BETWEEN -1 AND 1 AND evidence_sentence LIKE '%' || entity || '%' "
            + "AND cluster_id = " + String.format(story, "000") + " ORDER BY outlet, entity"));
    // The Beijing-visit story: the blog spells him "Anthony Blinken", still Antony Blinken; Xi Jinping is in the
    // blog's headline.
    assertEquals(List.of(List.of("Blog", "true"), List.of("News aggregator", "false"),
        List.of("ProsperityStream Academy", "true")), DuckDb.query("SELECT outlet, in_headline FROM " + entities
            + " WHERE entity = 'Xi Jinping' AND cluster_id = " + String.format(story, "004") + " ORDER BY outlet"));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + entities + " WHERE entity = 'Antony Blinken' AND "
        + "left_out"));
    // Mentions point into articles.title or articles.text; every sentence has a tone.
    String mentions = DuckDb.table(out, "entity_mentions");
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + mentions + " m JOIN " + DuckDb.table(out, "articles")
        + " a USING (article_id) WHERE substr(CASE m.part WHEN 'title' THEN a.title ELSE a.text END, "
        + "m.char_start + 1, m.char_end - m.char_start) <> m.name_as_written"));
    assertEquals(DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "sentences")), DuckDb.scalar(
        "SELECT count(*) FROM " + DuckDb.table(out, "sentences") + " WHERE tone BETWEEN -1 AND 1"));
  }

  /**
   * Every SQL query the docs show, as written there (README.md's, docs/reports.md's and notebooks/README.md's
   * sql blocks, and every statement of docs/queries.sql), runs on this run's reports and shows rows.
   */
  @Test
  void theDocumentedQueriesRunAsWritten() throws IOException {
    assertEquals(ExitCode.OK, firstRun);
    java.util.Map<String, Integer> found = new java.util.LinkedHashMap<>();
    for (String doc : List.of("README.md", "docs/reports.md", "notebooks/README.md", "docs/queries.sql")) {
      String text = java.nio.file.Files.readString(Path.of(doc), StandardCharsets.UTF_8);
      List<String> blocks = new ArrayList<>();
      if (doc.endsWith(".sql")) {
        blocks.add(text);
      } else {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```sql\n(.*?)```", java.util.regex.Pattern.DOTALL)
            .matcher(text);
        while (m.find()) {
          blocks.add(m.group(1));
        }
      }
      int queries = 0;
      for (String block : blocks) {
        for (String sql : block.split(";")) {
          if (sql.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("--"))) {
            continue;
          }
          assertFalse(sql.contains("OUT/") || sql.contains("XXXX"), doc + " has a placeholder:\n" + sql);
          if (sql.contains("target/sample-daily")) {
            continue; // a daily output's: DailyRunTest runs it
          }
          List<List<String>> rows = DuckDb.query(sql.replace("target/sample-reports", out.toString()));
          // The sample has no copy, as the README says; every other query shows rows.
          assertTrue(sql.contains("copy_edits") || !rows.isEmpty(), doc + " query returned no rows:\n" + sql);
          queries++;
        }
      }
      found.put(doc, queries);
    }
    assertTrue(found.get("README.md") >= 6 && found.get("docs/queries.sql") >= 10 && found.get("docs/reports.md") >= 1
        && found.get("notebooks/README.md") >= 2, "queries found: " + found);
  }

  @Test
  void theStoryReportOpensInABrowserWithEachStoryOutletByOutlet() throws Exception {
    assertEquals(ExitCode.OK, firstRun);
    Path html = out.resolve("html");
    assertTrue(Files.exists(html.resolve("index.html")), "html/index.html is written with the reports");
    assertTrue(firstRunStdout.contains("html: 3 pages"), firstRunStdout);
    String chromium = org.parallax.report.html.Chromium.binary();
    org.junit.jupiter.api.Assumptions.assumeTrue(chromium != null,
        "SKIPPED: no headless Chromium (Debian package chromium); the story report was not opened in a browser");
    String index = org.parallax.report.html.Chromium.dom(html.resolve("index.html").toUri().toString());
    // The rows are drawn by the page's script from its data: two stories, both listed.
    List<String> stories = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr data-story=\"(s[0-9a-f]{12})\"").matcher(index);
    while (m.find()) {
      stories.add(m.group(1));
    }
    assertEquals(2, stories.size(), index);
    assertTrue(index.contains("page 1 of 1 (2 stories)"), index);
    String filtered = org.parallax.report.html.Chromium.dom(html.resolve("index.html").toUri() + "#q=almasirah");
    assertEquals(1, java.util.regex.Pattern.compile("<tr data-story=\"s[0-9a-f]{12}\"").matcher(filtered).results()
        .count(), "the filter keeps the Qin call only");
    assertTrue(filtered.contains("page 1 of 1 (1 stories)"), filtered);
    for (String id : stories) {
      String page = org.parallax.report.html.Chromium.dom(html.resolve("story-" + id + ".html").toUri().toString());
      assertTrue(page.contains("data-story=\"" + id + "\""), page);
      assertTrue(page.split("<section class=\"outlet\"").length - 1 >= 2, "outlets side by side: " + id);
      assertTrue(page.contains("Words it uses more") && page.contains("<mark>"), "terms with highlighted evidence");
      assertTrue(page.contains("Whom it quotes") && page.contains("Tone toward the main names"), id);
      org.parallax.report.html.Chromium.screenshot(html.resolve("story-" + id + ".html").toUri().toString(),
          Path.of("target/screenshots/sample-story-" + id + ".png"), 1400, 2400);
    }
    assertTrue(index.contains("In Beijing, Blinken and Xi stress need"), "the Beijing story's headline labels it");
    org.parallax.report.html.Chromium.screenshot(html.resolve("index.html").toUri().toString(),
        Path.of("target/screenshots/sample-index.png"), 1400, 1000);
    assertTrue(Files.size(Path.of("target/screenshots/sample-index.png")) > 10_000, "a real screenshot");
  }

  @Test
  void reportsHoldTheSampleWithItsMetadata() {
    assertEquals(ExitCode.OK, firstRun);
    assertEquals("ProsperityStream Academy|2025-04-12 03:02:51+00", String.join("|", DuckDb.query(
        "SELECT outlet, strftime(published_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S+00') FROM "
            + DuckDb.table(out, "articles") + " WHERE article_id LIKE '002%'").get(0)));
    // Framing: every multi-outlet cluster has terms for each of its outlets.
    assertEquals("5", DuckDb.scalar("SELECT count(DISTINCT outlet) FROM " + DuckDb.table(out, "framing_terms")));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "framing_terms")
        + " WHERE rank > 20 OR (direction = 'uses' AND count < 1) OR (direction = 'avoids' AND count_rest < 1)"
        + " OR evidence_text IS NULL"));
    // Each evidence sentence is where its offsets say, in the article the row cites.
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "framing_terms") + " f JOIN "
        + DuckDb.table(out, "articles") + " a ON a.article_id = f.evidence_article_id WHERE substring(a.text, "
        + "f.evidence_start + 1, f.evidence_end - f.evidence_start) <> f.evidence_text"));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "sentences") + " s JOIN "
        + DuckDb.table(out, "articles") + " a USING (article_id) WHERE s.part = 'body' AND substring(a.text, "
        + "s.char_start + 1, s.char_end - s.char_start) <> s.text"));
    // Almasirah's most distinctive words against AP are not AP's.
    assertFalse(DuckDb.query("SELECT term FROM " + DuckDb.table(out, "framing_terms")
        + " WHERE outlet = 'Almasirah' AND rank <= 5").isEmpty());
    assertEquals("10", DuckDb.scalar("SELECT count(DISTINCT topic_id) FROM " + DuckDb.table(out, "topics")));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "topics")
        + " WHERE topic_npmi IS NULL OR topic_npmi < -1 OR topic_npmi > 1 OR topic_strength <= 0"));
    assertEquals("5", DuckDb.scalar("SELECT count(DISTINCT group_key) FROM " + DuckDb.table(out, "topic_shares")
        + " WHERE level = 'outlet'"));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM (SELECT level, group_key, sum(share) AS s FROM "
        + DuckDb.table(out, "topic_shares") + " GROUP BY ALL) WHERE s < 0.9 OR s > 1.01"));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "story_outlet_topics")
        + " t LEFT JOIN " + DuckDb.table(out, "coverage") + " c USING (cluster_id, outlet) WHERE c.outlet IS NULL"));
    assertEquals("2", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "coverage")
        + " WHERE cluster_id = (SELECT cluster_id FROM " + DuckDb.table(out, "articles")
        + " WHERE article_id LIKE '000%')"));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "rejects")));
  }

  @Test
  void seed003MojibakeIsRepairedInTheAnalysedText() {
    assertEquals(ExitCode.OK, firstRun);
    String text = DuckDb.scalar("SELECT text FROM " + DuckDb.table(out, "articles") + " WHERE article_id LIKE '003%'");
    assertTrue(text.contains("The diplomats “discussed the importance"), text);
    assertFalse(text.contains("鈥"), text);
    assertEquals(List.of(List.of("003_4a09b757ad9d92c4", "UTF-8", "23")), DuckDb.query("SELECT article_id, source_charset, "
        + "encoding_repairs FROM " + DuckDb.table(out, "cleaning") + " WHERE encoding_repairs > 0"));
  }

  @Test
  void siteChromeIsRemovedBeforeAnalysisAndCounted() {
    assertEquals(ExitCode.OK, firstRun);
    assertEquals(List.of(List.of("000", "2", "0", "0"), List.of("001", "0", "12", "0"), List.of("002", "0", "29", "1"),
            List.of("003", "0", "0", "0"), List.of("004", "0", "0", "0")),
        DuckDb.query("SELECT substr(article_id, 1, 3), blocks_repeated, blocks_link_list, blocks_breadcrumb FROM "
            + DuckDb.table(out, "cleaning") + " ORDER BY 1"));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "articles")
        + " WHERE text LIKE '%Read more%' OR text LIKE '%Almasirah Media Network%' OR text LIKE '%Recommendation%'"));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(out, "framing_terms")
        + " WHERE term IN ('read', 'almasirah', 'concorde')"));
  }

  @Test
  void manifestCountsReconcile() throws IOException {
    assertEquals(ExitCode.OK, firstRun);
    JsonNode m = manifest(out);
    JsonNode c = m.get("counts");
    assertEquals(5, c.get("records_read").asLong());
    // sample/outlets.csv: five outlets, each once.
    assertEquals(5, c.get("outlet_table_rows").asLong());
    assertEquals(5, c.get("outlet_table_accepted").asLong());
    assertEquals(0, c.get("outlet_table_rejected").asLong());
    assertEquals(c.get("records_read").asLong(), c.get("articles_accepted").asLong() + c.get("records_rejected").asLong());
    assertEquals(5, m.get("report_rows").get("articles").asLong());
    assertEquals(org.parallax.pipeline.Pipeline.STAGES, iterableToList(m.get("stage_seconds").fieldNames()),
        "every stage timed, in pipeline order");
    assertEquals("local", m.get("execution").get("checkpoints").asText());
    assertEquals(0, c.get("components_split").asLong());
    assertEquals("4.0.1", m.get("versions").get("spark").asText());
    assertEquals(0.15, m.get("config").get("cluster").get("threshold").asDouble());
  }

  @Test
  void theManifestHoldsExactlyTheDocumentedKeys() throws IOException {
    assertEquals(ExitCode.OK, firstRun);
    JsonNode m = manifest(out);
    assertEquals(org.parallax.report.ManifestFields.TOP_LEVEL.stream().map(f -> f.key()).toList(),
        iterableToList(m.fieldNames()), "top-level keys of manifest.json vs ManifestFields.TOP_LEVEL");
    // Every count but those of the daily stages (window, stories), which DailyRunTest checks.
    assertEquals(java.util.Arrays.stream(org.parallax.report.ManifestFields.Count.values())
        .filter(k -> !k.stage.equals("window") && !k.stage.equals("stories")).map(k -> k.key).sorted()
        .toList(), iterableToList(m.get("counts").fieldNames()).stream().sorted().toList(),
        "keys of counts vs ManifestFields.Count");
    assertTrue(m.get("daily").isNull(), "a run over all the input is not a daily one");
  }

  private static List<String> iterableToList(java.util.Iterator<String> names) {
    List<String> l = new java.util.ArrayList<>();
    names.forEachRemaining(l::add);
    return l;
  }

  /** A second run, with reliable checkpoints (as on a cluster), gives the same reports row for row. */
  @Test
  void rerunWithReliableCheckpointsReplacesTheOutputWithIdenticalReports() throws IOException {
    assertEquals(ExitCode.OK, firstRun);
    Path snapshot = tmp.resolve("snapshot");
    copy(out, snapshot);
    String firstRunId = manifest(out).get("run_id").asText();
    assertEquals(ExitCode.OK, cli("run", "--input", SEEDS, "--output", out.toString(), "--outlets",
        outlets.toString(), "--set", "run.checkpoints=reliable").code);
    assertNotEquals(firstRunId, manifest(out).get("run_id").asText());
    JsonNode execution = manifest(out).get("execution");
    assertEquals("reliable", execution.get("checkpoints").asText());
    assertTrue(execution.get("checkpoint_dir").asText().contains(".out.parallax-checkpoints-"), execution.toString());
    for (ReportTable t : Reports.ALL) {
      String a = DuckDb.table(snapshot, t.name());
      String b = DuckDb.table(out, t.name());
      assertEquals(DuckDb.query("SELECT * FROM " + a), DuckDb.query("SELECT * FROM " + b),
          "report " + t.name() + ": the same rows in the same order");
      if (!t.sortKeys().isEmpty()) {
        String keys = String.join(", ", t.sortKeys());
        assertEquals(DuckDb.query("SELECT " + keys + " FROM " + b + " ORDER BY " + keys.replace(",", " NULLS FIRST,")
            + " NULLS FIRST"), DuckDb.query("SELECT " + keys + " FROM " + b), "report " + t.name() + " is sorted by " + keys);
      }
    }
    assertTrue(Files.isSymbolicLink(out), "the output is a link to the current version");
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of(Files.readSymbolicLink(out).toString()), siblings.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(".out.parallax-")).toList(),
          "only the current version is left: no staging folder, no earlier version, no checkpoints");
    }
  }

  /**
   * One run over two messy inputs, shared by the tests that read it: a JSONL file of the seeds with a
   * malformed line, a bad date and a duplicate id; and a folder of an HTML page and an HTML fragment.
   */
  private static Path messyRunOut;

  private static synchronized Path messyRun() throws IOException {
    if (messyRunOut != null) {
      return messyRunOut;
    }
    Path corpus = tmp.resolve("messy.jsonl");
    List<String> lines = new ArrayList<>();
    for (Path seed : seedFiles()) {
      String text = Files.readString(seed).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
      lines.add("{\"id\": \"" + seed.getFileName().toString().substring(0, 3) + "\", \"outlet\": \"o"
          + lines.size() + "\", \"text\": \"" + text + "\"}");
    }
    lines.add("{\"id\": \"bad1\", \"text\": \"cut off");
    lines.add("{\"id\": \"bad2\", \"date\": \"yesterday\", \"text\": \"Blinken met Xi in Beijing on Friday.\"}");
    lines.add("{\"id\": \"000\", \"text\": \"a duplicate id of the first seed, long enough to keep\"}");
    Files.write(corpus, lines);
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.copy(Path.of("src/test/resources/html/article.html"), pages.resolve("courier.html"));
    Files.writeString(pages.resolve("fragment.txt"), "<div><p>Qin told his US counterpart Antony Blinken in a phone "
        + "conversation on Wednesday to respect China’s core concerns and stop interfering in its internal affairs."
        + "</p><ul class=\"related\"><li><a href=\"/x\">Markets rally as inflation cools</a></li></ul></div>");
    Path out = tmp.resolve("messy-out");
    Result r = cli("run", "--input", corpus.toString(), "--input", pages.toString(), "--output", out.toString());
    assertEquals(ExitCode.OK, r.code, r.stderr);
    messyRunOut = out;
    return out;
  }

  @Test
  void malformedRecordsAreRejectedAndTheRunSucceeds() throws IOException {
    Path messyOut = messyRun();
    assertEquals(List.of(List.of("7", "bad_date", "ingest"), List.of("8", "duplicate_id", "ingest"),
            List.of("6", "malformed_json", "ingest")),
        DuckDb.query("SELECT position, reason, stage FROM " + DuckDb.table(messyOut, "rejects") + " ORDER BY reason"));
    JsonNode c = manifest(messyOut).get("counts");
    assertEquals(10, c.get("records_read").asLong(), "8 JSONL lines and 2 HTML files");
    assertEquals(7, c.get("articles_accepted").asLong());
    assertEquals(3, c.get("records_rejected").asLong());
    assertEquals(1, c.get("rejected_by_reason").get("malformed_json").asLong());
  }

  @Test
  void withoutTheSidecarMetadataIsInferredAndTheStoriesStillHold() {
    Path bare = tmp.resolve("bare-out");
    Result r = cli("run", "--input", SEEDS, "--output", bare.toString(), "--set", "input.sidecar=none");
    assertEquals(ExitCode.OK, r.code, r.stderr);
    assertEquals(List.of(List.of("000,003"), List.of("001,002,004")), DuckDb.query("SELECT string_agg(substr("
        + "article_id, 1, 3), ',' ORDER BY article_id) FROM " + DuckDb.table(bare, "articles")
        + " GROUP BY cluster_id ORDER BY 1"));
    assertEquals(List.of(
            List.of("000", "Almasirah", "NULL", "NULL"),
            List.of("001", "(unknown)", "NULL", "NULL"),
            List.of("002", "ProsperityStream Academy", "NULL", "Beijing"),
            List.of("003", "(unknown)", "AP", "TAIPEI, Taiwan"),
            List.of("004", "(unknown)", "NULL", "NULL")),
        DuckDb.query("SELECT substr(article_id, 1, 3), outlet, agency, dateline_place FROM "
            + DuckDb.table(bare, "articles") + " ORDER BY 1"));
    assertEquals("Blinken’s Talks in Beijing Echo Xi Jinping’s Unity Call", DuckDb.scalar("SELECT title FROM "
        + DuckDb.table(bare, "articles") + " WHERE article_id LIKE '004%'"));
    String almasirah = DuckDb.scalar("SELECT text FROM " + DuckDb.table(bare, "articles") + " WHERE article_id LIKE '000%'");
    assertTrue(almasirah.startsWith("Qin told his US counterpart"), almasirah);
    assertFalse(almasirah.contains("copyright"), almasirah);
  }

  @Test
  void htmlPagesAndHtmlInJsonYieldTheirMainText() throws IOException {
    Path htmlOut = messyRun();
    assertEquals(List.of(List.of("courier", "Daily Courier", "Blinken and Xi meet in Beijing as tensions simmer",
            "2024-04-26 14:05:00"), List.of("fragment", "(unknown)", "NULL", "NULL")),
        DuckDb.query("SELECT article_id, outlet, title, strftime(published_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') "
            + "FROM " + DuckDb.table(htmlOut, "articles") + " WHERE article_id IN ('courier', 'fragment') ORDER BY 1"));
    assertEquals("0", DuckDb.scalar("SELECT count(*) FROM " + DuckDb.table(htmlOut, "articles")
        + " WHERE article_id IN ('courier', 'fragment') AND (text LIKE '%<%' OR text LIKE '%Markets rally%' OR text LIKE '%SkyDeals%' OR text LIKE '%Home%')"));
    assertEquals("html,html", DuckDb.scalar("SELECT string_agg(source_format, ',') FROM "
        + DuckDb.table(htmlOut, "cleaning") + " WHERE article_id IN ('courier', 'fragment')"));
  }

  @Test
  void evaluateScoresTheSeedRunAgainstTheTrueStories() throws IOException {
    assertEquals(ExitCode.OK, firstRun);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ExitCode code = Main.run(new String[] {"evaluate", "--run", out.toString(), "--gold", "sample/stories.jsonl",
        "--gold-field", "story"}, new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
    assertEquals(ExitCode.OK, code);
    List<String> lines = List.of(printed.toString(StandardCharsets.UTF_8).split("\n"));
    assertTrue(lines.contains("bcubed_f1 1.0000"), lines.toString());
    assertTrue(lines.contains("adjusted_rand_index 1.0000"), lines.toString());
    assertTrue(lines.contains("gold_clusters 2"), lines.toString());
    assertEquals("1.0", DuckDb.scalar("SELECT value FROM " + DuckDb.table(out, "evaluation")
        + " WHERE metric = 'bcubed_f1'"));
    assertEquals(ExitCode.USAGE, cli("evaluate", "--run", out.toString()).code, "missing --gold");
    assertEquals(ExitCode.BAD_INPUT, cli("evaluate", "--run", out.toString(), "--gold", "sample/stories.jsonl").code,
        "no cluster_id field in that gold file");
  }

  @Test
  void refusesToReplaceAFolderThatIsNotAParallaxOutput() throws IOException {
    Path precious = Files.createDirectories(tmp.resolve("precious"));
    Files.writeString(precious.resolve("thesis.tex"), "years of work");
    Result r = cli("run", "--input", SEEDS, "--output", precious.toString());
    assertEquals(ExitCode.CANT_CREATE, r.code);
    assertTrue(r.stderr.contains("not a Parallax output"), r.stderr);
    assertEquals("years of work", Files.readString(precious.resolve("thesis.tex")));
  }

  @Test
  void missingInputIsBadInput() {
    Result r = cli("run", "--input", tmp.resolve("nowhere").toString(), "--output", tmp.resolve("o").toString());
    assertEquals(ExitCode.NO_INPUT, r.code);
    assertTrue(r.stderr.contains("does not exist"), r.stderr);
    assertFalse(Files.exists(tmp.resolve("o")));
  }

  private static List<Path> seedFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(SEEDS))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      for (Path p : walk.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

}
