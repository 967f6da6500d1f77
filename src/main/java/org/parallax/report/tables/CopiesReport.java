package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;
import static org.parallax.report.ReportColumn.timestamp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.copies.CopyStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportColumn;
import org.parallax.report.ReportTable;

/** The {@code copies} report: its schema and the one function that builds it from stage outputs. */
public final class CopiesReport {
  public static final ReportTable TABLE = new ReportTable("copies",
    "Syndicated, republished and partial copies: articles most of whose text (word 5-gram shingles) occurs in "
        + "another article. Copies of one text form a group; the earliest article of the group is the original. "
        + "Copies are linked whatever their dates and always share a cluster.",
    "one row per article that is a copy (originals have no row)",
    string("article_id", false, "The copy.", "002_89291d4d50dca3d3"),
    string("copy_of", false, "The earliest article of its copy group (published first; undated ones last; then "
        + "smallest id).", "001_22cd5751afba1364"),
    dbl("containment", false, "Share of this article's distinct word shingles that occur in copy_of "
        + "(1 = every passage of it is in the original).", "0.83"),
    string("shared_passage", true, "The longest passage of this article that occurs in copy_of (up to 300 "
        + "characters).", "We are committed to maintaining and strengthening lines of communication ..."),
    dbl("days_after_original", true, "Days from copy_of's publication to this one's; null when either is "
        + "undated.", "351.1"),
    bigint("group_size", false, "Articles in the copy group, the original included.", "2"))
    .sortedBy("article_id");

  private CopiesReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.copies()));

  /** The copies stage's copies, as they are. */
  public static Dataset<Row> build(CopyStage.Output copies) {
    return copies.copies();
  }
}
