package org.parallax.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.spark.Rows;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parallax.config.ParallaxConfig;
import org.parallax.spark.Columns;

/**
 * Reads Parquet articles; position is the 1-based row within its file. Each file's schema is read on the
 * driver first (its footer only): a file Spark cannot read (not Parquet, a column type Spark does not
 * know, such as DuckDB's UUID), or without the text column, or whose mapped columns are nested, is one
 * reject with the reason, and the other files are read. Files are then read together, one scan per
 * distinct schema.
 */
public final class ParquetReader {
  /** The records of the readable files, and a reject per file that could not be read. */
  public record Result(Dataset<Row> records, List<Row> rejects) {}

  private ParquetReader() {}

  public static Result read(SparkSession spark, List<InputFile> files, ParallaxConfig.Input input) {
    Map<StructType, List<String>> bySchema = new LinkedHashMap<>();
    List<Row> rejects = new ArrayList<>();
    for (InputFile file : files) {
      StructType schema;
      try {
        schema = spark.read().parquet(file.path()).schema();
      } catch (Exception e) { // AnalysisException is checked in Java's eyes

        rejects.add(RecordSchema.reject(file.path(), null, null, RejectReason.UNREADABLE_FILE,
            "Spark cannot read this Parquet file: " + JsonlSplitReader.describe(e)
                + " (cast unsupported column types, e.g. DuckDB UUID, to VARCHAR when writing it)"));
        continue;
      }
      String problem = problem(schema, input.fields);
      if (problem != null) {
        rejects.add(RecordSchema.reject(file.path(), null, null, problem.startsWith("no column")
            ? RejectReason.MISSING_TEXT : RejectReason.WRONG_TYPE, problem));
        continue;
      }
      bySchema.computeIfAbsent(schema, k -> new ArrayList<>()).add(file.path());
    }
    Dataset<Row> records = null;
    for (Map.Entry<StructType, List<String>> e : bySchema.entrySet()) {
      Dataset<Row> part = scan(spark, e.getKey(), e.getValue(), input);
      records = records == null ? part : records.unionByName(part);
    }
    return new Result(records, rejects);
  }

  private static Dataset<Row> scan(SparkSession spark, StructType schema, List<String> paths,
      ParallaxConfig.Input input) {
    Dataset<Row> df = spark.read().schema(schema).parquet(paths.toArray(String[]::new));
    // Spark names files by URI (%20 for a space); the reports name them as the inventory does.
    StructType uriPath = new StructType().add("_uri", DataTypes.StringType, false)
        .add("_path", DataTypes.StringType, false);
    List<Row> names = new ArrayList<>();
    for (String p : paths) {
      names.add(Rows.of(uriPath).set("_uri", new Path(p).toUri().toString()).set("_path", p).build());
    }
    Dataset<Row> byUri = spark.createDataFrame(names, uriPath);
    ParallaxConfig.Fields f = input.fields;
    Dataset<Row> read = df.select(
        col("_metadata.file_path").as("_uri"),
        col("_metadata.row_index").plus(1).as(RecordSchema.POSITION),
        field(df, f.id).as(RecordSchema.ID),
        field(df, f.outlet).as(RecordSchema.OUTLET),
        field(df, f.url).as(RecordSchema.URL),
        field(df, f.publishedAt).as(RecordSchema.PUBLISHED_RAW),
        field(df, f.title).as(RecordSchema.TITLE),
        field(df, f.text).as(RecordSchema.TEXT),
        lit(null).cast("string").as(RecordSchema.REASON),
        lit(null).cast("string").as(RecordSchema.DETAIL),
        substring(col(f.text), 1, input.rejectExcerptChars).as(RecordSchema.EXCERPT),
        lit("UTF-8").as(RecordSchema.CHARSET));
    return read.join(broadcast(byUri), new String[] {"_uri"}, "left")
        .withColumn(RecordSchema.SOURCE, coalesce(col("_path"), col("_uri")))
        .select(Columns.of(RecordSchema.CANDIDATE));
  }

  /** Why the mapped columns of this schema cannot be read as text, or null. */
  static String problem(StructType schema, ParallaxConfig.Fields f) {
    List<String> names = Arrays.asList(schema.fieldNames());
    if (!names.contains(f.text)) {
      return "no column '" + f.text + "' for the article text (configuration key input.fields.text); columns: "
          + String.join(", ", names);
    }
    for (String[] key : new String[][] {{f.id, "id"}, {f.outlet, "outlet"}, {f.url, "url"},
        {f.publishedAt, "published_at"}, {f.title, "title"}, {f.text, "text"}}) {
      if (!names.contains(key[0])) {
        continue;
      }
      DataType t = schema.apply(key[0]).dataType();
      if (t instanceof StructType || t instanceof ArrayType || t instanceof MapType || t == DataTypes.BinaryType) {
        return "column '" + key[0] + "' (configuration key input.fields." + key[1] + ") is " + t.simpleString()
            + "; expected a string";
      }
    }
    return null;
  }

  /** The column as a string; timestamps become ISO text. */
  private static Column field(Dataset<Row> df, String name) {
    if (!Arrays.asList(df.columns()).contains(name)) {
      return lit(null).cast("string");
    }
    StructField sf = df.schema().apply(name);
    DataType t = sf.dataType();
    if (t == DataTypes.TimestampType) {
      return org.apache.spark.sql.functions.date_format(col(name), "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");
    }
    if (t == DataTypes.TimestampNTZType) {
      return org.apache.spark.sql.functions.date_format(col(name), "yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    }
    return col(name).cast("string");
  }
}
