package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.outlet;
import static org.parallax.report.ReportColumn.string;

import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code entity_mentions} report: its schema and the one function that builds it from stage outputs. */
public final class EntityMentionsReport {
  public static final ReportTable TABLE = new ReportTable("entity_mentions",
    "Every mention of a person, organisation or place in the articles of the compared stories (two or more "
        + "outlets, or holding a copy), with the entity it names in the story (name variants merged: 'Xi', "
        + "'President Xi' and 'Xi Jinping' are Xi Jinping) and the tone of its sentence toward it. Offsets are into "
        + "articles.title (part 'title') or articles.text; the sentence is sentences' row of the same article_id, "
        + "part and sentence_index.",
    "one row per mention",
    string("article_id", false, "The article (articles.article_id).", "003_4a09b757ad9d92c4"),
    string("cluster_id", false, "The article's cluster.", "s1a2b3c4d5e6f"),
    outlet("The article's outlet;"),
    string("copy_of", true, "The article this one copies (copies report), when it is a copy: its mentions count "
        + "under the original in story_entities.", "000_9356f9f00d38eb76"),
    string("part", false, "'title' or 'body'.", "body"),
    integer("sentence_index", false, "The sentence of the part holding the mention (sentences.sentence_index).", "4"),
    integer("char_start", false, "Offset of the mention's first character in the title or text (0-based).", "512"),
    integer("char_end", false, "Offset just past its last character.", "526"),
    dbl("position", false, "char_start / the text's length: 0 = the top of the article (0 for the title).",
        "0.12"),
    string("name_as_written", false, "The mention as the article writes it, titles left off.", "Blinken"),
    string("entity", false, "The entity's name in the story: the fullest form its articles give.",
        "Antony Blinken"),
    string("kind", false, "'person', 'org' (organisation) or 'place'.", "person"),
    bool("in_quote", false, "Whether the mention is inside a quotation: someone else's words, not the outlet's.",
        "false"),
    string("tone", false, "The sentence's tone toward the entity: 'neg', 'neu' or 'pos' (the shipped tone model, "
        + "trained on NewsMTSC).", "neg"),
    dbl("tone_score", false, "P(positive) - P(negative) toward the entity: -1 (hostile) to +1 (favourable).",
        "-0.61"))
    .sortedBy("article_id", "part", "char_start", "entity");

  private EntityMentionsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> p.entities().mentions().drop("sentence"));
}
