package org.parallax.features;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The analysis vocabulary: terms in at least {@code minDf} articles, the {@code size} most frequent,
 * ordered by document frequency then term, so the same corpus always gives the same term indices
 * (MLlib's CountVectorizer breaks frequency ties arbitrarily). Only the vocabulary, never the corpus,
 * comes to the driver.
 */
public final class Vocabulary implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String[] terms;
  private final long[] df;
  private final long documents;

  private Vocabulary(String[] terms, long[] df, long documents) {
    this.terms = terms;
    this.df = df;
    this.documents = documents;
  }

  public static Vocabulary build(Dataset<Row> tokenized, String column, int minDf, int size) {
    long documents = tokenized.count();
    List<Row> rows = FeatureStage.documentFrequencies(tokenized, column)
        .filter(col("df").geq(minDf))
        .orderBy(col("df").desc(), col("term").asc())
        .limit(size)
        .collectAsList();
    String[] terms = new String[rows.size()];
    long[] df = new long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      terms[i] = rows.get(i).getAs("term");
      df[i] = rows.get(i).<Long>getAs("df");
    }
    return new Vocabulary(terms, df, documents);
  }

  public int size() {
    return terms.length;
  }

  public String term(int index) {
    return terms[index];
  }

  public long df(int index) {
    return df[index];
  }

  public long documents() {
    return documents;
  }

  public String[] terms() {
    return terms.clone();
  }

  /**
   * Inverse document frequency of each term, ln((N + 1) / (df + 1)) over N articles: the smoothed formula
   * of MLlib's {@code IDF}, from the frequencies counted when the vocabulary was built.
   */
  public org.apache.spark.ml.linalg.Vector idf() {
    double[] idf = new double[terms.length];
    for (int i = 0; i < idf.length; i++) {
      idf[i] = Math.log((documents + 1.0) / (df[i] + 1.0));
    }
    return org.apache.spark.ml.linalg.Vectors.dense(idf);
  }

  /**
   * The topic-model vocabulary: single words (no bigrams) in at most {@code maxFraction} of the articles,
   * the {@code maxTerms} most frequent of them. LDA's cost grows with topics x vocabulary on every pass.
   */
  public Vocabulary forTopics(double maxFraction, int maxTerms) {
    long cap = (long) Math.floor(maxFraction * documents);
    List<Integer> keep = new java.util.ArrayList<>();
    for (int i = 0; i < terms.length && keep.size() < maxTerms; i++) {
      if (df[i] <= cap && terms[i].indexOf(' ') < 0) {
        keep.add(i);
      }
    }
    String[] t = new String[keep.size()];
    long[] f = new long[keep.size()];
    for (int j = 0; j < keep.size(); j++) {
      t[j] = terms[keep.get(j)];
      f[j] = df[keep.get(j)];
    }
    return new Vocabulary(t, f, documents);
  }
}
