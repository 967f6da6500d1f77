package org.parallax.clean;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.spark.Rows;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.ingest.RecordSchema;

/**
 * Runs {@link MetadataInference} on every article and fills outlet, published_at and title where the
 * input left them empty (input and sidecar values always win). Adds the inferred values and their
 * evidence as columns for the cleaning report, and agency and dateline_place for the articles report.
 */
final class Metadata {
  static final List<String> REPORT_COLUMNS = List.of("inferred_outlet", "outlet_evidence", "inferred_published_at",
      "original_published_at", "date_evidence", "dateline_place", "agency", "inferred_title");
  private static final StructType INFERRED = new StructType()
      .add("outlet", DataTypes.StringType).add("outlet_evidence", DataTypes.StringType)
      .add("published_at", DataTypes.TimestampType).add("original_published_at", DataTypes.TimestampType)
      .add("date_evidence", DataTypes.StringType).add("dateline_place", DataTypes.StringType)
      .add("agency", DataTypes.StringType).add("title", DataTypes.StringType);

  private Metadata() {}

  static Dataset<Row> fill(Dataset<Row> articles) {
    UserDefinedFunction infer = udf((UDF2<String, String, Row>) (text, url) -> {
      MetadataInference.Inferred m = MetadataInference.infer(text, url);
      return Rows.of(INFERRED).set("outlet", m.outlet()).set("outlet_evidence", m.outletEvidence())
          .set("published_at", ts(m.publishedAt())).set("original_published_at", ts(m.originalPublishedAt()))
          .set("date_evidence", m.dateEvidence()).set("dateline_place", m.datelinePlace()).set("agency", m.agency())
          .set("title", m.title()).build();
    }, INFERRED);
    return articles
        .withColumn("_m", infer.apply(col(RecordSchema.TEXT), col(RecordSchema.URL)))
        .withColumn("inferred_outlet", col("_m.outlet"))
        .withColumn("outlet_evidence", col("_m.outlet_evidence"))
        .withColumn("inferred_published_at", col("_m.published_at"))
        .withColumn("original_published_at", col("_m.original_published_at"))
        .withColumn("date_evidence", col("_m.date_evidence"))
        .withColumn("dateline_place", col("_m.dateline_place"))
        .withColumn("agency", col("_m.agency"))
        .withColumn("inferred_title", col("_m.title"))
        .withColumn(RecordSchema.OUTLET, coalesce(col(RecordSchema.OUTLET), col("inferred_outlet")))
        .withColumn(RecordSchema.PUBLISHED_AT, coalesce(col(RecordSchema.PUBLISHED_AT), col("inferred_published_at")))
        .withColumn(RecordSchema.TITLE, coalesce(col(RecordSchema.TITLE), col("inferred_title")))
        .drop("_m");
  }

  private static Timestamp ts(java.time.Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
