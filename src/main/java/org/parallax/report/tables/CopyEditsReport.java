package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.framing.FramingStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code copy_edits} report: its schema and the one function that builds it from stage outputs. */
public final class CopyEditsReport {
  public static final ReportTable TABLE = new ReportTable("copy_edits",
    "What each copy (the copies report) changed in the article it copies: where republished wire copy is "
        + "reframed. Sentences are aligned in order: the same text first, then the most similar remaining "
        + "sentence (overlap coefficient of content words at least framing.statement_similarity).",
    "one row per copy and edit (a copy identical to its original has none)",
    string("article_id", false, "The copy.", "002_89291d4d50dca3d3"),
    string("copy_of", false, "The article it copies (copies.copy_of).", "001_22cd5751afba1364"),
    string("edit", false, "'headline' (the title differs), 'added' (a sentence the original lacks), 'dropped' "
        + "(an original sentence the copy lacks) or 'substituted' (a kept sentence with words changed).",
        "substituted"),
    integer("sentence_index", true, "The copy's sentence (sentences.sentence_index; 0 for a headline); null for "
        + "'dropped' and for a headline edit when the copy has no title.", "4"),
    integer("char_start", true, "Offset of the copy's sentence in its title or text.", "310"),
    integer("char_end", true, "End offset of the copy's sentence.", "402"),
    string("text", true, "The copy's sentence or title.", "Blinken warned Beijing against meddling ..."),
    integer("original_sentence_index", true, "The original's sentence; null for 'added'.", "4"),
    integer("original_char_start", true, "Offset of the original's sentence.", "298"),
    integer("original_char_end", true, "End offset of the original's sentence.", "391"),
    string("original_text", true, "The original's sentence or title.", "Blinken cautioned Beijing against ..."),
    string("removed_words", true, "For 'substituted': the original's words the copy left out, space-separated.",
        "cautioned"),
    string("added_words", true, "For 'substituted': the copy's words the original lacks.", "warned meddling"))
    .sortedBy("article_id", "edit", "sentence_index", "original_sentence_index");

  private CopyEditsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.framing()));

  /** The framing stage's copy edits, as they are. */
  public static Dataset<Row> build(FramingStage.Output framing) {
    return framing.copyEdits();
  }
}
