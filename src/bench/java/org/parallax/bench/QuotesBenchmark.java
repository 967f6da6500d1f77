package org.parallax.bench;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.report.Reports;
import org.parallax.spark.SparkSessions;

/**
 * How well the {@code quotes} report finds who says what: runs the real CLI on a file and scores its quotes.
 *
 * <ul>
 *   <li>A file in PolNeAR's format (articles with {@code quotes}: {@code start}, {@code end}, {@code speaker};
 *       and {@code attributions} with {@code content} spans): direct quotations P/R/F1 (a gold one is found when
 *       a found direct one overlaps half its span), speaker accuracy on the matched ones, and the attributions
 *       found; per {@code split} when the file has one.
 *   <li>A file in BASIL's format ({@code bias_spans} with {@code quote}, {@code speaker}, {@code text_start},
 *       {@code text_end}): the share of spans marked {@code quote == "yes"} that lie inside a found quotation,
 *       and speaker agreement where BASIL's speaker is a person's name.
 * </ul>
 *
 * Gold offsets are into the text as given; the job's are into the cleaned text: {@link OffsetMap} maps them.
 */
final class QuotesBenchmark {
  /** Issue 12's floors for the shipped defaults on PolNeAR: direct-quote F1 and speaker accuracy. */
  static final double FLOOR_F1 = 0.90;
  static final double FLOOR_SPEAKER = 0.80;

  private QuotesBenchmark() {}

  private record Found(String kind, int start, int end, String speakerText, String speaker) {}

