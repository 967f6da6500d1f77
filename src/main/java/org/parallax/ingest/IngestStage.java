package org.parallax.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.parallax.config.ParallaxConfig;
import org.parallax.spark.Columns;

/**
 * Ingest: every input (JSONL, Parquet, text folders with sidecars) into one set of typed records, each
 * either accepted or carrying the reason it was rejected. Nothing is dropped: {@link #records} holds
 * every record read.
 */
public final class IngestStage {
  /** Columns of an accepted article after ingest. */
  public static final Column[] ARTICLE_COLUMNS = {
      col(RecordSchema.ID), col(RecordSchema.OUTLET), col(RecordSchema.URL), col(RecordSchema.PUBLISHED_AT),
      col(RecordSchema.TITLE), col(RecordSchema.TEXT), col(RecordSchema.SOURCE), col(RecordSchema.POSITION),
      col(RecordSchema.CHARSET)};

  private IngestStage() {}

  /** Every record read, typed ({@link RecordSchema#RECORD}); rejected ones have a reason. */
  public static Dataset<Row> records(SparkSession spark, List<String> inputs, ParallaxConfig.Input input) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Map<InputFormat, List<String>> byFormat = new EnumMap<>(InputFormat.class);
    for (String in : inputs) {
      byFormat.computeIfAbsent(InputFormat.resolve(in, input.format, hadoop), k -> new ArrayList<>()).add(in);
    }
    Dataset<Row> candidates = null;
    for (Map.Entry<InputFormat, List<String>> e : byFormat.entrySet()) {
      Dataset<Row> part = switch (e.getKey()) {
        case JSONL -> JsonlReader.read(spark, e.getValue(), input);
        case PARQUET -> ParquetReader.read(spark, e.getValue(), input);
        case TEXT -> Sidecar.attach(spark, TextFileReader.read(spark, e.getValue(), input.rejectExcerptChars),
            Sidecar.locate(e.getValue(), input.sidecar, hadoop), input.fields);
      };
      candidates = candidates == null ? part : candidates.unionByName(part);
    }
    Dataset<Row> typed = candidates.map(new RecordValidator(), Encoders.row(RecordSchema.RECORD));
    return markDuplicateIds(typed);
  }

  /** The first record of an id (by source, then position) is kept; later ones are rejected. */
  static Dataset<Row> markDuplicateIds(Dataset<Row> records) {
    Column ok = col(RecordSchema.REASON).isNull();
    WindowSpec byId = Window.partitionBy(RecordSchema.ID).orderBy(RecordSchema.SOURCE, RecordSchema.POSITION);
    Column firstAt = concat(first(col(RecordSchema.SOURCE)).over(byId),
        when(first(col(RecordSchema.POSITION)).over(byId).isNotNull(),
            concat(lit(":"), first(col(RecordSchema.POSITION)).over(byId).cast("string"))).otherwise(lit("")));
    Dataset<Row> accepted = records.filter(ok)
        .withColumn("_n", row_number().over(byId))
        .withColumn("_first", firstAt);
    Column dup = col("_n").gt(1);
    Dataset<Row> marked = accepted
        .withColumn(RecordSchema.REASON, when(dup, lit(RejectReason.DUPLICATE_ID.code())))
        .withColumn(RecordSchema.DETAIL, when(dup, concat(lit("id '"), col(RecordSchema.ID),
            lit("' already read at "), col("_first"))))
        .select(Columns.of(RecordSchema.RECORD));
    return marked.unionByName(records.filter(col(RecordSchema.REASON).isNotNull()));
  }

  /** Accepted records as articles. */
  public static Dataset<Row> accepted(Dataset<Row> records) {
    return records.filter(col(RecordSchema.REASON).isNull()).select(ARTICLE_COLUMNS);
  }

  /** Rejected records as rejects-report rows. */
  public static Dataset<Row> rejected(Dataset<Row> records) {
    return Rejects.of(records.filter(col(RecordSchema.REASON).isNotNull()), "ingest");
  }
}
