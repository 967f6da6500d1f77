package org.parallax.bench;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.Main;
import org.parallax.cli.ExitCode;
import org.parallax.spark.SparkSessions;

/**
 * Outlet groups on a corpus whose records carry an outlet-level label (AllSides' and ABP's bias_label):
 * builds the outlet table from the label (each outlet's most frequent one), runs the real CLI with
 * --outlets, and prints how coverage splits by side: stories (clusters with 2+ outlets), those with all
 * sides, the share whose sides are balanced (each side the same number of outlets), blindspots, and the
 * share of stories with 2+ sides whose every side has framing_group_terms. With --check, fails below the
 * floors for a corpus where every story has all its sides (AllSides roundups).
 */
final class GroupsBenchmark {
  static final double FLOOR_BALANCED = 0.8;
  static final double FLOOR_SIDE_TERMS = 0.95;

  private GroupsBenchmark() {}

  static int run(Path input, String field, List<String> sets, boolean check, PrintStream out) throws Exception {
    String name = input.getFileName().toString().replaceAll("\\..*", "");
    Path dir = Path.of("target/bench/groups");
    Files.createDirectories(dir);
    Path outlets = dir.resolve(name + "-outlets.csv");
    Map<String, Map<String, Integer>> labels = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream raw = Files.newInputStream(input);
        BufferedReader r = new BufferedReader(new InputStreamReader(
            input.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode a = json.readTree(line);
        String outlet = a.path("outlet").asText("");
        String label = a.path(field).asText("");
        if (!outlet.isBlank() && !label.isBlank()) {
          labels.computeIfAbsent(outlet, k -> new TreeMap<>()).merge(label, 1, Integer::sum);
        }
      }
    }
    StringBuilder csv = new StringBuilder("outlet," + field + "\n");
    labels.forEach((outlet, counts) -> csv.append(quote(outlet)).append(',').append(counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
            java.util.Comparator.reverseOrder()))).orElseThrow().getKey()).append('\n'));
    Files.writeString(outlets, csv.toString(), StandardCharsets.UTF_8);
    Path output = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString(),
        "--outlets", outlets.toString()));
    for (String set : sets) {
      args.add("--set");
      args.add(set);
    }
    long t0 = System.nanoTime();
    ExitCode code = Main.run(args.toArray(String[]::new), System.err, System.err);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (code != ExitCode.OK) {
      out.println("run failed: " + code);
      return 1;
    }
    SparkSession spark = SparkSessions.create("parallax-bench-groups");
    try {
      spark.read().parquet(output.resolve("group_coverage").toString())
          .filter(col("group_column").equalTo(field)).createOrReplaceTempView("cov");
      spark.read().parquet(output.resolve("framing_group_terms").toString())
          .filter(col("group_column").equalTo(field)).createOrReplaceTempView("terms");
      Dataset<Row> stories = spark.sql("SELECT cluster_id, max(story_outlets) AS outlets, "
          + "count(group_value) AS sides, max(outlets) = min(outlets) AND count(group_value) = count(*) AS balanced, "
          + "bool_or(blindspot) AS blindspot FROM cov GROUP BY cluster_id HAVING max(story_outlets) >= 2");
      stories.createOrReplaceTempView("stories");
      Row s = spark.sql("SELECT count(*) AS n, count_if(sides >= 3) AS all_sides, "
          + "count_if(sides >= 3 AND balanced) AS balanced, count_if(blindspot) AS blindspots, "
          + "count_if(sides >= 2) AS two_sides FROM stories").first();
      long sidesWithTerms = spark.sql("SELECT count(*) FROM (SELECT c.cluster_id FROM cov c JOIN stories s "
          + "ON c.cluster_id = s.cluster_id AND s.sides >= 2 WHERE c.group_value IS NOT NULL GROUP BY c.cluster_id "
          + "HAVING count(DISTINCT c.group_value) = (SELECT count(DISTINCT t.group_value) FROM terms t "
          + "WHERE t.cluster_id = c.cluster_id))").first().getLong(0);
      long n = s.getAs("n");
      long all = s.getAs("all_sides");
      long balanced = s.getAs("balanced");
      long two = s.getAs("two_sides");
      double balancedShare = all == 0 ? 0 : (double) balanced / all;
      double termsShare = two == 0 ? 0 : (double) sidesWithTerms / two;
      out.printf(Locale.ROOT, "input %s: %d outlets in the outlet table (%s); run %.1f s%n", input, labels.size(),
          field, seconds);
      out.printf(Locale.ROOT, "stories (clusters with 2+ outlets): %d; with 3+ sides: %d; balanced (each side the "
          + "same number of outlets) among those: %d (%.3f)%n", n, all, balanced, balancedShare);
      out.printf(Locale.ROOT, "blindspots (groups.blindspot_min_outlets, groups.blindspot_share): %d%n",
          s.<Long>getAs("blindspots"));
      out.printf(Locale.ROOT, "stories with 2+ sides: %d; every side with framing_group_terms: %d (%.3f)%n", two,
          sidesWithTerms, termsShare);
      if (check && (balancedShare < FLOOR_BALANCED || termsShare < FLOOR_SIDE_TERMS)) {
        out.printf(Locale.ROOT, "FAIL: below the floors (balanced %.2f, side terms %.2f)%n", FLOOR_BALANCED,
            FLOOR_SIDE_TERMS);
        return 1;
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
