package org.parallax.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.cli.InputException;
import org.parallax.config.ParallaxConfig;
import org.parallax.spark.Columns;

/**
 * Metadata for text-file articles: a CSV (with header) or JSONL file with a column {@code file} (the
 * file name, with or without extension) and the columns named by {@code input.fields} (outlet, url,
 * date, title). With {@code input.sidecar: auto}, {@code _metadata.csv} or {@code _metadata.jsonl}
 * inside a text input folder is used.
 */
public final class Sidecar {
  static final String KEY = "file";
  private static final List<String> AUTO_NAMES = List.of("_metadata.csv", "_metadata.jsonl");

  private Sidecar() {}

  /** Sidecar files that apply to these text inputs under the configured policy. */
  public static List<String> locate(List<String> textInputs, String policy, Configuration hadoop) {
    if (policy.equals("none")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try {
      if (!policy.equals("auto")) {
        Path p = new Path(policy);
        if (!p.getFileSystem(hadoop).exists(p)) {
          throw new InputException("sidecar " + policy + " (configuration key input.sidecar) does not exist");
        }
        return List.of(policy);
      }
      for (String in : textInputs) {
        Path dir = new Path(in);
        FileSystem fs = dir.getFileSystem(hadoop);
        if (!fs.getFileStatus(dir).isDirectory()) {
          continue;
        }
        for (String name : AUTO_NAMES) {
          Path p = new Path(dir, name);
          if (fs.exists(p)) {
            out.add(p.toString());
          }
        }
      }
    } catch (IOException e) {
      throw new InputException("cannot look for a sidecar: " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * Reads the sidecars into (sidecar_key, sc_outlet, sc_url, sc_date, sc_title), one row per key (the
   * first wins). Read on the driver: Hadoop input formats skip _-files, and a sidecar has one small row
   * per article file, the same order as the file listing Spark keeps on the driver anyway.
   */
  static Dataset<Row> read(SparkSession spark, List<String> sidecars, ParallaxConfig.Fields f) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, Row> byKey = new LinkedHashMap<>();
    for (String s : sidecars) {
      for (Map<String, Object> rec : SidecarFile.read(s, hadoop)) {
        Object file = rec.get(KEY);
        if (file == null) {
          throw new InputException("sidecar " + s + " has a row without column '" + KEY
              + "' (the article file name)\n  valid example (CSV): file,outlet,url,date,title");
        }
        String key = TextFileReader.idOf(file.toString());
        byKey.putIfAbsent(key, RowFactory.create(key, text(rec.get(f.outlet)), text(rec.get(f.url)),
            text(rec.get(f.publishedAt)), text(rec.get(f.title))));
      }
    }
    StructType schema = new StructType().add("sidecar_key", DataTypes.StringType, false)
        .add("sc_outlet", DataTypes.StringType).add("sc_url", DataTypes.StringType)
        .add("sc_date", DataTypes.StringType).add("sc_title", DataTypes.StringType);
    return spark.createDataFrame(new ArrayList<>(byKey.values()), schema);
  }

  private static String text(Object v) {
    return v == null ? null : v.toString();
  }

  /** Text candidates with sidecar metadata filled in (input values win where present). */
  public static Dataset<Row> attach(SparkSession spark, Dataset<Row> candidates, List<String> sidecars,
      ParallaxConfig.Fields fields) {
    if (sidecars.isEmpty()) {
      return candidates;
    }
    Dataset<Row> meta = read(spark, sidecars, fields);
    Dataset<Row> joined = candidates.join(meta, candidates.col(RecordSchema.ID).equalTo(meta.col("sidecar_key")),
        "left");
    return joined
        .withColumn(RecordSchema.OUTLET, coalesce(col(RecordSchema.OUTLET), col("sc_outlet")))
        .withColumn(RecordSchema.URL, coalesce(col(RecordSchema.URL), col("sc_url")))
        .withColumn(RecordSchema.PUBLISHED_RAW, coalesce(col(RecordSchema.PUBLISHED_RAW), col("sc_date")))
        .withColumn(RecordSchema.TITLE, coalesce(col(RecordSchema.TITLE), col("sc_title")))
        .select(Columns.of(RecordSchema.CANDIDATE));
  }
}
