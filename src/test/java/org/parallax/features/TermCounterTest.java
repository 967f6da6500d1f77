package org.parallax.features;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;

class TermCounterTest extends SparkTest {
  private static final String[] VOCABULARY = {"balloon", "spy", "spy balloon", "china", "shot", "down", "shot down",
      "pentagon", "said"};

  private Dataset<Row> tokens() {
    StructType schema = new StructType().add("id", DataTypes.StringType)
        .add("tokens", DataTypes.createArrayType(DataTypes.StringType));
    return spark.createDataFrame(List.of(
        RowFactory.create("a", List.of("spy", "balloon", "shot", "down", "spy", "balloon", "pentagon", "said")),
        RowFactory.create("b", List.of("china", "said", "balloon", "civilian", "spy", "balloon")),
        RowFactory.create("c", List.of("weather")),
        RowFactory.create("d", List.of())), schema);
  }

  /** MLlib's chain the counter replaces: NGram, terms plus the lead's terms, CountVectorizerModel. */
  private static List<Row> mllib(Dataset<Row> in, int lead) {
    NGram bigrams = new NGram().setN(2).setInputCol("tokens").setOutputCol("_bigrams");
    SQLTransformer terms = new SQLTransformer().setStatement("SELECT *, concat(tokens, _bigrams, slice(tokens, 1, "
        + lead + "), slice(_bigrams, 1, " + lead + ")) AS _counted FROM __THIS__");
    CountVectorizerModel counts = new CountVectorizerModel(VOCABULARY).setInputCol("_counted").setOutputCol("tf");
    return new Pipeline().setStages(new PipelineStage[] {bigrams, terms, counts}).fit(in).transform(in)
        .orderBy("id").select("tf").collectAsList();
  }

  @Test
  void countsTokensPairsAndTheLeadAsNgramThenCountVectorizerDo() {
    List<Row> ours = new TermCounter(VOCABULARY, true, 3, "tokens", "tf").transform(tokens()).orderBy("id")
        .select("tf").collectAsList();
    List<Row> theirs = mllib(tokens(), 3);
    assertEquals(theirs.size(), ours.size());
    for (int i = 0; i < ours.size(); i++) {
      SparseVector a = ((Vector) ours.get(i).get(0)).toSparse();
      SparseVector b = ((Vector) theirs.get(i).get(0)).toSparse();
      assertEquals(b.size(), a.size());
      assertArrayEquals(b.indices(), a.indices(), "row " + i);
      assertArrayEquals(b.values(), a.values(), 0.0, "row " + i);
    }
    // Article a: "spy balloon" twice, once more in the lead (its first 3 pairs); "spy" 2 + 1 (lead).
    SparseVector a = ((Vector) ours.get(0).get(0)).toSparse();
    assertEquals(3.0, a.apply(2));
    assertEquals(3.0, a.apply(1));
  }

  @Test
  void distinctTermsAreEachTokenAndPairOnce() {
    scala.collection.Seq<String> a = scala.jdk.javaapi.CollectionConverters.asScala(
        List.of("spy", "balloon", "shot", "down", "spy", "balloon", "pentagon", "said")).toSeq();
    assertEquals(List.of("spy", "balloon", "shot", "down", "pentagon", "said", "spy balloon", "balloon shot",
        "shot down", "down spy", "balloon pentagon", "pentagon said"), List.of(TermCounter.distinctTerms(a, true)));
  }

  @Test
  void termFingerprintsAreThoseOfTheTermsAsStrings() {
    java.util.Random random = new java.util.Random(3);
    java.util.Set<Long> seen = new java.util.HashSet<>();
    java.util.Set<String> distinct = new java.util.HashSet<>();
    for (int doc = 0; doc < 2_000; doc++) {
      List<String> tokens = new java.util.ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        // short words from a small alphabet, with letters beyond Latin-1: many near-identical strings
        StringBuilder w = new StringBuilder();
        for (int c = 1 + random.nextInt(4); c > 0; c--) {
          w.append("abé.\u0436\u4e2d".charAt(random.nextInt(6)));
        }
        tokens.add(w.toString());
      }
      scala.collection.Seq<String> seq = scala.jdk.javaapi.CollectionConverters.asScala(tokens).toSeq();
      for (boolean pairs : new boolean[] {false, true}) {
        String[] terms = TermCounter.distinctTerms(seq, pairs);
        long[] expected = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
          expected[i] = TermHash.of(terms[i]);
          if (distinct.add(terms[i])) {
            seen.add(expected[i]);
          }
        }
        assertArrayEquals(expected, TermCounter.distinctTermHashes(seq, pairs), String.join(" ", tokens));
      }
    }
    // no two of the distinct tokens and pairs share a fingerprint; "ab" + "c" is not "a" + "bc"
    assertEquals(distinct.size(), seen.size());
    assertTrue(distinct.size() > 10_000, "distinct terms: " + distinct.size());
    assertTrue(TermHash.of("ab c") != TermHash.of("a bc"));
    assertTrue(TermHash.of("spy balloon") != TermHash.of("balloon spy"));
  }
}
