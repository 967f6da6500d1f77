package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Checks one candidate record ({@link RecordSchema#CANDIDATE}) and types it ({@link
 * RecordSchema#RECORD}): text present and non-blank, date parseable, id filled in (hash of the text when
 * the input has none). Never throws for bad data.
 */
public final class RecordValidator implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  @Override
  public Row call(Row r) {
    String source = r.getString(0);
    Long position = r.isNullAt(1) ? null : r.getLong(1);
    String excerpt = r.getString(10);
    String charset = r.getString(11);
    if (!r.isNullAt(8)) {
      return reject(source, position, r.getString(2), r.getString(8), r.getString(9), excerpt);
    }
    String id = blankToNull(r.getString(2));
    String text = r.getString(7);
    if (text == null) {
      return reject(source, position, id, RejectReason.MISSING_TEXT.code(), "no text field", excerpt);
    }
    if (text.isBlank()) {
      return reject(source, position, id, RejectReason.EMPTY_TEXT.code(), "text is empty", excerpt);
    }
    Timestamp published = null;
    String rawDate = blankToNull(r.getString(5));
    if (rawDate != null) {
      try {
        published = Timestamp.from(Dates.parse(rawDate));
      } catch (IllegalArgumentException e) {
        return reject(source, position, id, RejectReason.BAD_DATE.code(), e.getMessage(), excerpt);
      }
    }
    if (id == null) {
      id = contentId(text);
    }
    return RowFactory.create(source, position, id.strip(), blankToNull(r.getString(3)),
        blankToNull(r.getString(4)), published, blankToNull(r.getString(6)), text, null, null, excerpt, charset);
  }

  private static Row reject(String source, Long position, String id, String reason, String detail,
      String excerpt) {
    return RowFactory.create(source, position, id, null, null, null, null, null, reason, detail, excerpt, null);
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
