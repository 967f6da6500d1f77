package org.parallax.bench;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.Main;
import org.parallax.cli.ExitCode;
import org.parallax.evaluate.Evaluation;
import org.parallax.spark.SparkSessions;

/**
 * Daily runs against one run over the same days: the dated articles of [from, to] are written to one
 * file; then {@code parallax run --day D} runs for each day in order into one daily output, and one run
 * with {@code --day to --lookback (to - from)} reads them all at once. Prints each day's time, then the
 * agreement between the two partitions of the articles (B-cubed, pairwise, and the share of articles whose
 * story id is the same), and checks that running a middle day again changes that day only.
 */
final class DailyBenchmark {
  /** The goal of issue 15: day-by-day stories agree with the one-shot ones at B-cubed F1 of at least this. */
  static final double MIN_BCUBED_F1 = 0.95;

  private DailyBenchmark() {}

  /**
   * @param sparse run only the days that have articles (a corpus with a few articles a month, such as BASIL)
   * @param gold the field of gold story labels to score both partitions against, or null
   */
  static int run(Path input, LocalDate from, LocalDate to, int lookback, boolean sparse, String gold, boolean check,
      PrintStream out) throws Exception {
    return run(input, from, to, lookback, sparse, gold, false, check, out);
  }

  /** {@code reuse}: keep the day folders of an earlier benchmark run of the same days (run only what is missing). */
  static int run(Path input, LocalDate from, LocalDate to, int lookback, boolean sparse, String gold, boolean reuse,
      boolean check, PrintStream out) throws Exception {
    Path work = Path.of("target/bench/daily");
    if (!reuse) {
      deleteTree(work);
    }
    deleteTree(work.resolve("one-shot"));
    Files.createDirectories(work);
    Path articles = work.resolve("articles.jsonl");
    int idfDays = new org.parallax.config.ParallaxConfig().daily.idfDays;
    long all = extract(input, from.minusDays(idfDays), to, articles);
    long n = all - count(input, from.minusDays(idfDays), from.minusDays(1));
    out.printf("daily runs on %s, %s to %s (%d days): %d dated articles (%d with the %d days before, read for "
        + "IDF), lookback %d days%n", input, from, to, to.toEpochDay() - from.toEpochDay() + 1, n, all, idfDays,
        lookback);
    Path days = work.resolve("days");
    double total = 0;
    List<String> times = new ArrayList<>();
    LocalDate last = from;
    java.util.SortedSet<LocalDate> dated = sparse ? daysWithArticles(articles, from, to) : null;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (dated != null && !dated.contains(d)) {
        continue;
      }
      last = d;
      if (reuse && Files.exists(days.resolve("day=" + d).resolve("manifest.json"))) {
        continue;
      }
      double s = run(articles, days, d, lookback);
      total += s;
      times.add(String.format(java.util.Locale.ROOT, "%s %.1f s", d, s));
    }
    out.println("day runs: " + String.join(", ", times));
    out.printf(java.util.Locale.ROOT, "all %d day runs: %.1f s%n", times.size(), total);
    Path month = work.resolve("one-shot");
    double once = run(articles, month, to, (int) (to.toEpochDay() - from.toEpochDay()));
    out.printf(java.util.Locale.ROOT, "one run over all the days: %.1f s%n", once);

