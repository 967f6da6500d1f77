package org.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The whole job on growing slices of a corpus (every 4th line, every 2nd, all: nested subsets), each run
 * as its own {@code jobs/parallax run} process, so that wall time and peak memory (the process's
 * resident set, from the run manifest) are those a user sees. Prints one table: per slice, articles,
 * wall seconds, seconds per stage, peak RSS; and each stage's growth against linear.
 */
final class ScaleBenchmark {
  private ScaleBenchmark() {}

  static int run(Path input, List<Integer> divisors, PrintStream out) throws IOException, InterruptedException {
    Path work = Path.of("target/bench/scale");
    Files.createDirectories(work);
    Map<Integer, JsonNode> manifests = new LinkedHashMap<>();
    for (int d : divisors) {
      Path slice = work.resolve("slice-1of" + d + ".jsonl");
      long lines = writeSlice(input, d, slice);
      Path output = work.resolve("out-1of" + d);
      out.printf("running 1/%d of %s (%d articles) ...%n", d, input.getFileName(), lines);
      Path log = work.resolve("run-1of" + d + ".log");
      ProcessBuilder pb = new ProcessBuilder("jobs/parallax", "run", "--input", slice.toString(), "--output",
          output.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().remove("PARALLAX_MAIN"); // jobs/benchmark set it for this JVM, not for the runs
      Process p = pb.start();
      int code = p.waitFor();
      if (code != 0) {
        out.println("run failed with exit code " + code + "; see " + log);
        return 1;
      }
      manifests.put(d, new ObjectMapper().readTree(output.resolve("manifest.json").toFile()));
    }
    List<String> stages = new ArrayList<>();
    manifests.values().iterator().next().get("stage_seconds").fieldNames().forEachRemaining(stages::add);
    StringBuilder header = new StringBuilder("| slice | articles | wall s | peak RSS MB |");
    StringBuilder rule = new StringBuilder("|---|---|---|---|");
    for (String s : stages) {
      header.append(' ').append(s).append(" s |");
      rule.append("---|");
    }
    out.println();
    out.println(header);
    out.println(rule);
    for (Map.Entry<Integer, JsonNode> e : manifests.entrySet()) {
      JsonNode m = e.getValue();
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| 1/%d | %d | %.1f | %s |", e.getKey(),
          m.get("counts").get("articles_accepted").asLong(), m.get("wall_seconds").asDouble(),
          m.has("driver_peak_rss_mb") ? m.get("driver_peak_rss_mb").asText() : "n/a"));
      for (String s : stages) {
        row.append(String.format(Locale.ROOT, " %.1f |", m.get("stage_seconds").path(s).asDouble()));
      }
      out.println(row);
    }
    // growth of each stage from the smallest slice to the largest, against linear growth in articles
    Iterator<JsonNode> it = manifests.values().iterator();
    JsonNode first = it.next();
    JsonNode last = first;
    while (it.hasNext()) {
      last = it.next();
    }
    double articleGrowth = last.get("counts").get("articles_accepted").asDouble()
        / first.get("counts").get("articles_accepted").asDouble();
    out.println();
    out.printf(Locale.ROOT, "articles grew %.2fx; each stage's time grew (1.00 = linear):%n", articleGrowth);
    for (String s : stages) {
      double growth = last.get("stage_seconds").path(s).asDouble()
          / Math.max(1e-3, first.get("stage_seconds").path(s).asDouble());
      out.printf(Locale.ROOT, "  %-12s %.2fx  (%.2f of linear)%n", s, growth, growth / articleGrowth);
    }
    out.printf(Locale.ROOT, "%ncandidate pairs per article: %s%n", String.join(", ", manifests.values().stream()
        .map(m -> String.format(Locale.ROOT, "%.1f", m.get("counts").get("candidate_pairs").asDouble()
            / m.get("counts").get("articles_accepted").asDouble())).toList()));
    return 0;
  }

  /** Every d-th line of the input (gzip or plain JSONL) into {@code slice}; returns the lines written. */
  private static long writeSlice(Path input, int d, Path slice) throws IOException {
    InputStream raw = Files.newInputStream(input);
    InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    long n = 0;
    long written = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        BufferedWriter w = Files.newBufferedWriter(slice, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (n++ % d == 0) {
          w.write(line);
          w.write('\n');
          written++;
        }
      }
    }
    return written;
  }
}
