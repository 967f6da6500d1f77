package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;
import static org.parallax.report.ReportColumn.timestamp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.framing.FramingStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportColumn;
import org.parallax.report.ReportTable;

/** The {@code framing_terms} report: its schema and the one function that builds it from stage outputs. */
public final class FramingTermsReport {
  public static final ReportTable TABLE = new ReportTable("framing_terms",
    "Each outlet's most distinctive terms against the rest of the same cluster: log-odds ratio with an "
        + "informative Dirichlet prior from corpus-wide term frequencies (Monroe, Colaresi & Quinn 2008). "
        + "Only clusters with at least framing.min_outlets outlets.",
    "one row per cluster, outlet and term (top framing.top_terms terms by z)",
    string("cluster_id", false, "Cluster id.", "s1a2b3c4d5e6f"),
    string("outlet", false, "Outlet.", "Almasirah"),
    string("term", false, "Term (lower-cased token).", "sovereignty"),
    integer("rank", false, "1 = most distinctive for this outlet in this cluster.", "1"),
    bigint("count", false, "Times the outlet used the term in this cluster.", "3"),
    bigint("count_rest", false, "Times the other outlets in the cluster used it.", "0"),
    dbl("log_odds", false, "Log-odds ratio (outlet vs rest), prior-smoothed; > 0 = the outlet uses it more.",
        "1.42"),
    dbl("z", false, "log_odds divided by its standard deviation; |z| > 1.96 is conventionally notable.", "2.31"))
    .sortedBy("cluster_id", "outlet", "rank", "term");

  private FramingTermsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.framing()));

  /** The framing stage's terms, as they are. */
  public static Dataset<Row> build(FramingStage.Output framing) {
    return framing.terms();
  }
}
