package org.parallax.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.spark.Rows;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.config.ParallaxConfig;
import org.parallax.spark.Columns;

/**
 * Metadata for text-file articles: a CSV (with header) or JSONL file with a column {@code file} (the
 * file name, with or without extension) and the columns named by {@code input.fields} (outlet, url,
 * date, title). With {@code input.sidecar: auto}, {@code _metadata.csv} or {@code _metadata.jsonl}
 * inside a text input folder is used.
 */
public final class Sidecar {
  private static final StructType SIDECAR = new StructType().add("sidecar_key", DataTypes.StringType, false)
      .add("sc_outlet", DataTypes.StringType).add("sc_url", DataTypes.StringType)
      .add("sc_date", DataTypes.StringType).add("sc_title", DataTypes.StringType);

  static final String KEY = "file";
  private static final List<String> AUTO_NAMES = List.of("_metadata.csv", "_metadata.jsonl");

  private Sidecar() {}

  /**
   * Sidecar files under the configured policy: none; the file named by input.sidecar (its existence is
   * checked before Spark starts); or, with auto, the _metadata.csv / _metadata.jsonl the inventory found
   * at the top of an input folder.
   */
  public static List<String> locate(InputInventory inventory, String policy) {
    if (policy.equals("none")) {
      return List.of();
    }
    if (!policy.equals("auto")) {
      return List.of(policy);
    }
    return inventory.files(InputFile.Kind.SIDECAR).stream().map(InputFile::path).toList();
  }

  /** Sidecar metadata rows (sidecar_key, sc_outlet, sc_url, sc_date, sc_title) and the rows refused. */
  record Meta(Dataset<Row> rows, List<Row> rejects) {}

  /**
   * Reads the sidecars into (sidecar_key, sc_outlet, sc_url, sc_date, sc_title), one row per key (the
   * first wins), and a candidate-record reject for every row that cannot be used. Read on the driver: a
   * sidecar has one small row per article file, the same order as the file listing Spark keeps on the
   * driver anyway.
   */
  static Meta read(SparkSession spark, List<String> sidecars, ParallaxConfig.Fields f) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, Row> byKey = new LinkedHashMap<>();
    List<Row> rejects = new ArrayList<>();
    for (String s : sidecars) {
      String source = new Path(s).toString();
      SidecarFile.Content content = SidecarFile.read(s, hadoop);
      for (SidecarFile.Problem p : content.problems()) {
        rejects.add(RecordSchema.reject(source, p.line(), null, RejectReason.MALFORMED_SIDECAR, p.detail()));
      }
      for (SidecarFile.Entry e : content.entries()) {
        Object file = e.values().get(KEY);
        if (file == null) {
          rejects.add(RecordSchema.reject(source, e.line(), null, RejectReason.MALFORMED_SIDECAR,
              "the row has no column '" + KEY + "' (the article file name); valid example (CSV): "
                  + "file,outlet,url,date,title"));
          continue;
        }
        String key = TextFileReader.idOf(file.toString());
        byKey.putIfAbsent(key, Rows.of(SIDECAR).set("sidecar_key", key).set("sc_outlet", text(e.values().get(f.outlet)))
            .set("sc_url", text(e.values().get(f.url))).set("sc_date", text(e.values().get(f.publishedAt)))
            .set("sc_title", text(e.values().get(f.title))).build());
      }
    }
    return new Meta(spark.createDataFrame(new ArrayList<>(byKey.values()), SIDECAR), rejects);
  }

  private static String text(Object v) {
    return v == null ? null : v.toString();
  }

  /**
   * Text candidates with sidecar metadata filled in (input values win where present), and the sidecar
   * rows that could not be used as rejects.
   */
  public static Dataset<Row> attach(SparkSession spark, Dataset<Row> candidates, List<String> sidecars,
      ParallaxConfig.Fields fields) {
    if (sidecars.isEmpty()) {
      return candidates;
    }
    Meta read = read(spark, sidecars, fields);
    Dataset<Row> meta = read.rows();
    Dataset<Row> joined = candidates.join(meta, candidates.col(RecordSchema.ID).equalTo(meta.col("sidecar_key")),
        "left");
    return joined
        .withColumn(RecordSchema.OUTLET, coalesce(col(RecordSchema.OUTLET), col("sc_outlet")))
        .withColumn(RecordSchema.URL, coalesce(col(RecordSchema.URL), col("sc_url")))
        .withColumn(RecordSchema.PUBLISHED_RAW, coalesce(col(RecordSchema.PUBLISHED_RAW), col("sc_date")))
        .withColumn(RecordSchema.TITLE, coalesce(col(RecordSchema.TITLE), col("sc_title")))
        .select(Columns.of(RecordSchema.CANDIDATE))
        .unionByName(spark.createDataFrame(read.rejects(), RecordSchema.CANDIDATE));
  }
}
