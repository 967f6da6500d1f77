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

  /**
   * A sparse vector in about half the bytes, for moving it through a shuffle: the entry count, then each
   * index as a variable-length gap from the previous one and each value as a float. Cosines of packed
   * vectors agree with {@link #dot} to about 1e-7.
   */
  public static byte[] pack(Vector v) {
    SparseVector s = v.toSparse();
    int[] idx = s.indices();
    double[] val = s.values();
    java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(5 + idx.length * 9);
    putVarint(out, idx.length);
    int previous = 0;
    for (int i = 0; i < idx.length; i++) {
      putVarint(out, idx[i] - previous);
      previous = idx[i];
      out.putFloat((float) val[i]);
    }
    return java.util.Arrays.copyOf(out.array(), out.position());
  }

  /** Dot product of two {@link #pack packed} vectors. */
  public static double packedDot(byte[] a, byte[] b) {
    java.nio.ByteBuffer x = java.nio.ByteBuffer.wrap(a);
    java.nio.ByteBuffer y = java.nio.ByteBuffer.wrap(b);
    int nx = getVarint(x);
    int ny = getVarint(y);
    if (nx == 0 || ny == 0) {
      return 0;
    }
    int ix = getVarint(x);
    float vx = x.getFloat();
    int iy = getVarint(y);
    float vy = y.getFloat();
    int rx = nx - 1;
    int ry = ny - 1;
    double s = 0;
    while (true) {
      if (ix == iy) {
        s += (double) vx * vy;
      }
      if (ix <= iy) {
        if (rx-- == 0) {
          break;
        }
        ix += getVarint(x);
        vx = x.getFloat();
      } else {
        if (ry-- == 0) {
          break;
        }
        iy += getVarint(y);
        vy = y.getFloat();
      }
    }
    return s;
  }

  private static void putVarint(java.nio.ByteBuffer out, int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.put((byte) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.put((byte) v);
  }

  private static int getVarint(java.nio.ByteBuffer in) {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = in.get();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
  }
}
