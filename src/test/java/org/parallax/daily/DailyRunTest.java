package org.parallax.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.EndToEndTest.Result;
import org.parallax.cli.ExitCode;

/**
 * Daily runs through the real CLI: three days of two stories run day by day into one output, then one run
 * over all of it. Stories keep their ids across days, each day reports its own articles (with run_id and
 * day), an undated article belongs to the first day that read it, running a day again replaces that day
 * only, and the days agree with the one run.
 */
@Tag("slow")
class DailyRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] DAYS = {"2024-03-04", "2024-03-05", "2024-03-06"};

  @TempDir
  static Path tmp;

  static Path input;
  static Path daily;
  static Path once;
  static List<String> stdouts = new ArrayList<>();

  @BeforeAll
  static void runTheDays() throws Exception {
    System.setProperty("spark.master", "local[2]");
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.sql.shuffle.partitions", "2");
    System.setProperty("spark.driver.host", "127.0.0.1");
    input = tmp.resolve("news.jsonl");
    List<String> lines = new ArrayList<>();
    lines.add(article("quake-ap", "AP", "2024-03-04T09:00:00Z", "Earthquake and tsunami hit northeastern Japan",
        "A magnitude 9 earthquake struck off northeastern Japan, triggering a tsunami that swept over Sendai; the "
            + "Fukushima nuclear plant lost power and engineers struggled to cool its reactors."));
    lines.add(article("quake-reuters", "Reuters", "2024-03-04T11:00:00Z", "Tsunami sweeps Sendai after quake",
        "Japan was hit by a magnitude 9 earthquake and tsunami; waves swept through Sendai and the Fukushima "
            + "nuclear plant lost cooling power for its reactors."));
    lines.add(article("quake-bbc", "BBC", "2024-03-05T08:00:00Z", "Fukushima engineers fight to cool reactors",
        "After the earthquake and tsunami in northeastern Japan, engineers at the Fukushima nuclear plant fought "
            + "to restore cooling power to the reactors near Sendai."));
    lines.add(article("vote-ap", "AP", "2024-03-05T15:00:00Z", "Wisconsin senate passes union bill",
        "Wisconsin senators passed the collective bargaining bill for public unions after Democrats left the "
            + "state capitol in Madison; Governor Walker praised the vote."));
    lines.add(article("vote-fox", "Fox News", "2024-03-05T18:00:00Z", "Walker wins union vote",
        "The Wisconsin senate approved Governor Walker's collective bargaining bill for public unions while "
            + "Democrats stayed away from Madison and the state capitol."));
    lines.add(article("vote-nyt", "NYT", "2024-03-06T07:00:00Z", "Unions vow to fight Wisconsin bill",
        "Public unions in Wisconsin vowed to challenge the collective bargaining bill that Governor Walker and "
            + "the state senate passed in Madison while Democrats were away."));
    lines.add(article("recipe", "Blog", "2024-03-06T12:00:00Z", "Shortbread",
        "Whisk flour, butter and sugar, then bake the shortbread for twenty minutes until golden."));
    lines.add(article("undated-quake", "Blog", null, "Fukushima cooling",
        "Engineers at the Fukushima nuclear plant in Japan restored cooling power to the reactors after the "
            + "earthquake and tsunami near Sendai."));
    Files.write(input, lines);
    daily = tmp.resolve("daily");
    once = tmp.resolve("once");
    for (String day : DAYS) {
      Result r = cli("run", "--input", input.toString(), "--output", daily.toString(), "--day", day, "--set",
          "run.html=false");
      assertEquals(ExitCode.OK, r.code(), r.stderr());
      stdouts.add(r.stdout());
    }
    Result r = cli("run", "--input", input.toString(), "--output", once.toString(), "--set", "run.html=false");
    assertEquals(ExitCode.OK, r.code(), r.stderr());
  }

  private static String article(String id, String outlet, String date, String title, String text) throws Exception {
    ObjectNode o = JSON.createObjectNode().put("id", id).put("outlet", outlet).put("title", title).put("text", text);
    if (date != null) {
      o.put("date", date);
    }
    return JSON.writeValueAsString(o);
  }

  private static Result cli(String... args) {
    return org.parallax.EndToEndTest.cli(args);
  }

  private static SparkSession spark() {
    return SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
  }

  /** article_id to cluster_id of one report folder. */
  private static Map<String, String> clusters(Path articles) {
    Map<String, String> m = new TreeMap<>();
    for (Row r : spark().read().parquet(articles.toString()).select("article_id", "cluster_id").collectAsList()) {
      m.put(r.getString(0), r.getString(1));
    }
    return m;
  }

  private static Path day(String d) {
    return daily.resolve("day=" + d);
  }

  @Test
  void eachDayReportsItsOwnArticlesWithRunIdAndDay() throws Exception {
    assertEquals(List.of("quake-ap", "quake-reuters", "undated-quake"),
        List.copyOf(clusters(day(DAYS[0]).resolve("articles")).keySet()), "the undated article is the first day's");
    assertEquals(List.of("quake-bbc", "vote-ap", "vote-fox"), List.copyOf(clusters(day(DAYS[1]).resolve("articles"))
        .keySet()));
    assertEquals(List.of("recipe", "vote-nyt"), List.copyOf(clusters(day(DAYS[2]).resolve("articles")).keySet()));
    JsonNode manifest = JSON.readTree(day(DAYS[1]).resolve("manifest.json").toFile());
    String runId = manifest.get("run_id").asText();
    List<Row> rows = spark().read().parquet(day(DAYS[1]).resolve("coverage").toString())
        .select("run_id", "day").distinct().collectAsList();
    assertEquals(1, rows.size());
    assertEquals(runId, rows.get(0).getString(0));
    assertEquals(java.sql.Date.valueOf(DAYS[1]), rows.get(0).getDate(1));
    assertEquals(DAYS[1], manifest.get("daily").get("day").asText());
    assertTrue(manifest.get("daily").get("state_from").asText().endsWith("day=" + DAYS[0]));
    JsonNode counts = manifest.get("counts");
    for (org.parallax.report.ManifestFields.Count c : org.parallax.report.ManifestFields.Count.values()) {
      // these runs leave the HTML report out (run.html=false), and its counts with it
      assertEquals(!c.stage.equals("html"), counts.has(c.key), "a daily run counts " + c.key);
    }
    assertEquals(3, counts.get("articles_of_day").asLong());
    assertEquals(6, counts.get("articles_in_window").asLong(), "the day and the first day's three");
    assertEquals(counts.get("articles_accepted").asLong(),
        counts.get("articles_in_window").asLong() + counts.get("articles_outside_window").asLong());
    assertTrue(stdouts.get(1).contains("day " + DAYS[1] + ": 3 articles of the day, 6 with the lookback"),
        stdouts.get(1));
  }

  @Test
  void storiesKeepTheirIdsAcrossDaysAndAgreeWithOneRun() {
    Map<String, String> all = new TreeMap<>();
    for (String d : DAYS) {
      all.putAll(clusters(day(d).resolve("articles")));
    }
    assertEquals(all.get("quake-ap"), all.get("quake-bbc"), "the quake story continues on the second day");
    assertEquals(all.get("quake-ap"), all.get("undated-quake"));
    assertEquals(all.get("vote-ap"), all.get("vote-nyt"), "the vote story continues on the third day");
    assertNotEquals(all.get("quake-ap"), all.get("vote-ap"));
    assertNotEquals(all.get("recipe"), all.get("vote-nyt"));
    assertEquals(clusters(once.resolve("articles")), all, "the same stories, with the same ids, as one run");
    Map<String, String> members = clusters(day(DAYS[2]).resolve("story_members"));
    assertEquals(all, members, "the last day's state holds every article with its story");
    List<String> history = spark().read().parquet(day(DAYS[1]).resolve("story_history").toString())
        .orderBy("event").collectAsList().stream().map(r -> r.getString(0) + " " + r.getString(1) + " "
            + r.getLong(3)).toList();
    assertEquals(List.of(all.get("quake-ap") + " grew 1", all.get("vote-ap") + " new 2"), history);
    assertEquals(3L, spark().read().parquet(daily.resolve("stories").toString()).count(),
        "the top-level stories are the latest day's: quake, vote and recipe");
  }

  @Test
  void runningADayAgainReplacesThatDayOnly() throws Exception {
    Path first = Files.readSymbolicLink(day(DAYS[0]));
    Path second = Files.readSymbolicLink(day(DAYS[1]));
    Path third = Files.readSymbolicLink(day(DAYS[2]));
    List<Row> before = spark().read().parquet(day(DAYS[1]).resolve("framing_terms").toString()).drop("run_id")
        .collectAsList();
    Map<String, String> articlesBefore = clusters(day(DAYS[1]).resolve("articles"));
    Result r = cli("run", "--input", input.toString(), "--output", daily.toString(), "--day", DAYS[1], "--set",
        "run.html=false");
    assertEquals(ExitCode.OK, r.code(), r.stderr());
    assertEquals(first, Files.readSymbolicLink(day(DAYS[0])));
    assertEquals(third, Files.readSymbolicLink(day(DAYS[2])));
    assertNotEquals(second, Files.readSymbolicLink(day(DAYS[1])), "the day was replaced");
    assertEquals(articlesBefore, clusters(day(DAYS[1]).resolve("articles")));
    assertEquals(before, spark().read().parquet(day(DAYS[1]).resolve("framing_terms").toString()).drop("run_id")
        .collectAsList(), "same input, same rows, same order");
    assertTrue(!r.stdout().contains("published"), "a past day does not replace the latest stories: " + r.stdout());
  }

  @Test
  void aDayWithNoArticleInItsWindowCarriesTheStoriesForward() throws Exception {
    String quiet = "2024-03-20";
    Result r = cli("run", "--input", input.toString(), "--output", daily.toString(), "--day", quiet);
    assertEquals(ExitCode.OK, r.code(), r.stderr());
    assertTrue(r.stdout().contains("0 articles of the day, 0 with the lookback, 3 stories known"), r.stdout());
    assertEquals(0L, spark().read().parquet(day(quiet).resolve("articles").toString()).count());
    assertEquals(clusters(day(DAYS[2]).resolve("story_members")), clusters(day(quiet).resolve("story_members")),
        "the state is the day before's");
    assertEquals(3L, spark().read().parquet(daily.resolve("stories").toString()).count());
  }

  @Test
  void theDocumentedDailyQueriesRunAsWritten() throws Exception {
    int queries = 0;
    for (String doc : List.of("README.md", "docs/reports.md")) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("```sql\n(.*?)```", java.util.regex.Pattern.DOTALL)
          .matcher(Files.readString(Path.of(doc), StandardCharsets.UTF_8));
      while (m.find()) {
        for (String sql : m.group(1).split(";")) {
          if (sql.contains("target/sample-daily")) {
            List<List<String>> rows = org.parallax.report.DuckDb.query(sql.replace("target/sample-daily",
                daily.toString()));
            assertTrue(!rows.isEmpty(), doc + " query returned no rows:\n" + sql);
            queries++;
          }
        }
      }
    }
    assertTrue(queries >= 2, "daily queries found: " + queries);
  }

  @Test
  void aDailyOutputIsNeitherARunOutputNorSomeoneElsesFolder() throws Exception {
    Result intoRun = cli("run", "--input", input.toString(), "--output", once.toString(), "--day", DAYS[0]);
    assertEquals(ExitCode.CANT_CREATE, intoRun.code());
    assertTrue(intoRun.stderr().contains("holds the reports of a run over all the input"), intoRun.stderr());
    Path other = tmp.resolve("other");
    Files.createDirectories(other.resolve("photos"));
    Result intoOther = cli("run", "--input", input.toString(), "--output", other.toString(), "--day", DAYS[0]);
    assertEquals(ExitCode.CANT_CREATE, intoOther.code());
    assertTrue(intoOther.stderr().contains("holds photos"), intoOther.stderr());
    assertEquals(ExitCode.USAGE, cli("run", "--input", input.toString(), "--output", other.toString(), "--day",
        "2024-3-4").code());
    assertEquals(ExitCode.USAGE, cli("run", "--input", input.toString(), "--output", other.toString(),
        "--lookback", "2").code());
  }
}
