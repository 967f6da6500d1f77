package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.string;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.groups.GroupStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportColumn;
import org.parallax.report.ReportTable;

/** The {@code framing_group_terms} report: its schema and the one function that builds it from stage outputs. */
public final class FramingGroupTermsReport {
  public static final ReportTable TABLE = new ReportTable("framing_group_terms",
    "framing_terms between a story's outlet groups instead of its outlets: for each group column of the outlet "
        + "table, the words one side (e.g. lean = right) uses more than the story's other sides, and avoids. "
        + "Counts pool the side's outlets (count: this side's, count_rest: the other sides'), and evidence_outlet "
        + "is the outlet whose sentence is cited. Only stories with two or more values of the column; empty "
        + "without an outlet table.",
    "one row per cluster, group column, group value and term (top framing.top_terms per direction)",
    columns(), List.of("cluster_id", "group_column", "group_value", "direction", "rank", "term"));

  private FramingGroupTermsReport() {}

  /** framing_terms' columns, with the side (group column and value) in place of the outlet. */
  private static List<ReportColumn> columns() {
    List<ReportColumn> out = new ArrayList<>();
    for (ReportColumn c : FramingTermsReport.TABLE.columns()) {
      if (c.name().equals("outlet")) {
        out.add(string("group_column", false, "A column of the outlet table.", "lean"));
        out.add(string("group_value", false, "The side: a value of the column.", "right"));
      } else {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.groups()));

  /** The groups stage's terms, as they are. */
  public static Dataset<Row> build(GroupStage.Output groups) {
    return groups.terms();
  }
}
