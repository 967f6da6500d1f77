package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.SparkTest;
import org.parallax.pipeline.BadInputException;
import org.parallax.config.ParallaxConfig;

class IngestStageTest extends SparkTest {
  @TempDir
  Path dir;

  private static final String GOOD_TEXT = "Blinken met Xi in Beijing on Friday and warned of miscalculations.";

  private Map<String, Row> byPosition(Dataset<Row> records) {
    Map<String, Row> m = new TreeMap<>();
    for (Row r : records.collectAsList()) {
      Object position = r.getAs("position");
      m.put(String.valueOf(position), r);
    }
    return m;
  }

  @Test
  void everyBadLineIsRejectedWithItsReasonAndLine() throws Exception {
    Path f = dir.resolve("corpus.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\": \"a1\", \"outlet\": \"AP\", \"date\": \"2024-04-26\", \"text\": \"" + GOOD_TEXT + "\"}",
        "{\"id\": \"a2\", \"text\": \"Blinken arrived",
        "{\"id\": \"a3\", \"text\": {\"body\": \"x\"}}",
        "",
        "{\"id\": \"a4\", \"title\": \"no text\"}",
        "{\"id\": \"a5\", \"text\": \"   \"}",
        "{\"id\": \"a6\", \"date\": \"26/04/2024\", \"text\": \"" + GOOD_TEXT + "\"}",
        "{\"id\": \"a1\", \"text\": \"a second a1\"}",
        "{\"text\": \"" + GOOD_TEXT + " No id here.\"}") + "\n");
    Dataset<Row> records = IngestStage.records(spark, List.of(f.toString()), new ParallaxConfig.Input());
    Map<String, Row> rows = byPosition(records);
    assertEquals(9, rows.size(), "every line is a record, none dropped");
    assertNull(rows.get("1").getAs("reason"));
    assertEquals("AP", rows.get("1").getAs("outlet"));
    assertEquals("malformed_json", rows.get("2").getAs("reason"));
    assertEquals("wrong_type", rows.get("3").getAs("reason"));
    assertEquals("empty_record", rows.get("4").getAs("reason"));
    assertEquals("missing_text", rows.get("5").getAs("reason"));
    assertEquals("empty_text", rows.get("6").getAs("reason"));
    assertEquals("bad_date", rows.get("7").getAs("reason"));
    assertEquals("duplicate_id", rows.get("8").getAs("reason"));
    String detail = rows.get("8").getAs("detail");
    assertTrue(detail.endsWith("corpus.jsonl:1"), detail);
    assertNull(rows.get("9").getAs("reason"));
    assertTrue(((String) rows.get("9").getAs("article_id")).startsWith("sha256-"));
    assertEquals(2, IngestStage.accepted(records).count());
    assertEquals(7, IngestStage.rejected(records).count());
  }

  @Test
  void lineNumbersAreExactAcrossFileSplits() throws Exception {
    Path f = dir.resolve("big.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 3000; i++) {
      sb.append(i % 1000 == 0 ? "{broken" : "{\"id\": \"n" + i + "\", \"text\": \"" + GOOD_TEXT + " " + i + "\"}")
          .append('\n');
    }
    Files.writeString(f, sb.toString());
    spark.conf().set("spark.sql.files.maxPartitionBytes", "16384");
    try {
      Dataset<Row> records = IngestStage.records(spark, List.of(f.toString()), new ParallaxConfig.Input());
      List<Row> rejects = IngestStage.rejected(records).orderBy("position").collectAsList();
      assertEquals(List.of(1000L, 2000L, 3000L), rejects.stream().map(r -> (Long) r.getAs("position")).toList());
      Row n2999 = records.filter("article_id = 'n2999'").first();
      assertEquals(2999L, (Long) n2999.getAs("position"));
      assertTrue(JsonlReader.splits(List.of(new InputFile(0, f.toString(), Files.size(f), InputFile.Kind.JSONL, null,
          null)), 16384).size() > 3, "the file must be split");
    } finally {
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }
  }

  @Test
  void textFolderWithSidecarAndAWindows1252File() throws Exception {
    Path texts = Files.createDirectory(dir.resolve("texts"));
    Files.writeString(texts.resolve("one.txt"), GOOD_TEXT);
    Files.writeString(texts.resolve("two.txt"), "Qin told his US counterpart to respect China's core concerns.");
    Files.write(texts.resolve("three.txt"), "caf\u00e9 society".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Files.writeString(texts.resolve("_metadata.csv"), "file,outlet,date,title\n"
        + "one.txt,AP,2024-04-26,\"Blinken, in Beijing\"\ntwo,Almasirah,,\n", StandardCharsets.UTF_8);
    Dataset<Row> records = IngestStage.records(spark, List.of(texts.toString()), new ParallaxConfig.Input());
    Map<String, Row> byId = new TreeMap<>();
    records.collectAsList().forEach(r -> byId.put(r.getAs("article_id"), r));
    assertEquals(3, byId.size(), "the sidecar itself is not an article");
    assertEquals("AP", byId.get("one").getAs("outlet"));
    assertEquals("Blinken, in Beijing", byId.get("one").getAs("title"));
    assertEquals("Almasirah", byId.get("two").getAs("outlet"));
    assertNull(byId.get("three").getAs("reason"));
    assertEquals("caf\u00e9 society", byId.get("three").getAs("text"));
    assertEquals("windows-1252", byId.get("three").getAs("source_charset"));
    assertEquals("UTF-8", byId.get("one").getAs("source_charset"));
  }

  @Test
  void parquetInputIsReadWithRowPositions() throws Exception {
    Path p = dir.resolve("articles.parquet");
    spark.sql("SELECT 'p1' AS id, 'AP' AS outlet, TIMESTAMP'2024-04-26 10:00:00' AS date, 'x' AS title, '"
        + GOOD_TEXT + "' AS text UNION ALL SELECT 'p2', 'AP', NULL, 'y', ''").coalesce(1)
        .write().parquet(p.toString());
    Dataset<Row> records = IngestStage.records(spark, List.of(p.toString()), new ParallaxConfig.Input());
    Map<String, Row> rows = byPosition(records);
    assertEquals(2, rows.size());
    assertEquals("p1", rows.get("1").getAs("article_id"));
    assertEquals(java.sql.Timestamp.from(java.time.Instant.parse("2024-04-26T10:00:00Z")),
        rows.get("1").getAs("published_at"));
    assertEquals("empty_text", rows.get("2").getAs("reason"));
  }

  @Test
  void missingInputIsAnInputError() {
    BadInputException e = assertThrows(BadInputException.class, () -> IngestStage.records(spark,
        List.of(dir.resolve("nope.jsonl").toString()), new ParallaxConfig.Input()));
    assertTrue(e.getMessage().contains("does not exist"));
  }
}
