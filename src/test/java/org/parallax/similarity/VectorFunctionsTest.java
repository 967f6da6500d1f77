package org.parallax.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.ml.linalg.Vectors;
import org.junit.jupiter.api.Test;

class VectorFunctionsTest {
  @Test
  void sparseDotProduct() {
    var a = Vectors.sparse(6, new int[] {0, 2, 5}, new double[] {1, 2, 3});
    var b = Vectors.sparse(6, new int[] {2, 3, 5}, new double[] {4, 7, 1});
    assertEquals(11.0, VectorFunctions.dot(a, b), 1e-12);
  }

  @Test
  void topTermsSkipsCommonTermsAndBreaksTiesByIndex() {
    var v = Vectors.sparse(6, new int[] {0, 1, 2, 3, 4}, new double[] {0.9, 0.5, 0.5, 0.5, 0.1});
    boolean[] allowed = {false, true, true, true, true, true};
    assertEquals(List.of(1, 2), VectorFunctions.topTerms(v, 2, allowed));
    assertEquals(List.of(1, 2, 3, 4), VectorFunctions.topTerms(v, 10, allowed));
  }
}
