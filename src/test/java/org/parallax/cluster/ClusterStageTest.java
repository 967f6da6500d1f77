package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.config.ParallaxConfig;
import org.parallax.graph.ConnectedComponents;
import org.parallax.pipeline.Pipeline;

/** Features, candidate pairs and clusters on a small corpus of two stories, a look-alike and a loner. */
class ClusterStageTest extends SparkTest {
  private static final StructType ARTICLES = new StructType()
      .add("article_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
      .add("published_at", DataTypes.TimestampType).add("text", DataTypes.StringType)
      .add("url", DataTypes.StringType).add("title", DataTypes.StringType);

  private static Row a(String id, String outlet, String day, String text) {
    return RowFactory.create(id, outlet, day == null ? null : Timestamp.from(Instant.parse(day + "T12:00:00Z")), text,
        null, null);
  }

  private Dataset<Row> corpus() {
    return spark.createDataFrame(List.of(
        a("quake-1", "AP", "2011-03-11", "A magnitude 9 earthquake struck off northeastern Japan, triggering a tsunami "
            + "that swept over Sendai; the Fukushima nuclear plant lost power."),
        a("quake-2", "Reuters", "2011-03-11", "Japan was hit by a magnitude 9 earthquake and tsunami; waves swept "
            + "through Sendai and the Fukushima nuclear plant lost cooling power."),
        a("quake-3", "BBC", "2011-03-12", "After the earthquake and tsunami in northeastern Japan, engineers at the "
            + "Fukushima nuclear plant fought to restore cooling power near Sendai."),
        a("vote-1", "AP", "2011-03-11", "Wisconsin senators passed the collective bargaining bill for public "
            + "unions after Democrats left the state capitol in Madison."),
        a("vote-2", "Fox News", "2011-03-10", "The Wisconsin senate approved Governor Walker's collective bargaining "
            + "bill for public unions while Democrats stayed away from Madison."),
        // The Wisconsin story's words, two years later: a different event.
        a("vote-2013", "AP", "2013-06-01", "Two years after Democrats left Madison, Wisconsin senators passed "
            + "another bill on collective bargaining for public unions at the state capitol."),
        // The first Wisconsin report republished word for word two years later: still the 2011 story.
        a("vote-1-republished", "Blog", "2014-01-15", "Wisconsin senators passed the collective bargaining bill "
            + "for public unions after Democrats left the state capitol in Madison."),
        a("recipe", "Blog", null, "Whisk flour, butter and sugar, then bake the shortbread for twenty minutes.")),
        ARTICLES);
  }

  /** The job's pipeline, from these articles through the cluster stage. */
  private Dataset<Row> cluster(Dataset<Row> articles, ParallaxConfig cfg) {
    return Pipeline.onArticles(spark, cfg, articles).cluster().articles();
  }

  private static Map<String, String> groups(Dataset<Row> clustered) {
    return new TreeMap<>(clustered.collectAsList().stream().collect(
        Collectors.groupingBy(r -> (String) r.getAs("cluster_id"), Collectors.mapping(r -> (String) r.getAs("article_id"),
            Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().sorted().collect(Collectors.joining(",")))))));
  }

  private String idOf(String articleId) {
    return spark.sql("SELECT concat('s', substr(sha1(cast('" + articleId + "' AS binary)), 1, 12))").first().getString(0);
  }

  @Test
  void clustersFollowStoriesAndTime() {
    ParallaxConfig cfg = new ParallaxConfig();
    cfg.features.minDf = 1;
    Pipeline run = Pipeline.onArticles(spark, cfg, corpus()).through(ClusterStage.NAME);
    assertTrue(run.similarity().pairs().filter("article_a = 'recipe' OR article_b = 'recipe'").isEmpty(),
        "an article sharing no rare term with any other is never compared");
    Dataset<Row> pairs = run.cluster().pairs();
    assertTrue(pairs.filter("article_b = 'vote-2013' OR article_a = 'vote-2013'").isEmpty(),
        "articles 800 days apart are never linked");
    assertEquals(1, pairs.filter("article_a = 'vote-1' AND article_b = 'vote-1-republished' AND is_copy").count(),
        "a copy is linked whatever its date");
    Dataset<Row> clustered = run.cluster().articles();
    Map<String, String> groups = groups(clustered);
    assertEquals(List.of("quake-1,quake-2,quake-3", "recipe", "vote-1,vote-1-republished,vote-2", "vote-2013"),
        groups.values().stream().sorted().toList());
    // Deterministic ids, from the earliest article (quake-1 and quake-2 share a day: then the smaller id).
    assertEquals(idOf("quake-1"), clustered.filter("article_id = 'quake-3'").first().getAs("cluster_id"));
    assertEquals(idOf("vote-2"), clustered.filter("article_id = 'vote-1'").first().getAs("cluster_id"));
  }