  static int run(Path input, boolean check, PrintStream out) throws Exception {
    Bench.CliRun run = Bench.runCli("quotes", input);
    if (!run.ok()) {
      out.println("run failed: " + run.code());
      return 1;
    }
    Path output = run.output();
    double seconds = run.seconds();
    Map<String, String> texts = new HashMap<>();
    Map<String, List<Found>> found = new HashMap<>();
    SparkSession spark = SparkSessions.create("parallax-bench-quotes");
    try {
      for (Row r : spark.read().parquet(output.resolve(Reports.ARTICLES.name()).toString())
          .select(col("article_id"), col("text")).collectAsList()) {
        texts.put(r.getString(0), r.getString(1));
      }
      for (Row r : spark.read().parquet(output.resolve(Reports.QUOTES.name()).toString())
          .select(col("article_id"), col("kind"), col("char_start"), col("char_end"), col("speaker_as_written"),
              col("speaker")).collectAsList()) {
        found.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
            .add(new Found(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5)));
      }
    } finally {
      spark.stop();
    }
    Map<String, QuoteScore> bySplit = new LinkedHashMap<>();
    long[] basil = new long[6]; // spans quoted, inside marks, inside any quotation, with a person speaker, agreeing, not located
    ObjectMapper json = new ObjectMapper();
    int articles = 0;
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = json.readTree(line);
        String id = a.path("id").asText();
        String given = a.path("text").asText("");
        String analysed = texts.get(id);
        List<Found> quotes = found.getOrDefault(id, List.of());
        articles++;
        OffsetMap map = analysed == null ? null : new OffsetMap(given, analysed);
        if (a.has("quotes")) {
          scorePolnear(a, id, analysed, map, quotes, bySplit);
        }
        if (a.has("bias_spans")) {
          scoreBasil(a, map, quotes, basil);
        }
      }
    }
    out.printf(Locale.ROOT, "input %s: %d articles; run %.1f s%n", input, articles, seconds);
    int failed = 0;
    for (Map.Entry<String, QuoteScore> e : bySplit.entrySet()) {
      QuoteScore s = e.getValue();
      out.printf(Locale.ROOT, "%s: direct quotes P %.4f R %.4f F1 %.4f (%d found right, %d extra, %d missed, of which %d are "
          + "not in the analysed text); speaker accuracy %.4f (%d of %d); attributions found %.4f (%d of %d), those "
          + "not direct quotations %.4f (%d of %d); found by kind %s%n", e.getKey(), s.precision(), s.recall(),
          s.f1(), s.truePositives, s.falsePositives, s.falseNegatives, s.goldNotLocated, s.speakerAccuracy(),
          s.speakerRight, s.speakerMatched, ratio(s.attributionsFound, s.attributions), s.attributionsFound,
          s.attributions, ratio(s.indirectAttributionsFound, s.indirectAttributions), s.indirectAttributionsFound,
          s.indirectAttributions, s.foundByKind);
      if (e.getKey().equals("all") && check && (s.f1() < FLOOR_F1 || s.speakerAccuracy() < FLOOR_SPEAKER)) {
        out.printf(Locale.ROOT, "FAIL: direct-quote F1 %.4f (floor %.2f), speaker accuracy %.4f (floor %.2f)%n",
            s.f1(), FLOOR_F1, s.speakerAccuracy(), FLOOR_SPEAKER);
        failed = 1;
      }
    }
    if (bySplit.containsKey("all")) {
      Path errors = Path.of("target/bench/quotes-errors.tsv");
      Files.createDirectories(errors.getParent());
      Files.write(errors, bySplit.get("all").examples);
      out.println("errors (missed, extra, wrong speaker): " + errors);
    }
    if (basil[0] > 0) {
      out.printf(Locale.ROOT, "BASIL bias spans in quotes (quote == yes): %d; inside a quotation in marks %.4f (%d), "
          + "inside any found quotation %.4f (%d); %d not in the analysed text%n", basil[0], ratio(basil[1], basil[0]),
          basil[1], ratio(basil[2], basil[0]), basil[2], basil[5]);
      out.printf(Locale.ROOT, "BASIL speaker agreement where the speaker is a person's name and the span is inside a "
          + "found quotation with a speaker: %.4f (%d of %d)%n", ratio(basil[4], basil[3]), basil[4], basil[3]);
    }
    return failed;
  }

  private static void scorePolnear(JsonNode a, String id, String analysed, OffsetMap map, List<Found> quotes,
      Map<String, QuoteScore> bySplit) {
    List<QuoteScore.Span> gold = new ArrayList<>();
    int notLocated = 0;
    for (JsonNode q : a.path("quotes")) {
      int[] span = map == null ? null : map.span(q.path("start").asInt(), q.path("end").asInt());
      if (span == null) {
        notLocated++;
        continue;
      }
      gold.add(new QuoteScore.Span(span[0], span[1], q.path("speaker").isTextual() ? q.path("speaker").asText() : null));
    }
    List<QuoteScore.Span> contents = new ArrayList<>();
    for (JsonNode at : a.path("attributions")) {
      for (JsonNode c : at.path("content")) {
        int[] span = map == null ? null : map.span(c.path("start").asInt(), c.path("end").asInt());
        if (span != null) {
          contents.add(new QuoteScore.Span(span[0], span[1], null));
        }
      }
    }
    List<QuoteScore.Found> f = quotes.stream()
        .map(q -> new QuoteScore.Found(q.start(), q.end(), q.kind(), q.speakerText(), q.speaker())).toList();
    List<String> splits = a.hasNonNull("split") ? List.of("all", a.get("split").asText()) : List.of("all");
    for (String split : splits) {
      QuoteScore s = bySplit.computeIfAbsent(split, k -> new QuoteScore());
      s.goldNotLocated += notLocated;
      s.falseNegatives += notLocated; // the job never saw them (cleaning dropped their lines): missed all the same
      s.add(id, analysed == null ? "" : analysed, gold, contents, f);
    }
  }

  private static void scoreBasil(JsonNode a, OffsetMap map, List<Found> quotes, long[] counts) {
    for (JsonNode s : a.path("bias_spans")) {
      if (!"yes".equals(s.path("quote").asText()) || !s.has("text_start")) {
        continue;
      }
      counts[0]++;
      int[] span = map == null ? null : map.span(s.get("text_start").asInt(), s.get("text_end").asInt());
      if (span == null) {
        counts[5]++;
        continue;
      }
      Found inMarks = null;
      Found any = null;
      for (Found q : quotes) {
        if (q.start() <= span[0] && span[1] <= q.end()) {
          any = any == null ? q : any;
          if (!q.kind().equals("indirect")) {
            inMarks = inMarks == null ? q : inMarks;
          }
        }
      }
      counts[1] += inMarks != null ? 1 : 0;
      counts[2] += any != null ? 1 : 0;
      String speaker = s.path("speaker").asText("").replace('_', ' ').strip();
      Found q = inMarks != null ? inMarks : any;
      if (q != null && q.speakerText() != null && person(speaker)) {
        counts[3]++;
        counts[4] += QuoteScore.sameSpeaker(speaker, q.speakerText()) || QuoteScore.sameSpeaker(speaker, q.speaker())
            ? 1 : 0;
      }
    }
  }

  private static final java.util.Set<String> GROUP_WORDS = java.util.Set.of("democrats", "republicans", "lawmakers",
      "party", "campaign", "administration", "house", "senate", "committee", "department", "officials",
      "supporters", "members", "leaders", "group", "office", "court", "agency", "police", "news");

  /**
   * A person's name as BASIL writes speakers: two or more capitalised words, not a group ("other_anti",
   * "House_Democrats", "Obama_campaign").
   */
  private static boolean person(String speaker) {
    String[] words = speaker.split("\\s+");
    if (words.length < 2 || speaker.toLowerCase(Locale.ROOT).startsWith("other")) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || GROUP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0.0 : (double) a / b;
  }
}
