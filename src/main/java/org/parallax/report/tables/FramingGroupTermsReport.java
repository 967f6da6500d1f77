package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.groups.GroupStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code framing_group_terms} report: its schema and the one function that builds it from stage outputs. */
public final class FramingGroupTermsReport {
  public static final ReportTable TABLE = new ReportTable("framing_group_terms",
    "framing_terms between a story's outlet groups instead of its outlets: for each group column of the outlet "
        + "table, the words one side (e.g. lean = right) uses more than the story's other sides, and avoids. "
        + "Counts pool the side's outlets. Only stories with two or more values of the column; empty without an "
        + "outlet table.",
    "one row per cluster, group column, group value and term (top framing.top_terms per direction)",
    string("cluster_id", false, "Cluster id.", "s1a2b3c4d5e6f"),
    string("group_column", false, "A column of the outlet table.", "lean"),
    string("group_value", false, "The side: a value of the column.", "right"),
    string("direction", false, "'uses': the outlet writes it more than the story's other outlets; 'avoids': the "
        + "others write it and this outlet (almost) does not.", "avoids"),
    integer("rank", false, "1 = strongest, within cluster, outlet and direction: evaluative words first, then by "
        + "|z|, then by the supporting count.", "1"),
    string("term", false, "The word (lower case, the corpus's most common spelling).", "undocumented"),
    bool("evaluative", false, "Whether the word is evaluative (has a VADER valence, or is a WordNet adjective or "
        + "adverb that is never a noun).", "true"),
    bigint("count", false, "Times this side's outlets wrote it in the cluster.", "0"),
    bigint("count_rest", false, "Times the other sides' outlets wrote it.", "5"),
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
    .sortedBy("cluster_id", "group_column", "group_value", "direction", "rank", "term");

  private FramingGroupTermsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.groups()));

  /** The groups stage's terms, as they are. */
  public static Dataset<Row> build(GroupStage.Output groups) {
    return groups.terms();
  }
}
