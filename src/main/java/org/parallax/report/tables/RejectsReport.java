package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;
import static org.parallax.report.ReportColumn.timestamp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.clean.CleanStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportColumn;
import org.parallax.report.ReportTable;

/** The {@code rejects} report: its schema and the one function that builds it from stage outputs. */
public final class RejectsReport {
  public static final ReportTable TABLE = new ReportTable("rejects",
    "Every input record that was not analysed, and every input file that could not be read, with why and where "
        + "it came from.",
    "one row per rejected record",
    string("source", false, "File the record came from (for a sidecar row, the sidecar file).",
        "file:/data/corpus/part-0001.jsonl"),
    bigint("position", true, "1-based line (JSONL, sidecar) or row (Parquet); null for one-file-per-article "
        + "input and for a whole file that could not be read.",
        "42"),
    string("article_id", true, "Id of the record when it could be read.", "basil-17"),
    string("stage", false, "Stage that rejected it: ingest or clean.", "ingest"),
    string("reason", false, "Reason code (see docs/reports.md#reject-reasons): " + org.parallax.ingest.RejectReason.codes()
        + ".", "malformed_json"),
    string("detail", true, "What exactly was wrong.", "Unexpected end-of-input: expected close marker for "
        + "Object (column 57)"),
    string("excerpt", true, "Start of the raw record (input.reject_excerpt_chars characters).",
        "{\"id\": \"x1\", \"text\": \"Blinken arrived"))
    .sortedBy("source", "position", "stage", "reason", "article_id", "detail", "excerpt");

  private RejectsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.clean()));

  /** Every reject of ingest and clean. */
  public static Dataset<Row> build(CleanStage.Output clean) {
    return clean.rejects();
  }
}