    SparkSession spark = SparkSessions.create("parallax-bench-daily");
    try {
      Dataset<Row> daily = members(spark, days, last).select(col("article_id"), col("cluster_id").as("predicted"));
      Dataset<Row> oneShot = members(spark, month, to).select(col("article_id"), col("cluster_id").as("gold"));
      // The days' articles, as both clusterings saw them (the one run's window is the same days).
      Dataset<Row> both = daily.join(oneShot, "article_id").cache();
      long joined = both.count();
      long same = both.filter(col("predicted").equalTo(col("gold"))).count();
      Map<String, Double> m = Evaluation.agreement(both).values();
      out.printf(java.util.Locale.ROOT, "agreement over %d articles (day by day vs one run): B-cubed P %.4f R %.4f "
          + "F1 %.4f, pairwise F1 %.4f, stories %d vs %d, same story id %.4f%n", joined, m.get("bcubed_precision"),
          m.get("bcubed_recall"), m.get("bcubed_f1"), m.get("pairwise_f1"), m.get("predicted_clusters").longValue(),
          m.get("gold_clusters").longValue(), joined == 0 ? 0.0 : (double) same / joined);
      both.unpersist();
      if (gold != null) {
        // only the two fields, as text: corpora carry other fields that need not parse
        Dataset<Row> labels = spark.read().schema(new org.apache.spark.sql.types.StructType()
                .add("id", "string").add(gold, "string")).json(articles.toString())
            .select(col("id").cast("string").as("article_id"), col(gold).cast("string").as("gold"));
        for (Path o : List.of(days, month)) {
          Dataset<Row> scored = members(spark, o, o.equals(days) ? last : to).select(col("article_id"), col("cluster_id").as("predicted"))
              .join(labels, "article_id").filter(col("gold").isNotNull());
          Map<String, Double> g = Evaluation.agreement(scored).values();
          out.printf(java.util.Locale.ROOT, "%s vs gold %s: B-cubed P %.4f R %.4f F1 %.4f over %d articles%n",
              o.equals(days) ? "day by day" : "one run", gold, g.get("bcubed_precision"), g.get("bcubed_recall"),
              g.get("bcubed_f1"), g.get("articles").longValue());
        }
      }
      Dataset<Row> history = spark.read().parquet(days.resolve("day=*").resolve("story_history").toString());
      out.println("story events over the days: " + history.groupBy("event").count().orderBy("event").collectAsList());
      boolean ok = m.get("bcubed_f1") >= MIN_BCUBED_F1 && joined == n;
      if (check && !ok) {
        out.printf("FAILED: B-cubed F1 below %.2f or articles missing (%d of %d)%n", MIN_BCUBED_F1, joined, n);
        return 1;
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static java.util.SortedSet<LocalDate> daysWithArticles(Path articles, LocalDate from, LocalDate to)
      throws Exception {
    java.util.SortedSet<LocalDate> days = new java.util.TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(articles)) {
      LocalDate d = LocalDate.parse(json.readTree(line).path("date").asText().substring(0, 10));
      if (!d.isBefore(from) && !d.isAfter(to)) {
        days.add(d);
      }
    }
    return days;
  }

  private static Dataset<Row> members(SparkSession spark, Path output, LocalDate day) {
    return spark.read().parquet(output.resolve("day=" + day).resolve("story_members").toString());
  }

  private static double run(Path articles, Path output, LocalDate day, int lookback) {
    long t0 = System.nanoTime();
    ExitCode code = Main.run(new String[] {"run", "--input", articles.toString(), "--output", output.toString(),
        "--day", day.toString(), "--lookback", String.valueOf(lookback)}, new PrintStream(
            java.io.OutputStream.nullOutputStream()), System.err);
    if (code != ExitCode.OK) {
      throw new IllegalStateException("run --day " + day + " failed with " + code);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long count(Path input, LocalDate from, LocalDate to) throws Exception {
    Path scratch = Files.createTempFile("parallax-daily", ".jsonl");
    try {
      return extract(input, from, to, scratch);
    } finally {
      Files.delete(scratch);
    }
  }

  /** Copies the records dated in [from, to] (by the first 10 characters of 'date') to {@code to}. */
  static long extract(Path input, LocalDate from, LocalDate to, Path target) throws Exception {
    ObjectMapper json = new ObjectMapper();
    long n = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(open(input), StandardCharsets.UTF_8));
        BufferedWriter w = Files.newBufferedWriter(target)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode r = json.readTree(line);
        String date = r.path("date").asText("");
        if (date.length() < 10) {
          continue;
        }
        LocalDate d;
        try {
          d = LocalDate.parse(date.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
          continue;
        }
        if (!d.isBefore(from) && !d.isAfter(to)) {
          w.write(line);
          w.newLine();
          n++;
        }
      }
    }
    return n;
  }

  private static java.io.InputStream open(Path p) throws java.io.IOException {
    java.io.InputStream in = Files.newInputStream(p);
    return p.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in;
  }

  private static void deleteTree(Path p) throws java.io.IOException {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var s = Files.walk(p)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    }
  }
}
