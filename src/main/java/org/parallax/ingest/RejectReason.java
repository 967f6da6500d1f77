package org.parallax.ingest;

/** Why a record was rejected; the code is the {@code reason} column of the rejects report. */
public enum RejectReason {
  EMPTY_RECORD("the line or file holds nothing"),
  MALFORMED_JSON("the line is not one JSON object"),
  WRONG_TYPE("a field has the wrong JSON type (e.g. text is a number or an object)"),
  MISSING_TEXT("the text field is absent or null"),
  EMPTY_TEXT("the text field is empty or blank"),
  BAD_DATE("the publication date cannot be parsed"),
  TEXT_TOO_SHORT("the cleaned text is shorter than clean.min_chars"),
  DUPLICATE_ID("another record with the same id came first (by source and position)");

  public final String meaning;

  RejectReason(String meaning) {
    this.meaning = meaning;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
