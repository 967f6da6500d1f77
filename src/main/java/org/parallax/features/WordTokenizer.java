package org.parallax.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.text.Words;

/**
 * A text's words as tokens: the text lower-cased, then its words ({@link Words}), those of at least {@code
 * minLength} characters that hold a letter. The same tokens as MLlib's {@code RegexTokenizer} (pattern {@link
 * Words#PATTERN}, gaps off, lower case, minimum token length) followed by a filter on {@code \p{L}}, in one
 * pass over the characters with no regex matcher: on all of ABP the two were an eighth of the features stage.
 */
public final class WordTokenizer extends Transformer {
  private static final long serialVersionUID = 1L;
  private final String uid = Identifiable$.MODULE$.randomUID("wordTokenizer");
  private final int minLength;
  private final String inputCol;
  private final String outputCol;

  public WordTokenizer(int minLength, String inputCol, String outputCol) {
    this.minLength = minLength;
    this.inputCol = inputCol;
    this.outputCol = outputCol;
  }

  /** The tokens of one text (null for a null text). */
  public static String[] tokens(String text, int minLength) {
    if (text == null) {
      return null;
    }
    String lower = text.toLowerCase(); // the default locale, as RegexTokenizer lower-cases
    List<String> out = new ArrayList<>();
    Words.find(lower, (from, to) -> {
      if (to - from >= minLength) {
        String token = lower.substring(from, to);
        if (Words.hasLetter(token)) {
          out.add(token);
        }
      }
    });
    return out.toArray(String[]::new);
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    int min = minLength;
    return dataset.withColumn(outputCol, udf((UDF1<String, String[]>) t -> tokens(t, min),
        DataTypes.createArrayType(DataTypes.StringType, true)).apply(col(inputCol)));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return schema.add(outputCol, DataTypes.createArrayType(DataTypes.StringType, true), true);
  }

  @Override
  public Transformer copy(ParamMap extra) {
    return new WordTokenizer(minLength, inputCol, outputCol);
  }

  @Override
  public String uid() {
    return uid;
  }
}
