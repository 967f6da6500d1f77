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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.report.Reports;
import org.parallax.spark.SparkSessions;

/**
 * How well the entities stage names whom articles are about, and its tone toward them: runs the real CLI on a
 * file and scores {@code entity_mentions}.
 *
 * <ul>
 *   <li>A file in BASIL's format ({@code main_entities} per article, {@code article_labels} with
 *       {@code author_feeling_<Entity>}): the share of main entities the article's mentions name (full name or
 *       last name), how many of those are typed person, how often the article's most-named entity is a main one;
 *       and the mean tone the stage gives a main entity (own words) per annotated author feeling (neg, neu, pos).
 *   <li>A file in PolNeAR's format ({@code quotes} with a {@code speaker}): the share of named speakers (a
 *       capitalised speaker, not a pronoun) that the article's person mentions include.
 * </ul>
 *
 * Only the articles the stage reads count (those of stories covered by two or more outlets); how many is printed.
 */
final class EntitiesBenchmark {
  /** Floor for the shipped defaults on BASIL: main entities the article writes as given, found there. */
  static final double FLOOR_MAIN_RECALL = 0.85;

  private EntitiesBenchmark() {}

  private record Mention(String entity, String written, String kind, boolean quoted, double tone) {}

  static int run(Path input, boolean check, PrintStream out) throws Exception {
    Bench.CliRun run = Bench.runCli("entities", input);
    if (!run.ok()) {
      out.println("run failed: " + run.code());
      return 1;
    }
    Path output = run.output();
    double seconds = run.seconds();
    Map<String, List<Mention>> byArticle = new HashMap<>();
    SparkSession spark = SparkSessions.create("parallax-bench-entities");
    try {
      for (Row r : spark.read().parquet(output.resolve(Reports.ENTITY_MENTIONS.name()).toString())
          .select(col("article_id"), col("entity"), col("name_as_written"), col("kind"), col("in_quote"),
              col("tone_score")).collectAsList()) {
        byArticle.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
            .add(new Mention(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4), r.getDouble(5)));
      }
    } finally {
      spark.stop();
    }
    ObjectMapper json = new ObjectMapper();
    long articles = 0;
    long read = 0;
    // main entities, named, named as person, articles with one, top entity is main, written in the text, named of those
    long[] main = new long[7];
    Map<String, double[]> toneByFeeling = new java.util.TreeMap<>(); // feeling -> sum, count
    long[] speakers = new long[2]; // named speakers, among the article's persons
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = json.readTree(line);
        articles++;
        List<Mention> mentions = byArticle.get(a.path("id").asText());
        if (mentions == null) {
          continue; // not in a compared story
        }
        read++;
        if (a.has("main_entities") && a.path("main_entities").size() > 0) {
          scoreMain(a, mentions, main, toneByFeeling);
        }
        for (JsonNode q : a.path("quotes")) {
          String speaker = q.path("speaker").asText("").strip();
          if (speaker.isEmpty() || !Character.isUpperCase(speaker.charAt(0)) || isPronoun(speaker)) {
            continue;
          }
          speakers[0]++;
          String last = lastWord(speaker);
          if (mentions.stream().anyMatch(m -> m.kind().equals("person") && (lastWord(m.entity()).equals(last)
              || lastWord(m.written()).equals(last)))) {
            speakers[1]++;
          }
        }
      }
    }
    out.printf(Locale.ROOT, "input %s: %d articles, %d of them in compared stories (read by the entities stage); "
        + "run %.1f s%n", input, articles, read, seconds);
    int failed = 0;
    if (main[0] > 0) {
      double recall = ratio(main[6], main[5]);
      out.printf(Locale.ROOT, "BASIL main entities found in their article: %.4f (%d of %d; groups such as 'Republican "
          + "lawmakers' included); of those the text writes as given: %.4f (%d of %d); found ones typed person %.4f (%d); "
          + "the article's most-named entity is a main one: %.4f (%d of %d articles)%n", ratio(main[1], main[0]),
          main[1], main[0], recall, main[6], main[5], ratio(main[2], main[1]), main[2], ratio(main[4], main[3]),
          main[4], main[3]);
      for (Map.Entry<String, double[]> e : toneByFeeling.entrySet()) {
        out.printf(Locale.ROOT, "BASIL author feeling %s toward a main entity: mean tone %.4f over %d (article, "
            + "entity) pairs%n", e.getKey(), e.getValue()[0] / e.getValue()[1], (long) e.getValue()[1]);
      }
      if (check && recall < FLOOR_MAIN_RECALL) {
        out.printf(Locale.ROOT, "FAIL: main entities the text writes, found %.4f (floor %.2f)%n", recall,
            FLOOR_MAIN_RECALL);
        failed = 1;
      }
    }
    if (speakers[0] > 0) {
      out.printf(Locale.ROOT, "PolNeAR named speakers among the article's person mentions: %.4f (%d of %d)%n",
          ratio(speakers[1], speakers[0]), speakers[1], speakers[0]);
    }
    return failed;
  }

  private static void scoreMain(JsonNode a, List<Mention> mentions, long[] main, Map<String, double[]> toneByFeeling) {
    main[3]++;
    Map<String, Integer> counts = new HashMap<>();
    mentions.forEach(m -> counts.merge(m.entity(), 1, Integer::sum));
    String top = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).findFirst().orElse(null);
    boolean topIsMain = false;
    for (JsonNode e : a.path("main_entities")) {
      String name = e.asText();
      main[0]++;
      List<Mention> named = mentions.stream().filter(m -> same(m.entity(), name) || same(m.written(), name)).toList();
      // Annotators also list groups ("Republican lawmakers", "police"): the names the text writes as such count apart.
      boolean written = (a.path("title").asText("") + "\n" + a.path("text").asText("")).contains(name);
      main[5] += written ? 1 : 0;
      main[6] += written && !named.isEmpty() ? 1 : 0;
      if (!named.isEmpty()) {
        main[1]++;
        if (named.stream().anyMatch(m -> m.kind().equals("person"))) {
          main[2]++;
        }
        topIsMain |= top != null && named.stream().anyMatch(m -> m.entity().equals(top));
        String feeling = a.path("article_labels").path("author_feeling_" + name.replace(' ', '_')).asText("");
        feeling = feeling.replace("str-", "");
        double[] own = named.stream().filter(m -> !m.quoted()).mapToDouble(Mention::tone).toArray();
        if (!feeling.isEmpty() && own.length > 0) {
          double[] acc = toneByFeeling.computeIfAbsent(feeling, k -> new double[2]);
          acc[0] += java.util.Arrays.stream(own).average().orElse(0);
          acc[1]++;
        }
      }
    }
    main[4] += topIsMain ? 1 : 0;
  }

  /** The same entity: the same name, or the same last word ("Obama", "Barack Obama"), case aside. */
  private static boolean same(String found, String gold) {
    String f = found.toLowerCase(Locale.ROOT);
    String g = gold.toLowerCase(Locale.ROOT);
    return f.equals(g) || lastWord(f).equals(lastWord(g));
  }

  private static String lastWord(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "").split("\\s+");
    return w[w.length - 1];
  }

  private static boolean isPronoun(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "he", "she", "they", "i", "we", "it", "you" -> true;
      default -> false;
    };
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
