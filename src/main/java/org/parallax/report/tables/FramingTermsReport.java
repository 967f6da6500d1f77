package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.framing.FramingStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code framing_terms} report: its schema and the one function that builds it from stage outputs. */
public final class FramingTermsReport {
  public static final ReportTable TABLE = new ReportTable("framing_terms",
    "How each outlet's wording of a story differs from the other outlets covering it: the words it uses more "
        + "(direction 'uses') and the words it avoids ('avoids'), by the log-odds ratio with an informative "
        + "Dirichlet prior from the whole corpus (Monroe, Colaresi & Quinn 2008). Evaluative words (VADER "
        + "valence, WordNet adjectives and adverbs) rank first; names, stop words and each outlet's house style "
        + "(outlet_style) are left out, and spellings are folded (e-mail = email). Every row cites a sentence "
        + "(sentences). Only clusters with at least framing.min_outlets outlets.",
    "one row per cluster, outlet and term (top framing.top_terms per direction)",
    string("cluster_id", false, "Cluster id.", "s1a2b3c4d5e6f"),
    string("outlet", false, "Outlet.", "Fox News"),
    string("direction", false, "'uses': the outlet writes it more than the story's other outlets; 'avoids': the "
        + "others write it and this outlet (almost) does not.", "avoids"),
    integer("rank", false, "1 = strongest, within cluster, outlet and direction: by evaluative_lists (words both "
        + "evaluative lists mark first), then by |z|, then by the supporting count.", "1"),
    string("term", false, "The word (lower case, the corpus's most common spelling).", "undocumented"),
    bool("evaluative", false, "Whether the word is evaluative (has a VADER valence, or is a WordNet adjective or "
        + "adverb that is never a noun).", "true"),
    integer("evaluative_lists", false, "How many of the two evaluative word lists mark the word: VADER's valence "
        + "lexicon, and WordNet 3.0's adjectives and adverbs that are never nouns (0, 1 or 2). Two lists agreeing "
        + "is stronger evidence that the word judges rather than names; rows rank by it first.", "2"),
    bigint("count", false, "Times this outlet wrote it in the cluster.", "0"),
    bigint("count_rest", false, "Times the cluster's other outlets wrote it.", "5"),
    dbl("log_odds", false, "Log-odds ratio (outlet vs rest), prior-smoothed; > 0 = the outlet uses it more.",
        "-1.42"),
    dbl("z", false, "log_odds divided by its standard deviation: > 0 for 'uses', < 0 for 'avoids'.", "-2.31"),
    dbl("p_value", false, "Exact one-sided binomial p-value: how likely this outlet's share of the story's uses "
        + "of the word (count of count + count_rest) is, or a more extreme one, if the word fell on outlets in "
        + "proportion to how much each wrote. Not corrected for the many words tested.", "0.0123"),
    bool("reliable", false, "p_value <= framing.max_p and the supporting count (count for 'uses', count_rest for "
        + "'avoids') >= framing.min_count: filter on this before claiming a difference.", "true"),
    string("phrase", true, "The words around the term in the evidence sentence, as written.",
        "children of undocumented immigrants"),
    string("evidence_article_id", true, "The article of the evidence sentence: this outlet's for 'uses', another "
        + "outlet's for 'avoids'.", "a1b2"),
    string("evidence_outlet", true, "The outlet of the evidence sentence.", "New York Times"),
    integer("evidence_start", true, "Offset of the evidence sentence in that article's text (sentences.char_start).",
        "412"),
    integer("evidence_end", true, "End offset of the evidence sentence (sentences.char_end).", "530"),
    string("evidence_text", true, "The evidence sentence: the first one, in article and sentence order, that "
        + "holds the term.", "The order would end citizenship for children of undocumented immigrants."),
    string("instead", true, "For 'avoids': the word this outlet uses instead, where one is found (its most "
        + "shared neighbouring words among this outlet's 'uses' terms); null otherwise.", "illegal"),
    string("instead_article_id", true, "This outlet's article where it writes 'instead'.", "c3d4"),
    integer("instead_start", true, "Offset of that sentence in the article's text.", "220"),
    integer("instead_end", true, "End offset of that sentence.", "301"),
    string("instead_text", true, "This outlet's sentence with the word it uses instead.",
        "The order targets children of illegal immigrants."))
    .sortedBy("cluster_id", "outlet", "direction", "rank", "term");

  private FramingTermsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.framing()));

  /** The framing stage's terms, as they are. */
  public static Dataset<Row> build(FramingStage.Output framing) {
    return framing.terms();
  }
}
