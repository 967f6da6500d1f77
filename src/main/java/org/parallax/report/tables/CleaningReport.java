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

/** The {@code cleaning} report: its schema and the one function that builds it from stage outputs. */
public final class CleaningReport {
  public static final ReportTable TABLE = new ReportTable("cleaning",
    "What cleaning did to each accepted article: how its bytes were decoded and what was repaired.",
    "one row per accepted article",
    string("article_id", false, "Article id.", "003_4a09b757ad9d92c4"),
    string("source_charset", true, "Charset the raw bytes were decoded with: the byte-order mark's, UTF-8, "
        + "or the detected one (for JSONL, of the article's own line: a line that is not UTF-8 is decoded by "
        + "detection, never with U+FFFD); UTF-8 for Parquet.", "windows-1252"),
    string("source_format", false, "html when the record was an HTML page or fragment (main text extracted), "
        + "else text.", "html"),
    integer("chars_in", false, "Characters of the text as read.", "2721"),
    integer("chars_out", false, "Characters of the clean text (articles.text).", "2690"),
    integer("encoding_repairs", false, "Characters recovered from mojibake (UTF-8 read as GBK, Windows-1252 "
        + "or Latin-1, or encoded twice), lost punctuation restored included.", "23"),
    integer("blocks_repeated", false, "Lines removed because they recur across the outlet's articles or twice "
        + "in this one (site blurbs, copyright lines).", "2"),
    integer("blocks_link_list", false, "Lines removed as link lists: recurring markers (\"Read more\"), the "
        + "teaser before each, bulleted headline and tag lists.", "12"),
    integer("blocks_breadcrumb", false, "Breadcrumb lines removed (Home > Section > ...).", "1"),
    integer("blocks_low_content", false, "Lines removed by the jusText-style length and stop-word "
        + "classification with context (headline lists, section labels, share lines).", "11"),
    string("inferred_outlet", true, "Outlet found in the text (copyright line, page title suffix) or the URL "
        + "host; used only where the input gave none.", "Almasirah"),
    string("outlet_evidence", true, "Where inferred_outlet came from, quoting the text.",
        "copyright line: copyright by Almasirah 2024 ©"),
    timestamp("inferred_published_at", true, "Publication time from a labelled date line (Date:, Published, "
        + "Updated); used only where the input gave none.", "2025-04-12 03:02:51+00"),
    timestamp("original_published_at", true, "An 'originally/first published' date, kept beside a republish "
        + "date.", "2024-04-26 00:00:00+00"),
    string("date_evidence", true, "The date lines the dates came from.", "Date:2025-04-12 03:02:51"),
    string("dateline_place", true, "Place of the dateline that opens the body.", "TAIPEI, Taiwan"),
    string("agency", true, "Wire agency named in the dateline.", "AP"),
    string("inferred_title", true, "First headline-like line before the body; used only where the input gave "
        + "none.", "Blinken’s Talks in Beijing Echo Xi Jinping’s Unity Call"))
    .sortedBy("article_id");

  private CleaningReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.clean()));

  /** What cleaning did to each accepted article. */
  public static Dataset<Row> build(CleanStage.Output clean) {
    return CleanStage.report(clean.articles());
  }
}
