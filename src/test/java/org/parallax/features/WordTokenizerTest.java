package org.parallax.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.text.Words;

/** The one-pass tokenizer against the MLlib chain it replaces (RegexTokenizer, then a filter on \p{L}). */
class WordTokenizerTest extends SparkTest {
  private static final String[] PIECES = {"a", "Z", "Ab", "é", "İ", "Σ", "ß", "中", "ع", "7", "42", "٣", "½", "Ⅻ",
      "\uD835\uDC00", ".", "-", " ", " ", "\n", "'", "’", ",", "U.S.", "e-mail", "Five-and-a-Half", "2024-04-26", "—"};

  @Test
  void sameTokensAsRegexTokenizerAndTheLetterFilter() {
    Random r = new Random(9);
    List<String> texts = new ArrayList<>(List.of("Blinken and Qin discuss U.S.-China ties, e-mail and 5 o'clock",
        "İSTANBUL — ΣΟΦΙΑ said 12 words"));
    for (int i = 0; i < 400; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = r.nextInt(25); j > 0; j--) {
        s.append(PIECES[r.nextInt(PIECES.length)]);
      }
      texts.add(s.toString());
    }
    Dataset<Row> df = spark.createDataset(texts, Encoders.STRING()).toDF("text");
    for (int min : new int[] {1, 2, 3}) {
      RegexTokenizer regex = new RegexTokenizer().setInputCol("text").setOutputCol("_raw").setGaps(false)
          .setPattern(Words.PATTERN).setToLowercase(true).setMinTokenLength(min);
      Dataset<Row> expected = new SQLTransformer().setStatement(
          "SELECT text, filter(_raw, t -> t rlike '\\\\p{L}') AS words FROM __THIS__").transform(regex.transform(df));
      Dataset<Row> actual = new WordTokenizer(min, "text", "words").transform(df).select("text", "words");
      List<Row> e = expected.collectAsList();
      List<Row> a = actual.collectAsList();
      assertEquals(e.size(), a.size());
      for (int i = 0; i < e.size(); i++) {
        assertEquals(e.get(i).getList(1), a.get(i).getList(1), "min " + min + ": '" + e.get(i).getString(0) + "'");
      }
    }
  }
}
