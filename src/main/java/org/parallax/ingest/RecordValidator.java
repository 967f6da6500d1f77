package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Checks one candidate record ({@link RecordSchema#CANDIDATE}) and types it: text present and non-blank,
 * date parseable, id filled in (hash of the text when the input has none). Never throws for bad data.
 * The date leaves as microseconds since the epoch ({@link #VALIDATED}), which {@link IngestStage} turns
 * into a timestamp in SQL, so that no java.sql.Timestamp (hybrid Julian calendar) shifts dates before
 * 1582.
 */
public final class RecordValidator implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  static final String PUBLISHED_MICROS = "published_micros";

  /** {@link RecordSchema#RECORD} with the date as epoch microseconds. */
  static final StructType VALIDATED = new StructType()
      .add(RecordSchema.SOURCE, DataTypes.StringType, false)
      .add(RecordSchema.POSITION, DataTypes.LongType, true)
      .add(RecordSchema.ID, DataTypes.StringType, true)
      .add(RecordSchema.OUTLET, DataTypes.StringType, true)
      .add(RecordSchema.URL, DataTypes.StringType, true)
      .add(PUBLISHED_MICROS, DataTypes.LongType, true)
      .add(RecordSchema.TITLE, DataTypes.StringType, true)
      .add(RecordSchema.TEXT, DataTypes.StringType, true)
      .add(RecordSchema.REASON, DataTypes.StringType, true)
      .add(RecordSchema.DETAIL, DataTypes.StringType, true)
      .add(RecordSchema.EXCERPT, DataTypes.StringType, true)
      .add(RecordSchema.CHARSET, DataTypes.StringType, true);

  @Override
  public Row call(Row r) {
    String source = r.getAs(RecordSchema.SOURCE);
    Long position = r.getAs(RecordSchema.POSITION);
    String excerpt = r.getAs(RecordSchema.EXCERPT);
    String charset = r.getAs(RecordSchema.CHARSET);
    String reason = r.getAs(RecordSchema.REASON);
    String rawId = r.getAs(RecordSchema.ID);
    if (reason != null) {
      return reject(source, position, rawId, reason, r.getAs(RecordSchema.DETAIL), excerpt);
    }
    String id = blankToNull(rawId);
    String text = r.getAs(RecordSchema.TEXT);
    if (text == null) {
      return reject(source, position, id, RejectReason.MISSING_TEXT.code(), "no text field", excerpt);
    }
    if (text.isBlank()) {
      return reject(source, position, id, RejectReason.EMPTY_TEXT.code(), "text is empty", excerpt);
    }
    Long published = null;
    String rawDate = blankToNull(r.getAs(RecordSchema.PUBLISHED_RAW));
    if (rawDate != null) {
      try {
        published = micros(Dates.parse(rawDate));
      } catch (IllegalArgumentException | ArithmeticException e) {
        return reject(source, position, id, RejectReason.BAD_DATE.code(), e.getMessage(), excerpt);
      }
    }
    if (id == null) {
      id = contentId(text);
    }
    return new GenericRowWithSchema(new Object[] {source, position, id.strip(),
        blankToNull(r.getAs(RecordSchema.OUTLET)), blankToNull(r.getAs(RecordSchema.URL)), published,
        blankToNull(r.getAs(RecordSchema.TITLE)), text, null, null, excerpt, charset}, VALIDATED);
  }

  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
  }

  private static Row reject(String source, Long position, String id, String reason, String detail,
      String excerpt) {
    return new GenericRowWithSchema(new Object[] {source, position, id, null, null, null, null, null, reason, detail,
        excerpt, null}, VALIDATED);
  }

  /** A stable id from the text: "sha256-" and the first 16 hex digits of its SHA-256. */
  public static String contentId(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
