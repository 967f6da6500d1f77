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

  /**
   * The start of {@code s} on one line, as a reject's excerpt: {@link #excerptByPattern} (whitespace runs as one
   * space, trimmed, cut at {@code max} characters with an ellipsis), but reading only as far as the cut. Every
   * record gets one, and an article is thousands of characters long: the pattern over the whole line was half
   * of ingest on all of ABP.
   */
  static String excerpt(String s, int max) {
    if (s == null) {
      return null;
    }
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) <= ' ') { // trim() drops every leading character up to ' '
      i++;
    }
    StringBuilder out = new StringBuilder(Math.min(n - i, max));
    boolean space = false;
    for (; i < n && out.length() < max; i++) {
      char c = s.charAt(i);
      if (isPatternSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
        if (out.length() == max) {
          break; // c is read again below: it is past the cut
        }
      }
      out.append(c);
    }
    for (; i < n; i++) {
      if (s.charAt(i) > ' ') { // text beyond the cut: the excerpt is cut
        return out + "…";
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) <= ' ') { // trim() drops every trailing character up to ' '
      end--;
    }
    return out.substring(0, end);
  }

  /** {@code \\s} of java.util.regex (no Unicode flag): space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** The definition {@link #excerpt} follows (tests compare the two). */
  static String excerptByPattern(String s, int max) {
    if (s == null) {
      return null;
    }
    String flat = s.replaceAll("\\s+", " ").trim();
    return flat.length() <= max ? flat : flat.substring(0, max) + "…";
  }
}
