package org.parallax.report.tables;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.framing.FramingStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code headline_terms} report: its schema and the one function that builds it from stage outputs. */
public final class HeadlineTermsReport {
  /** framing_terms' columns, for headlines: the evidence sentence is the headline. */
  public static final ReportTable TABLE = new ReportTable("headline_terms",
    "framing_terms for headlines alone: the words each outlet's headlines of a story use more than the story's "
        + "other headlines, and avoid, with the corpus prior of the bodies; the evidence is the headline "
        + "(offsets into articles.title). Copies are left to their originals; the copies' headline changes are "
        + "in copy_edits.",
    "one row per cluster, outlet and headline term (top framing.top_terms per direction)",
    FramingTermsReport.TABLE.columns(), FramingTermsReport.TABLE.sortKeys());

  private HeadlineTermsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.framing()));

  /** The framing stage's headline terms, as they are. */
  public static Dataset<Row> build(FramingStage.Output framing) {
    return framing.headlineTerms();
  }
}
