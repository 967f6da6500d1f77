package org.parallax.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.spark.Rows;

class VocabularyTest extends SparkTest {
  private static final StructType SCHEMA = new StructType()
      .add("tokens", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /**
   * 400 token lists over a skewed vocabulary of 300 words: many terms share each document frequency, so
   * every vocabulary size below cuts through a tie, broken by the term.
   */
  private static Dataset<Row> corpus() {
    Random random = new Random(11);
    List<Row> rows = new ArrayList<>();
    for (int d = 0; d < 400; d++) {
      List<String> tokens = new ArrayList<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        int w = (int) Math.floor(300 * Math.pow(random.nextDouble(), 2.5));
        tokens.add(w % 7 == 0 ? "u.s-" + w : "w" + w);
      }
      rows.add(Rows.of(SCHEMA).set("tokens", tokens).build());
    }
    return spark.createDataFrame(rows, SCHEMA).repartition(3);
  }

  /** What the vocabulary was before fingerprints: every term as a string, counted, sorted, cut. */
  private static List<Row> reference(Dataset<Row> tokenized, boolean pairs, int minDf, int size) {
    UDF1<scala.collection.Seq<String>, String[]> distinct = t -> TermCounter.distinctTerms(t, pairs);
    return tokenized.select(explode(udf(distinct, DataTypes.createArrayType(DataTypes.StringType))
            .apply(col("tokens"))).as("term"))
        .groupBy("term").agg(count(lit(1)).as("df"))
        .filter(col("df").geq(minDf))
        .orderBy(col("df").desc(), col("term").asc())
        .limit(size)
        .collectAsList();
  }

  @Test
  void theSameTermsAndFrequenciesAsCountingEveryTermAsAString() {
    Dataset<Row> tokenized = corpus();
    int cutsThroughTies = 0;
    for (boolean pairs : new boolean[] {false, true}) {
      // (min_df, size): cuts through the frequent terms, through the long tail, and no cut at all
      for (int[] c : new int[][] {{1, 7}, {1, 333}, {3, 40}, {3, 100_000}}) {
        int minDf = c[0];
        int size = c[1];
        {
          List<Row> longer = reference(tokenized, pairs, minDf, size + 1);
          List<Row> expected = longer.subList(0, Math.min(size, longer.size()));
          if (longer.size() > size && longer.get(size - 1).getAs("df").equals(longer.get(size).getAs("df"))) {
            cutsThroughTies++;
          }
          Vocabulary v = Vocabulary.build(tokenized, "tokens", pairs, minDf, size);
          String where = "pairs=" + pairs + " min_df=" + minDf + " size=" + size;
          assertEquals(expected.size(), v.size(), where);
          String[] terms = new String[expected.size()];
          long[] df = new long[expected.size()];
          for (int i = 0; i < terms.length; i++) {
            terms[i] = expected.get(i).getAs("term");
            df[i] = expected.get(i).<Long>getAs("df");
          }
          assertArrayEquals(terms, v.terms(), where);
          for (int i = 0; i < df.length; i++) {
            assertEquals(df[i], v.df(i), where + " term " + terms[i]);
          }
          assertEquals(400, v.documents());
        }
      }
    }
    // the tie-break by term decides which terms make the list: the fixture must exercise it
    assertTrue(cutsThroughTies >= 2, "sizes that cut through a run of equal frequencies: " + cutsThroughTies);
  }
}
