package org.parallax.bench;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.config.ParallaxConfig;
import org.parallax.pipeline.Pipeline;
import org.parallax.report.RunManifest;

/**
 * Line-level precision and recall of boilerplate removal on labelled sets: the hand-labelled seed
 * pages, and real articles with injected chrome ({@link ChromeInjector}). The articles go through the
 * real ingest and clean stages, so the corpus-level signal (lines repeated across an outlet) counts.
 */
public final class BoilerplateBenchmark {
  private BoilerplateBenchmark() {}

  /** Runs ingest and clean on the labelled articles; returns id to clean text ("" when rejected). */
  public static Map<String, String> clean(SparkSession spark, List<LabelledArticle> articles, ParallaxConfig cfg,
      Path workDir) throws IOException {
    Path jsonl = workDir.resolve("labelled-" + System.nanoTime() + ".jsonl");
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (LabelledArticle a : articles) {
        ObjectNode n = json.createObjectNode().put("id", a.id()).put("outlet", a.outlet()).put("title", a.title())
            .put("text", a.text());
        w.write(json.writeValueAsString(n));
        w.write('\n');
      }
    }
    // The job's own pipeline, through its clean stage.
    Dataset<Row> kept = Pipeline.of(spark, cfg, RunManifest.detached(), List.of(jsonl.toString())).clean().articles();
    Map<String, String> out = new HashMap<>();
    for (LabelledArticle a : articles) {
      out.put(a.id(), "");
    }
    for (Row r : kept.select(col("article_id"), col("text")).collectAsList()) {
      out.put(r.getAs("article_id"), r.getAs("text"));
    }
    Files.deleteIfExists(jsonl);
    return out;
  }

  /** Scores one labelled set. */
  public static RemovalScore score(SparkSession spark, List<LabelledArticle> articles, ParallaxConfig cfg,
      Path workDir) throws IOException {
    Map<String, String> cleaned = clean(spark, articles, cfg, workDir);
    RemovalScore s = new RemovalScore();
    for (LabelledArticle a : articles) {
      s.add(a, cleaned.get(a.id()));
    }
    return s;
  }

  /** Injected-chrome set from a JSONL corpus (fields id, outlet, title, text), capped at {@code max}. */
  public static List<LabelledArticle> injected(Path corpus, int max, long seed) throws IOException {
    List<ChromeInjector.Source> sources = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      var n = json.readTree(line);
      List<String> lines = new ArrayList<>();
      for (String l : n.path("text").asText("").split("\n")) {
        if (!l.isBlank()) {
          lines.add(l.strip());
        }
      }
      String title = n.path("title").isTextual() && !n.path("title").asText().equals("None")
          ? n.path("title").asText() : null;
      sources.add(new ChromeInjector.Source(n.path("id").asText(), n.path("outlet").asText(), title, lines));
    }
    List<ChromeInjector.Source> used = sources.size() > max
        ? sample(sources, max, seed) : sources;
    List<String> headlines = new ArrayList<>();
    for (ChromeInjector.Source s : sources) {
      if (s.title() != null) {
        headlines.add(s.title());
      } else if (!s.lines().isEmpty() && s.lines().get(0).length() <= 120) {
        headlines.add(s.lines().get(0)); // corpora without titles (ECB+) mostly open with a headline line
      }
    }
    ChromeInjector injector = new ChromeInjector(seed, headlines);
    List<LabelledArticle> out = new ArrayList<>();
    for (ChromeInjector.Source s : used) {
      out.add(injector.inject(s));
    }
    return out;
  }

  private static <T> List<T> sample(List<T> all, int max, long seed) {
    List<T> copy = new ArrayList<>(all);
    java.util.Collections.shuffle(copy, new java.util.Random(seed));
    return copy.subList(0, max);
  }

  /** Prints one table row per set. */
  static void printRow(PrintStream out, String set, int articles, RemovalScore s) {
    out.printf("%-22s %8d %8d %8d %10.4f %8.4f %10d%n", set, articles, s.bodyLines(), s.chromeLines(),
        s.precision(), s.recall(), s.unaligned());
  }

  static void printHeader(PrintStream out) {
    out.printf("%-22s %8s %8s %8s %10s %8s %10s%n", "set", "articles", "body", "chrome", "precision", "recall",
        "unaligned");
  }
}
