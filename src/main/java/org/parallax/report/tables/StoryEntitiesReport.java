package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;

import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code story_entities} report: its schema and the one function that builds it from stage outputs. */
public final class StoryEntitiesReport {
  public static final ReportTable TABLE = new ReportTable("story_entities",
    "Whom and what each outlet names in each story covered by two or more outlets, and in what tone: per person, "
        + "organisation or place, how often and how early the outlet names it, whether in a headline, its tone "
        + "toward it in its own words (quotations apart) with the sentence that carries it most, and a row with "
        + "left_out = true for each entity most of the story's outlets name and this one does not. Copies count "
        + "under their original. Mentions are in entity_mentions.",
    "one row per cluster, outlet and entity",
    string("cluster_id", false, "The story (clusters.cluster_id).", "s1a2b3c4d5e6f"),
    string("outlet", false, "The outlet.", "AP"),
    string("entity", false, "The entity's name in the story (entity_mentions.entity).", "Antony Blinken"),
    string("kind", false, "'person', 'org' or 'place'.", "person"),
    integer("mentions", false, "Times the outlet names it in the story (0 on a left_out row).", "7"),
    integer("articles", false, "The outlet's articles in the story naming it.", "1"),
    dbl("share", false, "mentions / all the outlet's entity mentions in the story.", "0.18"),
    integer("first_sentence", true, "The earliest body sentence naming it (0 = the first; null when only the "
        + "headline does, or on a left_out row).", "0"),
    dbl("first_position", true, "How far into the body the first mention comes: char_start / the text's length "
        + "(0 = the top), the smallest over the outlet's articles.", "0.02"),
    bool("in_headline", false, "Whether one of the outlet's headlines names it.", "true"),
    integer("outlets_naming", false, "How many of the story's outlets name it.", "2"),
    integer("outlets_in_story", false, "Outlets covering the story (copies aside).", "3"),
    bool("only_outlet", false, "True when this outlet alone names it.", "false"),
    bool("left_out", false, "True on a row for an outlet that does not name an entity more than "
        + "entities.left_out_share of the story's outlets (and at least two) name.", "false"),
    dbl("tone", true, "Mean tone toward it in the outlet's own words (mentions outside quotation marks): "
        + "P(positive) - P(negative), -1 to +1; null when every mention is quoted or on a left_out row.", "-0.35"),
    integer("own_mentions", false, "Mentions in the outlet's own words (not inside a quotation).", "5"),
    integer("negative_mentions", false, "Of those, mentions whose tone is 'neg'.", "2"),
    integer("positive_mentions", false, "Of those, mentions whose tone is 'pos'.", "0"),
    dbl("headline_tone", true, "Mean tone toward it in the outlet's headlines (null when none names it).", "-0.5"),
    dbl("body_tone", true, "Mean tone toward it in the outlet's body text, own words.", "-0.3"),
    dbl("quoted_tone", true, "Mean tone toward it inside the quotations the outlet prints (others' words; null "
        + "when none).", "-0.8"),
    integer("quoted_mentions", false, "Mentions inside quotations.", "2"),
    string("evidence_article_id", true, "The article of evidence_sentence.", "003_4a09b757ad9d92c4"),
    string("evidence_sentence", true, "The outlet's own sentence with the strongest tone toward it (furthest from "
        + "neutral).", "Blinken's visit did little to ease tensions ..."))
    .sortedBy("cluster_id", "outlet", "entity");

  private StoryEntitiesReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> p.entities().entities());
}
