package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.framing.FramingStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code framing_statements} report: its schema and the one function that builds it from stage outputs. */
public final class FramingStatementsReport {
  public static final ReportTable TABLE = new ReportTable("framing_statements",
    "What a story's outlets say in common and apart. Two body sentences of different outlets carry the same "
        + "statement when they share at least framing.statement_min_shared content words and "
        + "framing.statement_similarity of the shorter one's. 'core': a statement at least framing.core_share of "
        + "the story's outlets (two or more) carry, shown once; 'unique': a sentence no other outlet carries; "
        + "'omitted': a core statement this outlet has no sentence for (the sentence shown is another outlet's); "
        + "'verbatim': another outlet's sentence this outlet repeats nearly word for word (8+ shared content words, "
        + "90% of the shorter sentence's): wire copy or republication. "
        + "Copies are left to their originals. Only clusters with at least framing.min_outlets outlets.",
    "one row per cluster, outlet, kind and sentence (top framing.top_statements per cluster, outlet and kind)",
    string("cluster_id", false, "Cluster id.", "s1a2b3c4d5e6f"),
    string("outlet", false, "The outlet the row is about: the core statement's, the outlet it is unique to, or "
        + "the outlet that omits it.", "Fox News"),
    string("kind", false, "'core', 'unique', 'omitted' or 'verbatim'.", "omitted"),
    integer("rank", false, "1 first, within cluster, outlet and kind: most outlets carrying first, then earliest "
        + "in the article.", "1"),
    string("article_id", false, "The article of the sentence shown.", "a1b2"),
    string("sentence_outlet", false, "The outlet of the sentence shown (for 'omitted', one that carries it; for "
        + "'verbatim', the outlet repeated).",
        "New York Times"),
    integer("sentence_index", false, "The sentence's position in the body (sentences.sentence_index).", "3"),
    integer("char_start", false, "Offset of the sentence in the article's text.", "412"),
    integer("char_end", false, "End offset of the sentence.", "530"),
    string("text", false, "The sentence.", "The order would end birthright citizenship for children born here."),
    integer("outlets_carrying", false, "Outlets of the story with a sentence carrying the statement.", "2"),
    integer("outlets_in_story", false, "Outlets of the story (originals, not copies).", "3"),
    dbl("support", false, "outlets_carrying / outlets_in_story.", "0.6667"),
    dbl("closest_similarity", false, "Overlap coefficient of the closest sentence of another outlet (0 = none "
        + "shares a word): how unique a 'unique' sentence is.", "0.25"))
    .sortedBy("cluster_id", "outlet", "kind", "rank", "article_id", "sentence_index");

  private FramingStatementsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.framing()));

  /** The framing stage's statements, as they are. */
  public static Dataset<Row> build(FramingStage.Output framing) {
    return framing.statements();
  }
}
