package org.parallax.report.tables;

import static org.apache.spark.sql.functions.col;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.outlet;
import static org.parallax.report.ReportColumn.string;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;
import org.parallax.sentences.SentenceStage;

/** The {@code sentences} report: its schema and the one function that builds it from stage outputs. */
public final class SentencesReport {
  public static final ReportTable TABLE = new ReportTable("sentences",
    "The title and body of every article of a story covered by two or more outlets or holding a copy, split "
        + "into sentences with "
        + "character offsets: framing_terms and framing_statements cite them, and they join to articles on "
        + "article_id.",
    "one row per sentence (the title is part 'title', sentence 0)",
    string("article_id", false, "The article (articles.article_id).", "003_4a09b757ad9d92c4"),
    string("cluster_id", false, "The article's cluster.", "s1a2b3c4d5e6f"),
    outlet("The article's outlet;"),
    string("part", false, "'title' (offsets into articles.title) or 'body' (offsets into articles.text).", "body"),
    integer("sentence_index", false, "0-based position of the sentence in its part.", "2"),
    integer("char_start", false, "Offset of the sentence's first character in the title or text (0-based).", "412"),
    integer("char_end", false, "Offset just past its last character: substring(text, char_start + 1, "
        + "char_end - char_start) in SQL is the sentence.", "530"),
    string("text", false, "The sentence as written.", "Blinken met with Xi in Beijing after holding talks ..."),
    dbl("tone", false, "The sentence's tone, -1 (hostile) to +1 (favourable): P(positive) - P(negative) by the "
        + "shipped tone model (trained on NewsMTSC) read without a target; words in quotation marks count apart "
        + "from the outlet's own.", "-0.42"))
    .sortedBy("article_id", "part", "sentence_index");

  private SentencesReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.sentences()));

  /** The sentence stage's rows without the word lists. */
  public static Dataset<Row> build(SentenceStage.Output sentences) {
    return sentences.sentences().drop(col(SentenceStage.TERMS)).drop(col(SentenceStage.NAMES));
  }
}
