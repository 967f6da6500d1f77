package org.parallax.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.config.ParallaxConfig;
import org.parallax.similarity.VectorFunctions;

class FeatureStageTest extends SparkTest {
  /** What two title fights of one champion share: the background, not the lead. */
  private static final String BACKGROUND = "Klitschko has held the heavyweight titles since beating Chris Byrd in "
      + "Germany. The Ukrainian champion trains in Austria, fights before sold-out arenas and has not lost a "
      + "bout in years. His brother Vitali also held a heavyweight belt, and promoters expect another title "
      + "defence next spring against a mandatory challenger from the sanctioning bodies.";

  private Dataset<Row> articles(String... texts) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      rows.add(RowFactory.create("a" + i, texts[i], null));
    }
    return spark.createDataFrame(rows, new StructType().add("article_id", DataTypes.StringType)
        .add("text", DataTypes.StringType).add("title", DataTypes.StringType));
  }

  private static ParallaxConfig.Features features(int leadWords) {
    ParallaxConfig.Features f = new ParallaxConfig().features;
    f.minDf = 1;
    f.leadWords = leadWords;
    return f;
  }

  /** Term -> weighted count for each article, in id order. */
  private static List<Map<String, Double>> counts(FeatureStage.Model model) {
    List<Row> rows = model.transformFitted().orderBy("article_id").select(FeatureStage.TF).collectAsList();
    return rows.stream().map(r -> {
      Vector v = r.getAs(0);
      Map<String, Double> m = new TreeMap<>();
      v.foreachActive((i, x) -> {
        m.put(model.vocabulary().term((Integer) i), (Double) x);
        return null;
      });
      return m;
    }).toList();
  }

  @Test
  void termsInTheLeadCountOnceMoreThanTheSameTermsLater() {
    String text = "Klitschko stops Rahman in seventh round. " + BACKGROUND + " Thompson watched from ringside.";
    // the lead: "klitschko stops rahman seventh round" (stop words do not count)
    Map<String, Double> lead = counts(FeatureStage.fit(articles(text), features(5))).get(0);
    assertEquals(2.0, lead.get("rahman"), 1e-9, lead.toString());
    assertEquals(2.0, lead.get("klitschko stops"), 1e-9, "bigrams of the lead count too");
    assertEquals(1.0, lead.get("thompson"), 1e-9, "a name after the lead counts once");
    assertEquals(1.0, lead.get("austria"), 1e-9, "the background counts once");
    assertEquals(3.0, lead.get("klitschko"), 1e-9, "twice in the text, once more in the lead");

    Map<String, Double> off = counts(FeatureStage.fit(articles(text), features(0))).get(0);
    assertEquals(1.0, off.get("rahman"), 1e-9, "lead_words = 0 counts every term as written");
    assertEquals(off.get("thompson"), off.get("rahman"), 1e-9);
  }

  @Test
  void twoEventsThatShareTheirBackgroundAreLessAlikeWhenLeadsCount() {
    Dataset<Row> two = articles(
        "Klitschko stops Rahman in the seventh round in Mannheim to keep three belts. " + BACKGROUND,
        "Klitschko stops Thompson in the sixth round in Bern, retaining his belts. " + BACKGROUND,
        "Rahman says the referee stopped the Mannheim fight too early, and Rahman wants a rematch.");
    double withLead = cosine(FeatureStage.fit(two, features(10)));
    double without = cosine(FeatureStage.fit(two, features(0)));
    assertTrue(withLead < without - 0.05, "with lead " + withLead + ", without " + without);
  }

  private static double cosine(FeatureStage.Model model) {
    List<Row> v = model.transformFitted().orderBy("article_id").select(FeatureStage.TFIDF).collectAsList();
    return VectorFunctions.dot(v.get(0).getAs(0), v.get(1).getAs(0));
  }

  @Test
  void theTitleHasItsOwnVectorFromTheTextsVocabularyAndNoTitleAnEmptyOne() {
    Dataset<Row> titled = spark.createDataFrame(List.of(
        RowFactory.create("a0", "Klitschko stops Rahman in the seventh round. " + BACKGROUND, "Klitschko stops Rahman"),
        RowFactory.create("a1", "Klitschko stops Thompson in Bern. " + BACKGROUND, "Klitschko retains titles"),
        RowFactory.create("a2", "Thompson wants a rematch after the Bern fight.", null)),
        new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("title", DataTypes.StringType));
    FeatureStage.Model model = FeatureStage.fit(titled, features(0));
    List<Row> rows = model.transformFitted().orderBy("article_id").select(FeatureStage.TITLE_TFIDF).collectAsList();
    Vector first = rows.get(0).getAs(0);
    Map<String, Double> terms = new TreeMap<>();
    first.foreachActive((i, x) -> {
      terms.put(model.vocabulary().term((Integer) i), (Double) x);
      return null;
    });
    assertEquals(java.util.Set.of("klitschko", "stops", "rahman", "klitschko stops", "stops rahman"), terms.keySet(),
        "the title's words and pairs only");
    assertEquals(1.0, Math.sqrt(terms.values().stream().mapToDouble(x -> x * x).sum()), 1e-9, "L2-normalised");
    assertTrue(terms.get("rahman") > terms.get("klitschko"), "IDF: Rahman is in fewer texts than Klitschko");
    assertEquals(0, ((Vector) rows.get(2).getAs(0)).numNonzeros(), "no title, no title terms");
  }
}
