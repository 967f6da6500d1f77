package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.outlet;
import static org.parallax.report.ReportColumn.string;

import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code quotes} report: its schema and the one function that builds it from stage outputs. */
public final class QuotesReport {
  public static final ReportTable TABLE = new ReportTable("quotes",
    "Who says what in each article: quotations in marks (curly, straight, doubled apostrophes; one that runs "
        + "over several paragraphs is one row) and indirect speech, each with the reporting verb (cue) and the "
        + "speaker as written next to it and resolved to the fullest name the article gives. Offsets are into "
        + "articles.text.",
    "one row per quotation",
    string("article_id", false, "The article (articles.article_id).", "000_5f1c2a9b0d3e4f61"),
    string("cluster_id", false, "The article's cluster.", "s1a2b3c4d5e6f"),
    outlet("The article's outlet;"),
    integer("quote_index", false, "0-based position of the quotation in the article.", "3"),
    string("kind", false, "'direct' (a speaker's words set apart in marks: after a colon, at a sentence's start, "
        + "next to a cue), 'partial' (a few quoted words inside the outlet's own sentence: called it \"a "
        + "disgrace\") or 'indirect' (no marks: \"X said that ...\", \"according to X, ...\").", "direct"),
    integer("char_start", false, "Offset of the quotation's first character in articles.text (0-based; the "
        + "opening mark for a quotation in marks).", "1204"),
    integer("char_end", false, "Offset just past its last character (the closing mark).", "1310"),
    string("quote_text", false, "The words quoted, without the marks (paragraphs joined by a space).",
        "We are committed to maintaining and strengthening lines of communication"),
    integer("words", false, "Words in quote_text.", "11"),
    integer("paragraphs", false, "Paragraphs the quotation runs over.", "1"),
    string("cue", true, "The reporting verb as written ('said', 'told', 'according to'); null when none was found "
        + "(a direct quotation that continues the speaker before it takes that quotation's cue).", "said"),
    integer("cue_start", true, "Offset of the cue in articles.text.", "1312"),
    integer("cue_end", true, "Offset just past the cue.", "1316"),
    string("speaker_as_written", true, "The speaker as the article writes it next to the cue: a name, a pronoun "
        + "or a description ('the State Department'); null when none was found.", "Blinken"),
    integer("speaker_start", true, "Offset of speaker_as_written in articles.text.", "1317"),
    integer("speaker_end", true, "Offset just past it.", "1324"),
    string("speaker", true, "The speaker resolved: the fullest name the article gives ('Mr. Steele' -> "
        + "'Michael Steele'); 'he'/'she' -> the nearest named speaker before; a description as written.",
        "Antony Blinken"),
    string("speaker_key", true, "How voices groups the speaker across a story: a name's last word, lower-case; "
        + "a description, lower-case; null when the speaker is unknown or an unresolved pronoun.", "blinken"))
    .sortedBy("article_id", "quote_index");

  private QuotesReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> p.quotes().quotes());
}
