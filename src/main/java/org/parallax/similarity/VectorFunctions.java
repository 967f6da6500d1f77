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

  /**
   * Dot product of two {@link #pack packed} vectors. Reads the bytes in place (no buffer object, no bounds
   * checks beyond the array's): this runs for every candidate pair.
   */
  public static double packedDot(byte[] a, byte[] b) {
    long r = varint(a, 0);
    int nx = (int) (r >>> 32);
    int px = (int) r;
    r = varint(b, 0);
    int ny = (int) (r >>> 32);
    int py = (int) r;
    if (nx == 0 || ny == 0) {
      return 0;
    }
    r = varint(a, px);
    int ix = (int) (r >>> 32);
    px = (int) r;
    float vx = floatAt(a, px);
    px += 4;
    r = varint(b, py);
    int iy = (int) (r >>> 32);
    py = (int) r;
    float vy = floatAt(b, py);
    py += 4;
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
        r = varint(a, px);
        ix += (int) (r >>> 32);
        px = (int) r;
        vx = floatAt(a, px);
        px += 4;
      } else {
        if (ry-- == 0) {
          break;
        }
        r = varint(b, py);
        iy += (int) (r >>> 32);
        py = (int) r;
        vy = floatAt(b, py);
        py += 4;
      }
    }
    return s;
  }

  /** The varint at {@code pos}: its value in the high 32 bits, the position after it in the low 32. */
  private static long varint(byte[] in, int pos) {
    int v = 0;
    int p = pos;
    for (int shift = 0; ; shift += 7) {
      byte b = in[p++];
      v |= (b & 0x7F) << shift;
      if (b >= 0) {
        return ((long) v << 32) | p;
      }
    }
  }

  /** The big-endian float at {@code pos} (as ByteBuffer.putFloat wrote it). */
  private static float floatAt(byte[] in, int pos) {
    return Float.intBitsToFloat(((in[pos] & 0xFF) << 24) | ((in[pos + 1] & 0xFF) << 16) | ((in[pos + 2] & 0xFF) << 8)
        | (in[pos + 3] & 0xFF));
  }

  private static void putVarint(java.nio.ByteBuffer out, int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.put((byte) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.put((byte) v);
  }
}
