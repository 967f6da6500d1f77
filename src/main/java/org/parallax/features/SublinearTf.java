package org.parallax.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.StructType;

/**
 * Sublinear term frequency: each count c becomes 1 + ln(c), so that a word repeated ten times weighs
 * about three times, not ten times, as much as a word used once (Manning et al., IR book 6.4.1).
 */
public final class SublinearTf extends Transformer {
  private static final long serialVersionUID = 1L;
  private final String uid = Identifiable$.MODULE$.randomUID("sublinearTf");
  private final String inputCol;
  private final String outputCol;

  public SublinearTf(String inputCol, String outputCol) {
    this.inputCol = inputCol;
    this.outputCol = outputCol;
  }

  /** 1 + ln(c) for every non-zero count. */
  public static Vector apply(Vector counts) {
    SparseVector s = counts.toSparse();
    double[] v = s.values().clone();
    for (int i = 0; i < v.length; i++) {
      v[i] = v[i] > 0 ? 1.0 + Math.log(v[i]) : 0.0;
    }
    return new SparseVector(s.size(), s.indices(), v);
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    UserDefinedFunction f = udf((UDF1<Vector, Vector>) SublinearTf::apply, new VectorUDT());
    return dataset.withColumn(outputCol, f.apply(col(inputCol)));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return schema.add(outputCol, new VectorUDT(), false);
  }

  @Override
  public Transformer copy(ParamMap extra) {
    return new SublinearTf(inputCol, outputCol);
  }

  @Override
  public String uid() {
    return uid;
  }
}
