package org.parallax.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;

/** Plain functions on MLlib vectors used by the similarity stage (unit-tested without Spark). */
public final class VectorFunctions {
  private VectorFunctions() {}

  /** Dot product of two vectors (cosine when both are L2-normalised). */
  public static double dot(Vector a, Vector b) {
    if (a instanceof SparseVector sa && b instanceof SparseVector sb) {
      int[] ia = sa.indices();
      int[] ib = sb.indices();
      double[] va = sa.values();
      double[] vb = sb.values();
      double s = 0;
      int i = 0;
      int j = 0;
      while (i < ia.length && j < ib.length) {
        if (ia[i] == ib[j]) {
          s += va[i++] * vb[j++];
        } else if (ia[i] < ib[j]) {
          i++;
        } else {
          j++;
        }
      }
      return s;
    }
    return org.apache.spark.ml.linalg.BLAS$.MODULE$.dot(a, b);
  }

  /**
   * Indices of the {@code k} largest entries whose term is allowed (document frequency small enough;
   * {@code allowed} null = every term), ties broken by lower index so that the result is deterministic.
   */
  public static List<Integer> topTerms(Vector v, int k, boolean[] allowed) {
    SparseVector s = v.toSparse();
    int[] idx = s.indices();
    double[] val = s.values();
    PriorityQueue<Integer> heap = new PriorityQueue<>((x, y) -> val[x] != val[y]
        ? Double.compare(val[x], val[y]) : Integer.compare(idx[y], idx[x]));
    for (int p = 0; p < idx.length; p++) {
      if (val[p] <= 0 || allowed != null && !allowed[idx[p]]) {
        continue;
      }
      heap.add(p);
      if (heap.size() > k) {
        heap.poll();
      }
    }
    List<Integer> out = new ArrayList<>(heap.size());
    for (Integer p : heap) {
      out.add(idx[p]);
    }
    out.sort(null);
    return out;
  }
}
