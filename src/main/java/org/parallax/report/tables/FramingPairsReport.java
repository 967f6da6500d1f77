package org.parallax.report.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.framing.FramingStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportColumn;
import org.parallax.report.ReportTable;

/** The {@code framing_pairs} report: its schema and the one function that builds it from stage outputs. */
public final class FramingPairsReport {
  public static final ReportTable TABLE = new ReportTable("framing_pairs",
    "framing_terms outlet against outlet: in stories of 3 to framing.pairwise_max_outlets outlets, the words "
        + "each outlet uses more than one other outlet (versus) and avoids against it, with the same statistic, "
        + "evidence and 'instead' as framing_terms. count_rest counts the versus outlet only.",
    "one row per cluster, outlet, versus outlet and term (top framing.top_terms per direction)",
    columns(), List.of("cluster_id", "outlet", "versus", "direction", "rank", "term"));

  private FramingPairsReport() {}

  private static List<ReportColumn> columns() {
    List<ReportColumn> out = new ArrayList<>(FramingTermsReport.TABLE.columns());
    out.add(2, ReportColumn.string("versus", false, "The one other outlet of the story this outlet is compared with.",
        "New York Times"));
    return List.copyOf(out);
  }

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.framing()));

  /** The framing stage's outlet-against-outlet terms, as they are. */
  public static Dataset<Row> build(FramingStage.Output framing) {
    return framing.pairs();
  }
}
