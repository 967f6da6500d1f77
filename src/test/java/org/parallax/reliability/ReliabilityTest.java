package org.parallax.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Main;
import org.parallax.cli.ExitCode;
import org.parallax.report.DuckDb;

/**
 * The reliability suite: one run of the real CLI over a corpus that mixes good articles with every kind
 * of bad and odd input ({@link BadInputs}), then, kind by kind: the good articles are accepted, each bad
 * one is in rejects with its reason, file and line, nothing else is rejected, and the manifest reconciles
 * records and files.
 */
@Tag("slow")
class ReliabilityTest {
  @TempDir
  static Path tmp;

  static BadInputs corpus;
  static Path out;
  static ExitCode code;
  static String stderr;

  @BeforeAll
  static void runOnTheBadCorpus() throws IOException {
    System.setProperty("spark.master", "local[2]");
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.sql.shuffle.partitions", "4");
    System.setProperty("spark.driver.host", "127.0.0.1");
    corpus = new BadInputs(Files.createDirectories(tmp.resolve("in")));
    out = tmp.resolve("out");
    List<String> args = new ArrayList<>(List.of("run", "--output", out.toString(), "--set", "input.max_record_mb=1"));
    for (Path p : corpus.inputs) {
      args.add("--input");
      args.add(p.toString());
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    code = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    stderr = err.toString(StandardCharsets.UTF_8);
  }

  private static String articles() {
    return DuckDb.table(out, "articles");
  }

  private static String rejects() {
    return DuckDb.table(out, "rejects");
  }

  @Test
  void theRunSucceedsDespiteEveryBadInput() {
    assertEquals(ExitCode.OK, code, stderr);
  }

  @Test
  void everyKindEndsAsExpected() {
    assertEquals(ExitCode.OK, code, stderr);
    List<String> failures = new ArrayList<>();
    for (BadInputs.Case c : corpus.cases) {
      if (c.rejectReason() == null) {
        String where = c.expectId() == null ? "article_id LIKE 'sha256-%'" : "article_id = '"
            + c.expectId().replace("'", "''") + "'";
        if (!DuckDb.scalar("SELECT count(*) FROM " + articles() + " WHERE " + where).equals("1")) {
          failures.add(c.kind() + ": article " + c.expectId() + " not accepted; rejects: " + DuckDb.query(
              "SELECT source, position, reason, detail FROM " + rejects() + " WHERE article_id = '" + c.expectId()
                  + "'"));
        }
      } else {
        String rows = DuckDb.scalar("SELECT count(*) FROM " + rejects() + " WHERE source LIKE '%/"
            + c.rejectFile() + "' AND position " + (c.rejectLine() == null ? "IS NULL" : "= " + c.rejectLine())
            + " AND reason = '" + c.rejectReason() + "'");
        if (!rows.equals("1")) {
          failures.add(c.kind() + ": no " + c.rejectReason() + " reject at " + c.rejectFile() + ":" + c.rejectLine()
              + "; rejects of that file: " + DuckDb.query("SELECT position, reason, detail FROM " + rejects()
                  + " WHERE source LIKE '%/" + c.rejectFile() + "'"));
        }
      }
    }
    assertEquals(List.of(), failures);
    long expectedRejects = corpus.cases.stream().filter(c -> c.rejectReason() != null).count();
    assertEquals(String.valueOf(expectedRejects), DuckDb.scalar("SELECT count(*) FROM " + rejects()),
        "no reject that the suite did not expect: " + DuckDb.query("SELECT source, position, reason, detail FROM "
            + rejects() + " ORDER BY ALL"));
  }

  @Test
  void bytesAndDatesAreReadExactly() {
    assertEquals(ExitCode.OK, code, stderr);
    assertEquals(List.of(List.of("wide", "UTF-16BE"), List.of("utf16", "UTF-16LE"), List.of("utf32", "UTF-32BE"),
            List.of("latin", "windows-1252"), List.of("latin1", "windows-1252")),
        DuckDb.query("SELECT article_id, source_charset FROM " + DuckDb.table(out, "cleaning")
            + " WHERE source_charset <> 'UTF-8' ORDER BY source_charset, article_id"));
    assertTrue(DuckDb.scalar("SELECT text FROM " + articles() + " WHERE article_id = 'latin1'")
        .startsWith("Café owners in São Paulo"));
    assertTrue(DuckDb.scalar("SELECT text FROM " + articles() + " WHERE article_id = 'latin'")
        .startsWith("Café de la Paix"));
    assertEquals("0001-01-01 00:00:00", DuckDb.scalar("SELECT strftime(published_at AT TIME ZONE 'UTC', "
        + "'%Y-%m-%d %H:%M:%S') FROM " + articles() + " WHERE article_id = 'ancient'"));
    assertEquals("2024-04-05 09:30:00", DuckDb.scalar("SELECT strftime(published_at AT TIME ZONE 'UTC', "
        + "'%Y-%m-%d %H:%M:%S') FROM " + articles() + " WHERE article_id = 'rfc'"));
    assertTrue(Integer.parseInt(DuckDb.scalar("SELECT encoding_repairs FROM " + DuckDb.table(out, "cleaning")
        + " WHERE article_id = 'mojibake'")) > 0);
    assertEquals("21", DuckDb.scalar("SELECT position FROM " + articles() + " WHERE article_id = 'after-cr'"),
        "a bare CR does not shift later line numbers");
  }

  @Test
  void sidecarRowsAfterABadOneStillApply() {
    assertEquals(ExitCode.OK, code, stderr);
    assertEquals(List.of(List.of("a:b", "(unknown)"), List.of("latin", "Lyon Soir"), List.of("plain", "Nairobi News")),
        DuckDb.query("SELECT article_id, outlet FROM " + articles() + " WHERE article_id IN ('plain', 'a:b', 'latin') "
            + "ORDER BY 1"));
  }

  @Test
  void theManifestReconcilesRecordsAndFilesPerInput() throws IOException {
    assertEquals(ExitCode.OK, code, stderr);
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    JsonNode c = m.get("counts");
    assertEquals(c.get("records_read").asLong(), c.get("articles_accepted").asLong() + c.get("records_rejected").asLong());
    assertEquals(DuckDb.scalar("SELECT count(*) FROM " + rejects()), c.get("records_rejected").asText());
    JsonNode inputs = m.get("inputs");
    assertEquals(corpus.inputs.size(), inputs.size());
    long files = 0;
    for (JsonNode in : inputs) {
      assertEquals(in.get("files").asLong(), in.get("files_read").asLong() + in.get("files_rejected").asLong()
          + in.get("files_skipped").asLong() + in.get("sidecar_files").asLong(), in.toString());
      files += in.get("files").asLong();
    }
    assertEquals(files, c.get("files").asLong());
    JsonNode jsonl = inputs.get(0);
    assertEquals(2, jsonl.get("files_skipped").asLong(), ".hidden.jsonl and _SUCCESS: " + jsonl);
    assertEquals(4, jsonl.get("files_rejected").asLong(), "notgzip, empty, pdf, uuid.parquet: " + jsonl);
    JsonNode texts = inputs.get(1);
    assertEquals(1, texts.get("sidecar_files").asLong(), texts.toString());
    assertEquals(3, texts.get("files_rejected").asLong(), "empty.txt, image.txt, nuls: " + texts);
    assertEquals(1, inputs.get(2).get("files_skipped").asLong(), ".DS_Store: " + inputs.get(2));
  }

  @Test
  void onlyWhenNothingUsableIsLeftDoesTheRunStop() throws IOException {
    Path bad = Files.createDirectories(tmp.resolve("all-bad"));
    Files.write(bad.resolve("empty.jsonl"), new byte[0]);
    Files.writeString(bad.resolve("broken.jsonl"), "{\"id\": \"x\", \"text\": \"cut\n");
    Files.writeString(bad.resolve("notes.pdf"), "%PDF-1.4");
    Path badOut = tmp.resolve("all-bad-out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode c = Main.run(new String[] {"run", "--input", bad.toString(), "--output", badOut.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String msg = err.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCode.BAD_INPUT, c, msg);
    assertTrue(msg.contains("all 3 records were rejected") && msg.contains("empty_file: 1")
        && msg.contains("malformed_json: 1") && msg.contains("unsupported_file: 1"), msg);
    assertTrue(Files.notExists(badOut), "nothing is written");
  }
}
