package org.parallax.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.parallax.cli.InputException;
import org.parallax.config.ParallaxConfig;

/** Reads Parquet articles; position is the 1-based row within its file. */
public final class ParquetReader {
  private ParquetReader() {}

  public static Dataset<Row> read(SparkSession spark, List<String> paths, ParallaxConfig.Input input) {
    Dataset<Row> df = spark.read().parquet(paths.toArray(String[]::new));
    ParallaxConfig.Fields f = input.fields;
    if (!has(df, f.text)) {
      throw new InputException("Parquet input " + paths + " has no column '" + f.text
          + "' for the article text (configuration key input.fields.text); columns: "
          + String.join(", ", df.columns()));
    }
    return df.select(
        col("_metadata.file_path").as(RecordSchema.SOURCE),
        col("_metadata.row_index").plus(1).as(RecordSchema.POSITION),
        field(df, f.id, "input.fields.id").as(RecordSchema.ID),
        field(df, f.outlet, "input.fields.outlet").as(RecordSchema.OUTLET),
        field(df, f.url, "input.fields.url").as(RecordSchema.URL),
        field(df, f.publishedAt, "input.fields.published_at").as(RecordSchema.PUBLISHED_RAW),
        field(df, f.title, "input.fields.title").as(RecordSchema.TITLE),
        field(df, f.text, "input.fields.text").as(RecordSchema.TEXT),
        lit(null).cast("string").as(RecordSchema.REASON),
        lit(null).cast("string").as(RecordSchema.DETAIL),
        substring(col(f.text), 1, input.rejectExcerptChars).as(RecordSchema.EXCERPT),
        lit("UTF-8").as(RecordSchema.CHARSET));
  }

  private static boolean has(Dataset<Row> df, String name) {
    return Arrays.asList(df.columns()).contains(name);
  }

  /** The column as a string; timestamps/dates become ISO text; nested types are refused up front. */
  private static Column field(Dataset<Row> df, String name, String key) {
    if (!has(df, name)) {
      return lit(null).cast("string");
    }
    StructField sf = df.schema().apply(name);
    DataType t = sf.dataType();
    if (t == DataTypes.TimestampType || t == DataTypes.TimestampNTZType) {
      return org.apache.spark.sql.functions.date_format(col(name), "yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    }
    if (t instanceof org.apache.spark.sql.types.StructType || t instanceof org.apache.spark.sql.types.ArrayType
        || t instanceof org.apache.spark.sql.types.MapType || t == DataTypes.BinaryType) {
      throw new InputException("Parquet column '" + name + "' (configuration key " + key + ") is "
          + t.simpleString() + "; expected a string");
    }
    return col(name).cast("string");
  }
}
