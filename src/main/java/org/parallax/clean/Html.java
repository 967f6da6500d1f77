package org.parallax.clean;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.sql.Timestamp;
import java.time.Instant;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.spark.Rows;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.ingest.RecordSchema;

/**
 * Turns HTML records (raw .html files, or HTML in a JSON text field; told by content, not extension)
 * into main text with {@link HtmlExtractor}; the page's title, site name and publication time fill the
 * article's fields where the input left them empty.
 */
final class Html {
  static final String SOURCE_FORMAT = "source_format";
  private static final StructType EXTRACTED = new StructType()
      .add("format", DataTypes.StringType).add("text", DataTypes.StringType).add("title", DataTypes.StringType)
      .add("site", DataTypes.StringType).add("published", DataTypes.TimestampType);

  private Html() {}

  static Dataset<Row> extract(Dataset<Row> articles) {
    UserDefinedFunction extract = udf((UDF1<String, Row>) text -> {
      if (!HtmlExtractor.looksLikeHtml(text)) {
        return Rows.of(EXTRACTED).set("format", "text").set("text", text).build();
      }
      HtmlExtractor.Extracted e = HtmlExtractor.extract(text);
      Instant published = e.publishedTime() == null ? null : MetadataInference.date(e.publishedTime());
      return Rows.of(EXTRACTED).set("format", "html").set("text", e.text()).set("title", e.title())
          .set("site", e.siteName()).set("published", published == null ? null : Timestamp.from(published)).build();
    }, EXTRACTED);
    return articles
        .withColumn("_h", extract.apply(col(RecordSchema.TEXT)))
        .withColumn(SOURCE_FORMAT, col("_h.format"))
        .withColumn(RecordSchema.TEXT, col("_h.text"))
        .withColumn(RecordSchema.TITLE, coalesce(col(RecordSchema.TITLE), col("_h.title")))
        .withColumn(RecordSchema.OUTLET, coalesce(col(RecordSchema.OUTLET), col("_h.site")))
        .withColumn(RecordSchema.PUBLISHED_AT, coalesce(col(RecordSchema.PUBLISHED_AT), col("_h.published")))
        .drop("_h");
  }
}
