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

  @Test
  void packedVectorsGiveTheSameDotProductInFewerBytes() {
    java.util.Random r = new java.util.Random(7);
    for (int trial = 0; trial < 50; trial++) {
      var a = randomUnit(r, 262144, r.nextInt(400));
      var b = randomUnit(r, 262144, r.nextInt(400));
      double exact = VectorFunctions.dot(a, b);
      assertEquals(exact, VectorFunctions.packedDot(VectorFunctions.pack(a), VectorFunctions.pack(b)), 1e-6);
      // exactly the sum, in index order, of the products of the floats the packing keeps
      double floats = 0;
      var sa = a.toSparse();
      var sb = b.toSparse();
      for (int i = 0; i < sa.indices().length; i++) {
        int j = java.util.Arrays.binarySearch(sb.indices(), sa.indices()[i]);
        if (j >= 0) {
          floats += (double) (float) sa.values()[i] * (float) sb.values()[j];
        }
      }
      assertEquals(floats, VectorFunctions.packedDot(VectorFunctions.pack(a), VectorFunctions.pack(b)), 0.0);
      assertEquals(1.0, VectorFunctions.packedDot(VectorFunctions.pack(a), VectorFunctions.pack(a)),
          a.numNonzeros() == 0 ? 1.0 : 1e-6);
      org.junit.jupiter.api.Assertions.assertTrue(VectorFunctions.pack(a).length <= 5 + 7 * a.numNonzeros(),
          "12 bytes an entry as doubles; at most 7 packed");
    }
    var x = Vectors.sparse(300000, new int[] {0, 127, 128, 299999}, new double[] {0.5, 0.5, 0.5, 0.5});
    var y = Vectors.sparse(300000, new int[] {128, 299999}, new double[] {0.6, 0.8});
    assertEquals(0.7, VectorFunctions.packedDot(VectorFunctions.pack(x), VectorFunctions.pack(y)), 1e-7);
    assertEquals(0.0, VectorFunctions.packedDot(VectorFunctions.pack(Vectors.sparse(5, new int[0], new double[0])),
        VectorFunctions.pack(y)), 0.0);
  }

  private static org.apache.spark.ml.linalg.Vector randomUnit(java.util.Random r, int size, int nnz) {
    java.util.TreeSet<Integer> idx = new java.util.TreeSet<>();
    while (idx.size() < nnz) {
      idx.add(r.nextInt(size));
    }
    double[] v = new double[nnz];
    double norm = 0;
    for (int i = 0; i < nnz; i++) {
      v[i] = r.nextDouble();
      norm += v[i] * v[i];
    }
    for (int i = 0; i < nnz; i++) {
      v[i] /= Math.sqrt(norm);
    }
    return Vectors.sparse(size, idx.stream().mapToInt(Integer::intValue).toArray(), v);
  }
}