  private static Row titled(String id, String outlet, String title, String text) {
    return RowFactory.create(id, outlet, Timestamp.from(Instant.parse("2021-10-18T12:00:00Z")), text, null, title);
  }

  @Test
  void twoAnglesOnOneStoryWithAlikeTitlesAreOneStoryOnlyWhenTitlesCount() {
    Dataset<Row> articles = spark.createDataFrame(List.of(
        titled("left", "CNN", "Supreme Court sides with police officers in two qualified immunity cases",
            "In two unsigned opinions Monday, the justices granted qualified immunity to officers accused of "
                + "excessive force. Critics of the doctrine said the rulings leave victims without a remedy in "
                + "federal court, and civil rights groups asked Congress to act."),
        titled("center", "CNBC", "Supreme Court sides with police officers seeking qualified immunity in two cases",
            "The court overturned two appellate decisions that had let lawsuits proceed against officers in "
                + "California and Oklahoma, according to the periodic list of orders posted Monday; both turned on "
                + "qualified immunity and the precedent a plaintiff must show."),
        titled("other", "Fox", "Senate passes stopgap bill to avert government shutdown",
            "The Senate voted Thursday to fund the government through December, sending the bill to the House "
                + "before a midnight deadline."),
        titled("storm", "AP", "Storm brings heavy rain and flooding to the Gulf Coast",
            "Forecasters warned of flash floods as the storm moved inland overnight, and thousands lost power."),
        titled("game", "ESPN", "Rangers beat Devils in overtime",
            "A late goal in overtime gave the Rangers their third straight win at Madison Square Garden.")),
        ARTICLES);
    ParallaxConfig cfg = new ParallaxConfig();
    cfg.features.minDf = 1;
    Pipeline run = Pipeline.onArticles(spark, cfg, articles).through(ClusterStage.NAME);
    List<Row> pairs = run.cluster().pairs().filter("article_a = 'center' AND article_b = 'left'").collectAsList();
    assertEquals(1, pairs.size(), "the two are compared");
    Row pair = pairs.get(0);
    double text = pair.<Double>getAs("similarity");
    double title = pair.<Double>getAs("title_similarity");
    assertTrue(text < cfg.cluster.threshold && cfg.cluster.titleWeight * title >= cfg.cluster.threshold,
        "texts alone below the threshold (" + text + "), the titles above it (" + title + ")");
    assertEquals(List.of("center,left", "game", "other", "storm"),
        groups(run.cluster().articles()).values().stream().sorted().toList());
    cfg.cluster.titleWeight = 0;
    assertEquals(List.of("center", "game", "left", "other", "storm"),
        groups(cluster(articles, cfg)).values().stream().sorted().toList());
  }

  @Test
  void addingLaterArticlesDoesNotRenumberExistingStories() {
    ParallaxConfig cfg = new ParallaxConfig();
    cfg.features.minDf = 1;
    Map<String, String> before = groups(cluster(corpus(), cfg));
    Dataset<Row> more = corpus().unionByName(spark.createDataFrame(List.of(
        // joins the quake story, published later, with an id that sorts before every other
        a("a-quake-followup", "NHK", "2011-03-13", "Engineers at the Fukushima nuclear plant near Sendai still "
            + "fought to restore cooling power after the magnitude 9 earthquake and tsunami hit Japan."),
        a("budget", "AP", "2011-03-14", "Congress agreed a stopgap budget to keep the federal government open for "
            + "three more weeks.")), ARTICLES));
    Map<String, String> after = groups(cluster(more, cfg));
    assertEquals("a-quake-followup,quake-1,quake-2,quake-3", after.get(idOf("quake-1")));
    for (Map.Entry<String, String> story : before.entrySet()) {
      assertTrue(after.containsKey(story.getKey()), "story " + story.getValue() + " kept its id " + story.getKey());
    }
    assertEquals(before.size() + 1, after.size(), "one new story (budget)");
  }

  @Test
  void connectedComponentsOfAChain() {
    StructType edges = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
    Dataset<Row> chain = spark.createDataFrame(List.of(RowFactory.create("e", "f"), RowFactory.create("d", "e"),
        RowFactory.create("c", "d"), RowFactory.create("b", "c"), RowFactory.create("a", "b"),
        RowFactory.create("x", "y")), edges);
    Map<String, String> label = new TreeMap<>();
    ConnectedComponents.of(chain, "a", "b", 50).collectAsList()
        .forEach(r -> label.put(r.getAs("vertex"), r.getAs("label")));
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "d", "a", "e", "a", "f", "a", "x", "x", "y", "x"), label);
  }
}
