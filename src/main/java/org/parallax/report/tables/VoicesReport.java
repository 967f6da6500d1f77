package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;

import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code voices} report: its schema and the one function that builds it from stage outputs. */
public final class VoicesReport {
  public static final ReportTable TABLE = new ReportTable("voices",
    "Whom each outlet lets speak in each story covered by two or more outlets: per speaker, how often and how much the outlet quotes them, "
        + "their share of everything the outlet quotes in the story, and how many of the story's outlets quote "
        + "them at all (only_outlet: a voice one outlet alone gives). Copies count under their original.",
    "one row per cluster, outlet and speaker",
    string("cluster_id", false, "The story (clusters.cluster_id).", "s1a2b3c4d5e6f"),
    string("outlet", false, "The outlet.", "AP"),
    string("speaker_key", false, "The speaker as grouped across the story's outlets (quotes.speaker_key).",
        "blinken"),
    string("speaker", true, "The fullest form of the speaker's name in the story.", "Antony Blinken"),
    integer("quotes", false, "Quotations in marks (direct and partial) the outlet gives this speaker in the "
        + "story.", "3"),
    integer("direct_quotes", false, "Direct ones among them.", "2"),
    integer("indirect_quotes", false, "Indirect speech attributed to the speaker.", "1"),
    integer("words_quoted", false, "Words of the speaker the outlet quotes in marks.", "57"),
    dbl("share_of_outlet_words", true, "words_quoted / every word the outlet quotes in marks in the story (null "
        + "when it quotes none).", "0.64"),
    integer("outlets_quoting", false, "How many of the story's outlets quote this speaker (any kind).", "1"),
    integer("outlets_in_story", false, "Outlets covering the story.", "2"),
    bool("only_outlet", false, "True when this outlet alone, of two or more covering the story, quotes the "
        + "speaker.", "true"),
    string("evidence_article_id", false, "The article of the quotation shown (a direct one first).",
        "003_9a1b2c3d4e5f6a7b"),
    string("evidence_quote", false, "One quotation of the speaker by this outlet (the first direct one).",
        "The United States is committed to ..."))
    .sortedBy("cluster_id", "outlet", "speaker_key");

  private VoicesReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> p.quotes().voices());
}
