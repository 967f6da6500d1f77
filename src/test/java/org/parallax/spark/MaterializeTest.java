package org.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;

class MaterializeTest extends SparkTest {
  private static int sizeBits(Dataset<Row> d) {
    return d.queryExecution().optimizedPlan().stats().sizeInBytes().bitLength();
  }

  @Test
  void aStageResultDoesNotInheritAJoinsProductOfSizesSoEstimatesStayLongSized() {
    Dataset<Row> d = spark.range(100).toDF("id");
    int joinedBits = 0;
    for (int round = 0; round < 8; round++) {
      Dataset<Row> joined = d.join(d.withColumnRenamed("id", "x"), col("id").equalTo(col("x"))).select("id");
      joinedBits = sizeBits(joined);
      d = Materialize.of(joined);
      assertTrue(sizeBits(d) <= Materialize.MAX_SIZE_BITS, "round " + round + ": " + sizeBits(d) + " bits");
    }
    // Without the reset the estimate doubles its bits every round (100 rows of 8 bytes: 10 bits, then 20, 40 ...).
    assertTrue(joinedBits > Materialize.MAX_SIZE_BITS, "the join estimate itself is a product: " + joinedBits);
    assertEquals(100, d.count());
    assertEquals(4950L, d.agg(org.apache.spark.sql.functions.sum("id")).first().getLong(0));
  }
}
