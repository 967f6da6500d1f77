package org.parallax.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.spark.Rows;

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

  /**
   * The vocabulary of {@code tokensColumn}'s token lists (with their adjacent pairs when {@code pairs}).
   * Document frequencies are counted by term fingerprint ({@link TermHash}), so no pair is joined into a
   * string for counting; only the terms that can make the vocabulary (those at or above the frequency of the
   * {@code size}-th) are then looked up as strings, for the order and the tie-break.
   */
  public static Vocabulary build(Dataset<Row> tokenized, String tokensColumn, boolean pairs, int minDf, int size) {
    long documents = tokenized.count();
    Dataset<Row> frequencies = org.parallax.spark.Materialize.of(tokenized
        .select(explode(TermCounter.distinctTermHashes(col(tokensColumn), pairs)).as("h"))
        .groupBy("h").agg(count(lit(1)).as("df"))
        .filter(col("df").geq(minDf)));
    // How many terms have each frequency (a few hundred rows): the lowest frequency that can make the list.
    List<Row> histogram = frequencies.groupBy("df").agg(count(lit(1)).as("n")).orderBy(col("df").desc())
        .collectAsList();
    long cutoff = minDf;
    long above = 0;
    for (Row r : histogram) {
      above += r.<Long>getAs("n");
      if (above >= size) {
        cutoff = r.<Long>getAs("df");
        break;
      }
    }
    // To the driver: fewer than size terms above the cutoff, plus those at it (their strings break the tie).
    // The terms at one frequency are few next to the vocabulary but in a small corpus, where all terms are.
    List<Row> candidates = frequencies.filter(col("df").geq(cutoff)).collectAsList();
    org.slf4j.LoggerFactory.getLogger(Vocabulary.class).info("vocabulary: {} terms in {} or more articles (of {} in "
        + "{} or more) compete for {} places", candidates.size(), cutoff, total(histogram), minDf, size);
    LongIntMap wanted = new LongIntMap(candidates.size());
    for (Row r : candidates) {
      wanted.putIfAbsent(r.<Long>getAs("h"), Math.toIntExact(r.<Long>getAs("df")));
    }
    Broadcast<LongIntMap> shared = new JavaSparkContext(tokenized.sparkSession().sparkContext()).broadcast(wanted);
    List<Row> rows = tokenized.select(tokensColumn)
        .mapPartitions(new Spellings(shared, tokensColumn, pairs), Encoders.row(SPELLINGS))
        .groupBy("h", "df").agg(min("term").as("term")) // of two terms sharing a fingerprint, the first
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

  private static long total(List<Row> histogram) {
    long n = 0;
    for (Row r : histogram) {
      n += r.<Long>getAs("n");
    }
    return n;
  }

  private static final StructType SPELLINGS = new StructType().add("h", DataTypes.LongType, false)
      .add("df", DataTypes.LongType, false).add("term", DataTypes.StringType, false);

  /** Each wanted term of a partition's token lists once, as a string, with its fingerprint and frequency. */
  private static final class Spellings implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<LongIntMap> wanted;
    private final String column;
    private final boolean pairs;

    Spellings(Broadcast<LongIntMap> wanted, String column, boolean pairs) {
      this.wanted = wanted;
      this.column = column;
      this.pairs = pairs;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
      LongIntMap want = wanted.value();
      LongIntMap seen = new LongIntMap(1024);
      List<Row> out = new ArrayList<>();
      while (articles.hasNext()) {
        scala.collection.Seq<String> tokens = articles.next().getAs(column);
        long[] h = TermCounter.tokenHashes(tokens);
        for (int i = 0; i < h.length; i++) {
          emit(want, seen, h[i], i, -1, tokens, out);
          if (pairs && i + 1 < h.length) {
            emit(want, seen, TermHash.pair(h[i], h[i + 1]), i, i + 1, tokens, out);
          }
        }
      }
      return out.iterator();
    }

    private static void emit(LongIntMap want, LongIntMap seen, long h, int first, int second,
        scala.collection.Seq<String> tokens, List<Row> out) {
      int df = want.get(h);
      if (df >= 0 && seen.putIfAbsent(h, 0)) {
        String term = second < 0 ? tokens.apply(first) : tokens.apply(first) + " " + tokens.apply(second);
        out.add(Rows.of(SPELLINGS).set("h", h).set("df", (long) df).set("term", term).build());
      }
    }
  }

  public int size() {
    return terms.length;
  }

  public String term(int index) {
    return terms[index];
  }

  /** The sum of every term's document frequency. */
  public long totalDf() {
    long t = 0;
    for (long f : df) {
      t += f;
    }
    return t;
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
   * The topic-model vocabulary: single words (no bigrams) in at least {@code minDf} and at most
   * {@code maxFraction} of the articles, none of {@code leaveOut}, the {@code maxTerms} most frequent of
   * them. LDA's cost grows with topics x vocabulary on every pass.
   */
  public Vocabulary forTopics(double maxFraction, int maxTerms, long minDf, java.util.Set<String> leaveOut) {
    long cap = (long) Math.floor(maxFraction * documents);
    List<Integer> keep = new java.util.ArrayList<>();
    for (int i = 0; i < terms.length && keep.size() < maxTerms; i++) {
      if (df[i] <= cap && df[i] >= minDf && terms[i].indexOf(' ') < 0 && !leaveOut.contains(terms[i])) {
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
