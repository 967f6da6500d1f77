package org.parallax.ingest;

/** Why a record or a file was rejected; the code is the {@code reason} column of the rejects report. */
public enum RejectReason {
  EMPTY_RECORD("the line holds nothing"),
  MALFORMED_JSON("the line is not JSON objects only (cut off, garbage after the object, not an object)"),
  WRONG_TYPE("a field has the wrong JSON type (e.g. text is a number or an object)"),
  MISSING_TEXT("the text field is absent or null"),
  EMPTY_TEXT("the text field is empty or blank"),
  BAD_DATE("the publication date cannot be parsed"),
  TEXT_TOO_SHORT("the cleaned text is shorter than clean.min_chars"),
  DUPLICATE_ID("another record with the same id came first (by source and position)"),
  RECORD_TOO_LARGE("a line or a text file is larger than input.max_record_mb"),
  EMPTY_FILE("the file has no bytes"),
  BINARY_FILE("a file in a text folder holds binary data (NUL bytes, or an image, PDF or archive header)"),
  UNSUPPORTED_FILE("the file's extension names a format Parallax does not read (e.g. .pdf, .csv, .zip)"),
  UNREADABLE_FILE("the file cannot be read (truncated or corrupt gzip, not gzip though named .gz, a Parquet "
      + "file Spark cannot read, an I/O error); records read before the break are kept"),
  DECOMPRESSION_LIMIT("the file expands over input.max_decompressed_mb or input.max_compression_ratio; "
      + "records read before the limit are kept"),
  MALFORMED_SIDECAR("a row of a sidecar metadata file cannot be read (bad CSV or JSON, no 'file' column); "
      + "the articles are read without that row's metadata");

  public final String meaning;

  RejectReason(String meaning) {
    this.meaning = meaning;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Every code, for documentation. */
  public static String codes() {
    StringBuilder sb = new StringBuilder();
    for (RejectReason r : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(r.code());
    }
    return sb.toString();
  }
}
