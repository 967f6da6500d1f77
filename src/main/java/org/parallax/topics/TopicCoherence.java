package org.parallax.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Topic coherence as normalised pointwise mutual information (NPMI, Bouma 2009) of a topic's top terms,
 * over document co-occurrence in the corpus itself (as gensim's {@code c_npmi} with whole documents as
 * windows): for two terms, log(P(a,b) / (P(a) P(b))) / -log P(a,b), where P is the share of documents
 * holding the term(s); -1 for two terms never in one document. A topic's coherence is the mean over its
 * top terms' pairs: near 0 for words thrown together, higher for words that do go together.
 *
 * <p>One pass over the documents counts, per document, only the top terms and the pairs some topic asks
 * for: at most k x C(top, 2) pairs in all, small enough to gather on the driver.
 */
public final class TopicCoherence {
  private TopicCoherence() {}

  /**
   * Each topic's mean NPMI over the pairs of its {@code top} term indices (a topic with fewer than two
   * terms gets NaN). {@code docs} holds {@code documents} term-count vectors in {@code countsCol} over the
   * same indices.
   */
  public static double[] npmi(Dataset<Row> docs, long documents, String countsCol, List<int[]> top) {
    Set<Integer> terms = new HashSet<>();
    Set<Long> pairs = new HashSet<>();
    for (int[] t : top) {
      for (int i = 0; i < t.length; i++) {
        terms.add(t[i]);
        for (int j = i + 1; j < t.length; j++) {
          pairs.add(key(t[i], t[j]));
        }
      }
    }
    int[] wanted = terms.stream().mapToInt(Integer::intValue).sorted().toArray();
    long[] wantedPairs = pairs.stream().mapToLong(Long::longValue).toArray();
    Dataset<Long> keys = docs.select(countsCol).flatMap(new PresentKeys(wanted, wantedPairs), Encoders.LONG());
    Map<Long, Long> n = new HashMap<>();
    for (Row r : keys.toDF("key").groupBy("key").agg(count(lit(1)).as("n")).collectAsList()) {
      n.put(r.<Long>getAs("key"), r.<Long>getAs("n"));
    }
    double[] out = new double[top.size()];
    for (int t = 0; t < top.size(); t++) {
      int[] w = top.get(t);
      double sum = 0;
      int m = 0;
      for (int i = 0; i < w.length; i++) {
        for (int j = i + 1; j < w.length; j++) {
          sum += npmi(n.getOrDefault(single(w[i]), 0L), n.getOrDefault(single(w[j]), 0L),
              n.getOrDefault(key(w[i], w[j]), 0L), documents);
          m++;
        }
      }
      out[t] = m == 0 ? Double.NaN : sum / m;
    }
    return out;
  }

  /** NPMI of two terms in {@code a} and {@code b} of {@code n} documents, together in {@code ab}. */
  static double npmi(long a, long b, long ab, double n) {
    if (ab == 0 || a == 0 || b == 0) {
      return -1;
    }
    double pab = ab / n;
    if (pab >= 1) {
      return 1;
    }
    return Math.log(pab / ((a / n) * (b / n))) / -Math.log(pab);
  }

  /** Key of a term pair (smaller index first). */
  static long key(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) (lo + 1) << 32) | hi;
  }

  /** Key of a single term (never a pair's: a pair's high half is at least 1). */
  static long single(int a) {
    return a;
  }

  /** Per document: the wanted terms it holds, and the wanted pairs of those. */
  private static final class PresentKeys implements FlatMapFunction<Row, Long> {
    private static final long serialVersionUID = 1L;
    private final int[] wanted;
    private final long[] wantedPairs;
    private transient Set<Long> pairSet;

    PresentKeys(int[] wanted, long[] wantedPairs) {
      this.wanted = wanted;
      this.wantedPairs = wantedPairs;
    }

    @Override
    public Iterator<Long> call(Row r) {
      if (pairSet == null) {
        pairSet = new HashSet<>();
        for (long p : wantedPairs) {
          pairSet.add(p);
        }
      }
      SparseVector v = r.<Vector>getAs(0).toSparse();
      List<Integer> present = new ArrayList<>();
      int[] idx = v.indices();
      int i = 0;
      int j = 0;
      while (i < idx.length && j < wanted.length) {
        if (idx[i] == wanted[j]) {
          if (v.values()[i] > 0) {
            present.add(idx[i]);
          }
          i++;
          j++;
        } else if (idx[i] < wanted[j]) {
          i++;
        } else {
          j++;
        }
      }
      List<Long> out = new ArrayList<>();
      for (int a = 0; a < present.size(); a++) {
        out.add(single(present.get(a)));
        for (int b = a + 1; b < present.size(); b++) {
          long k = key(present.get(a), present.get(b));
          if (pairSet.contains(k)) {
            out.add(k);
          }
        }
      }
      return out.iterator();
    }
  }
}
