package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.string;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.framing.FramingStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code outlet_style} report: its schema and the one function that builds it from stage outputs. */
public final class OutletStyleReport {
  public static final ReportTable TABLE = new ReportTable("outlet_style",
    "Each outlet's house style, kept out of the story-level framing contrasts: words it over-uses against "
        + "the whole corpus in many of its stories (kind 'house_style', e.g. an honorific), and the spellings "
        + "it prefers where the corpus mostly writes the word another way (kind 'spelling', e.g. e-mail/email).",
    "one row per outlet, kind and term",
    string("outlet", false, "Outlet.", "New York Times"),
    string("kind", false, "'house_style' or 'spelling'.", "spelling"),
    string("term", false, "The outlet's word or spelling.", "e-mail"),
    string("variant", true, "For 'spelling': the form the corpus uses most; null for 'house_style'.", "email"),
    bigint("count", false, "Times the outlet wrote it, all stories.", "14"),
    bigint("stories", false, "Clusters of the outlet's articles it appears in.", "9"),
    dbl("z", true, "For 'house_style': log-odds z of the outlet against the whole corpus (at least "
        + "framing.house_style_z); null for 'spelling'.", "6.2"))
    .sortedBy("outlet", "kind", "term");

  private OutletStyleReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.framing()));

  /** The framing stage's style rows, as they are. */
  public static Dataset<Row> build(FramingStage.Output framing) {
    return framing.style();
  }
}
