package org.parallax.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Term counts over a fixed vocabulary, straight from an article's tokens: each token, each adjacent token
 * pair ("spy balloon", when {@code bigrams}), and the terms of the first {@code leadWords} tokens once more
 * (the headline and lead, where a news story says who did what, where; related stories share background
 * paragraphs, not leads). The same vector as MLlib's {@code NGram} then
 * {@code CountVectorizerModel} over the terms and lead terms, in one pass per article with no intermediate
 * arrays: on all of ABP that chain was a fifth of the features stage.
 */
public final class TermCounter extends Transformer {
  private static final long serialVersionUID = 1L;
  private final String uid = Identifiable$.MODULE$.randomUID("termCounter");
  private final String[] vocabulary;
  private final boolean bigrams;
  private final int leadWords;
  private final String inputCol;
  private final String outputCol;

  public TermCounter(String[] vocabulary, boolean bigrams, int leadWords, String inputCol, String outputCol) {
    this.vocabulary = vocabulary;
    this.bigrams = bigrams;
    this.leadWords = leadWords;
    this.inputCol = inputCol;
    this.outputCol = outputCol;
  }

  /** The terms of a token list: the tokens, then (when {@code bigrams}) each adjacent pair joined by a space. */
  static String[] terms(scala.collection.Seq<String> tokens, boolean bigrams) {
    int n = tokens.length();
    String[] out = new String[bigrams && n >= 2 ? 2 * n - 1 : n];
    for (int i = 0; i < n; i++) {
      out[i] = tokens.apply(i);
    }
    if (out.length > n) {
      for (int i = 0; i + 1 < n; i++) {
        out[n + i] = out[i] + " " + out[i + 1];
      }
    }
    return out;
  }

  /**
   * Each distinct term of a token list once, in the order of {@link #terms}, as strings: what the fingerprints
   * of {@link #distinctTermHashes} stand for (the tests compare the two; the job counts fingerprints only).
   */
  static String[] distinctTerms(scala.collection.Seq<String> tokens, boolean bigrams) {
    Set<String> distinct = new LinkedHashSet<>(Arrays.asList(terms(tokens, bigrams)));
    return distinct.toArray(String[]::new);
  }

  /** The fingerprints ({@link TermHash}) of a token list's tokens. */
  static long[] tokenHashes(scala.collection.Seq<String> tokens) {
    int n = tokens.length();
    long[] h = new long[n];
    for (int i = 0; i < n; i++) {
      h[i] = TermHash.token(tokens.apply(i));
    }
    return h;
  }

  /**
   * The fingerprint of each distinct term of a token list once, in the order of {@link #terms}: what document
   * frequencies count, with no pair ever joined into a string.
   */
  public static long[] distinctTermHashes(scala.collection.Seq<String> tokens, boolean bigrams) {
    long[] h = tokenHashes(tokens);
    int n = h.length;
    long[] out = new long[bigrams && n >= 2 ? 2 * n - 1 : n];
    LongIntMap seen = new LongIntMap(out.length);
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (seen.putIfAbsent(h[i], 0)) {
        out[k++] = h[i];
      }
    }
    for (int i = 0; bigrams && i + 1 < n; i++) {
      long p = TermHash.pair(h[i], h[i + 1]);
      if (seen.putIfAbsent(p, 0)) {
        out[k++] = p;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** {@code distinctTermHashes} as a column function: array of strings in, array of longs out. */
  public static org.apache.spark.sql.Column distinctTermHashes(org.apache.spark.sql.Column tokens, boolean bigrams) {
    return udf((UDF1<scala.collection.Seq<String>, long[]>) t -> distinctTermHashes(t, bigrams),
        DataTypes.createArrayType(DataTypes.LongType, false)).apply(tokens);
  }

  /** Counts of the vocabulary's terms in one article. */
  static final class Counts implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Broadcast<String[]> vocabulary;
    private final boolean bigrams;
    private final int leadWords;
    private transient LongIntMap index;

    Counts(Broadcast<String[]> vocabulary, boolean bigrams, int leadWords) {
      this.vocabulary = vocabulary;
      this.bigrams = bigrams;
      this.leadWords = leadWords;
    }

    /** Term fingerprint to vocabulary index (of two terms sharing one, the first). */
    private LongIntMap index() {
      if (index == null) {
        String[] terms = vocabulary.value();
        LongIntMap m = new LongIntMap(terms.length);
        for (int i = 0; i < terms.length; i++) {
          m.putIfAbsent(TermHash.of(terms[i]), i);
        }
        index = m;
      }
      return index;
    }

    Vector count(scala.collection.Seq<String> tokens) {
      LongIntMap idx = index();
      long[] t = tokenHashes(tokens);
      int n = t.length;
      int pairs = bigrams ? Math.max(0, n - 1) : 0;
      int[] hits = new int[n + pairs + Math.min(leadWords, n) + Math.min(leadWords, pairs)];
      int h = 0;
      for (int i = 0; i < n; i++) {
        int j = idx.get(t[i]);
        if (j >= 0) {
          hits[h++] = j;
          if (i < leadWords) {
            hits[h++] = j;
          }
        }
      }
      for (int i = 0; i < pairs; i++) {
        int j = idx.get(TermHash.pair(t[i], t[i + 1]));
        if (j >= 0) {
          hits[h++] = j;
          if (i < leadWords) {
            hits[h++] = j;
          }
        }
      }
      Arrays.sort(hits, 0, h);
      int distinct = 0;
      for (int i = 0; i < h; i++) {
        if (i == 0 || hits[i] != hits[i - 1]) {
          distinct++;
        }
      }
      int[] indices = new int[distinct];
      double[] values = new double[distinct];
      int k = -1;
      for (int i = 0; i < h; i++) {
        if (i == 0 || hits[i] != hits[i - 1]) {
          indices[++k] = hits[i];
        }
        values[k]++;
      }
      return new SparseVector(vocabulary.value().length, indices, values);
    }
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    Broadcast<String[]> terms = new JavaSparkContext(dataset.sparkSession().sparkContext()).broadcast(vocabulary);
    Counts counts = new Counts(terms, bigrams, leadWords);
    return dataset.withColumn(outputCol, udf((UDF1<scala.collection.Seq<String>, Vector>) counts::count,
        new VectorUDT()).apply(col(inputCol)));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return schema.add(outputCol, new VectorUDT(), false);
  }

  @Override
  public Transformer copy(ParamMap extra) {
    return new TermCounter(vocabulary, bigrams, leadWords, inputCol, outputCol);
  }

  @Override
  public String uid() {
    return uid;
  }
}
