package org.parallax.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;

/** NPMI over document co-occurrence, on four documents whose answers can be worked out by hand. */
class TopicCoherenceTest extends SparkTest {
  @Test
  void wordsAlwaysTogetherScoreOneNeverTogetherMinusOneAndATopicTheMeanOfItsPairs() {
    // terms 0 and 1 always together (documents 0 and 1), term 2 alone in documents 2 and 3, term 3 everywhere
    Dataset<Row> docs = spark.createDataFrame(List.of(
        RowFactory.create(Vectors.sparse(4, new int[] {0, 1, 3}, new double[] {2, 1, 1})),
        RowFactory.create(Vectors.sparse(4, new int[] {0, 1, 3}, new double[] {1, 3, 1})),
        RowFactory.create(Vectors.sparse(4, new int[] {2, 3}, new double[] {1, 1})),
        RowFactory.create(Vectors.sparse(4, new int[] {2, 3}, new double[] {4, 1}))),
        new StructType().add("counts", new VectorUDT()));
    double[] npmi = TopicCoherence.npmi(docs, docs.count(), "counts",
        List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 0, 2}, new int[] {0, 3}, new int[] {2}));
    assertEquals(1.0, npmi[0], 1e-12, "P(0,1) = P(0) = P(1) = 1/2: log 2 / log 2");
    assertEquals(-1.0, npmi[1], 1e-12, "never in one document");
    assertEquals(-1.0 / 3, npmi[2], 1e-12, "mean of 1, -1, -1");
    assertEquals(0.0, npmi[3], 1e-12, "a word in every document tells nothing: PMI 0");
    assertEquals(Double.NaN, npmi[4], "one term: no pair");
  }
}
