package org.parallax.ingest;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * The columns every input format is read into. {@link #CANDIDATE} is what a format reader produces
 * (date still raw text); {@link #RECORD} is after {@link RecordValidator}: typed, with a reject reason
 * when the record cannot be used.
 */
public final class RecordSchema {
  public static final String SOURCE = "source";
  public static final String POSITION = "position";
  public static final String ID = "article_id";
  public static final String OUTLET = "outlet";
  public static final String URL = "url";
  public static final String PUBLISHED_RAW = "published_raw";
  public static final String PUBLISHED_AT = "published_at";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String EXCERPT = "excerpt";
  public static final String CHARSET = "source_charset";

  public static final StructType CANDIDATE = new StructType()
      .add(SOURCE, StringType, false)
      .add(POSITION, LongType, true)
      .add(ID, StringType, true)
      .add(OUTLET, StringType, true)
      .add(URL, StringType, true)
      .add(PUBLISHED_RAW, StringType, true)
      .add(TITLE, StringType, true)
      .add(TEXT, StringType, true)
      .add(REASON, StringType, true)
      .add(DETAIL, StringType, true)
      .add(EXCERPT, StringType, true)
      .add(CHARSET, StringType, true);

  public static final StructType RECORD = new StructType()
      .add(SOURCE, StringType, false)
      .add(POSITION, LongType, true)
      .add(ID, StringType, true)
      .add(OUTLET, StringType, true)
      .add(URL, StringType, true)
      .add(PUBLISHED_AT, TimestampType, true)
      .add(TITLE, StringType, true)
      .add(TEXT, StringType, true)
      .add(REASON, StringType, true)
      .add(DETAIL, StringType, true)
      .add(EXCERPT, StringType, true)
      .add(CHARSET, StringType, true);

  private RecordSchema() {}

  /** A candidate record that is a reject from the start: a file or a row no reader could use. */
  static Row reject(String source, Long position, String id, RejectReason reason, String detail) {
    return candidate(source, position, id, null, null, null, null, null, reason.code(), detail, null, null);
  }

  /**
   * A {@link #CANDIDATE} row that carries its schema, so that the next function can read it by name even
   * when Spark hands it over without serializing it in between.
   */
  static Row candidate(String source, Long position, String id, String outlet, String url, String publishedRaw,
      String title, String text, String reason, String detail, String excerpt, String charset) {
    return new GenericRowWithSchema(new Object[] {source, position, id, outlet, url, publishedRaw, title, text,
        reason, detail, excerpt, charset}, CANDIDATE);
  }

  static String excerpt(String s, int max) {
    if (s == null) {
      return null;
    }
    String flat = s.replaceAll("\\s+", " ").trim();
    return flat.length() <= max ? flat : flat.substring(0, max) + "…";
  }
}
