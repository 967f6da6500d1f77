package org.parallax.report.tables;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;
import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.string;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.pipeline.Pipeline;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code story_outlets} report: its schema and the one function that builds it from stage outputs. */
public final class StoryOutletsReport {
  /** Terms and statements shown per row. */
  static final int SHOWN = 5;
  /** Sentences repeating another outlet's nearly word for word that mark an outlet's text as republished. */
  static final int REPUBLISHED_MIN_SENTENCES = 2;

  public static final ReportTable TABLE = new ReportTable("story_outlets",
    "Open this first: one flat row per story and outlet (stories covered by two or more outlets) with its "
        + "headline, how many articles and copies, its strongest loaded and avoided words, its headline words, "
        + "how many statements only it carries and how many core statements it leaves out (with the first of "
        + "each), and its group values. The detail is in framing_terms, headline_terms, framing_statements and "
        + "copy_edits, which join on cluster_id and outlet.",
    "one row per cluster and outlet, for clusters with 2+ outlets",
    string("cluster_id", false, "Cluster id.", "s1a2b3c4d5e6f"),
    string("outlet", false, "Outlet.", "Fox News"),
    string("headline", true, "The title of the outlet's first article in the story (earliest, then smallest id).",
        "Trump moves to end birthright citizenship"),
    bigint("articles", false, "The outlet's articles in the story.", "2"),
    bigint("copies", false, "Of those, copies of another article (the copies report): left to their originals.",
        "1"),
    string("copies_of", true, "Outlets whose articles its copies copy, comma-separated; null when none.", "AP"),
    bigint("verbatim_sentences", false, "Its sentences that repeat another outlet's of the story nearly word for word "
        + "(framing_statements kind 'verbatim', up to framing.top_statements).", "6"),
    string("shares_text_with", true, "The outlets it repeats, comma-separated; null when none.", "News aggregator"),
    bool("republished", false, "Whether its text is someone else's: one of its articles is a copy, or at least "
        + "2 of its sentences repeat another outlet's (wire copy or republication, the original absent).", "true"),
    string("uses", true, "Its top framing_terms 'uses' words (rank order, up to 5), comma-separated.",
        "illegal, amnesty, surge"),
    string("avoids", true, "Its top 'avoids' words (up to 5), each with the word it writes instead when one is "
        + "found ('undocumented -> illegal').", "undocumented -> illegal, asylum"),
    bigint("reliable_terms", false, "Its framing_terms rows with reliable = true.", "3"),
    string("headline_uses", true, "Its top headline_terms 'uses' words (up to 5).", "invasion"),
    dbl("headline_divergence", true, "Mean share of its headlines' content words its bodies never use (0 = the "
        + "body bears the headline out; null without titles).", "0.25"),
    dbl("headline_tone", true, "Mean tone of its headlines (sentences.tone of part 'title'), -1 (hostile) to +1 "
        + "(favourable); null without titles.", "-0.31"),
    dbl("body_tone", true, "Mean tone of its body sentences, to set the headline's against.", "-0.05"),
    bigint("unique_statements", false, "framing_statements rows of kind 'unique' (up to framing.top_statements).",
        "4"),
    string("first_unique", true, "The first of them.", "A retired teacher said she waited four hours ..."),
    bigint("omitted_statements", false, "Core statements it leaves out (kind 'omitted').", "1"),
    string("first_omitted", true, "The first of them (another outlet's sentence).",
        "Civil rights groups argued the requirement would keep elderly voters away."),
    string("groups", true, "Its outlet-table values, 'column=value' joined by '; '; null without a table or when "
        + "the table does not list it.", "lean=right"))
    .sortedBy("cluster_id", "outlet");

  private StoryOutletsReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, StoryOutletsReport::build);

  public static Dataset<Row> build(Pipeline p) {
    Dataset<Row> articles = p.cluster().articles().filter(col("outlet").isNotNull());
    Dataset<Row> multi = articles.groupBy("cluster_id").agg(countDistinct("outlet").as("_n"))
        .filter(col("_n").geq(2)).select("cluster_id");
    Dataset<Row> base = articles.join(multi, "cluster_id").groupBy("cluster_id", "outlet")
        .agg(count(lit(1)).as("articles"), min(struct(coalesce(col("published_at").cast("string"), lit("~")),
            col("article_id"), col("title"))).getField("title").as("headline"));
    Dataset<Row> outletOf = articles.select(col("article_id"), col("outlet").as("_original_outlet"));
    Dataset<Row> copies = p.copies().copies().join(articles.select("article_id", "cluster_id", "outlet"),
            "article_id")
        .join(outletOf.withColumnRenamed("article_id", "copy_of"), "copy_of")
        .groupBy("cluster_id", "outlet").agg(count(lit(1)).as("copies"),
            array_join(sort_array(collect_set(col("_original_outlet"))), ", ").as("copies_of"));
    Dataset<Row> terms = p.framing().terms().filter(col("rank").leq(SHOWN));
    Column shown = when(col("direction").equalTo("avoids").and(col("instead").isNotNull()),
        concat(col("term"), lit(" -> "), col("instead"))).otherwise(col("term"));
    Dataset<Row> words = terms.groupBy("cluster_id", "outlet").agg(
        joined(col("direction").equalTo("uses"), shown).as("uses"),
        joined(col("direction").equalTo("avoids"), shown).as("avoids"));
    Dataset<Row> reliable = p.framing().terms().groupBy("cluster_id", "outlet")
        .agg(count_if(col("reliable")).as("reliable_terms"));
    Dataset<Row> headlineWords = p.framing().headlineTerms().filter(col("rank").leq(SHOWN))
        .groupBy("cluster_id", "outlet").agg(joined(col("direction").equalTo("uses"), col("term")).as("headline_uses"));
    Dataset<Row> divergence = p.sentences().headlines().groupBy("cluster_id", "outlet")
        .agg(round(avg("divergence"), 4).as("headline_divergence"));
    Dataset<Row> tone = p.sentences().sentences().groupBy("cluster_id", "outlet").agg(
        round(avg(when(col("part").equalTo("title"), col("tone"))), 4).as("headline_tone"),
        round(avg(when(col("part").equalTo("body"), col("tone"))), 4).as("body_tone"));
    Dataset<Row> statements = p.framing().statements().groupBy("cluster_id", "outlet").agg(
        count_if(col("kind").equalTo("unique")).as("unique_statements"),
        max(when(col("kind").equalTo("unique").and(col("rank").equalTo(1)), col("text"))).as("first_unique"),
        count_if(col("kind").equalTo("omitted")).as("omitted_statements"),
        count_if(col("kind").equalTo("verbatim")).as("verbatim_sentences"),
        when(count_if(col("kind").equalTo("verbatim")).gt(0), array_join(sort_array(collect_set(
            when(col("kind").equalTo("verbatim"), col("sentence_outlet")))), ", ")).as("shares_text_with"),
        max(when(col("kind").equalTo("omitted").and(col("rank").equalTo(1)), col("text"))).as("first_omitted"));
    Dataset<Row> groups = p.groups().outlets().groupBy(lower(col("outlet")).as("_o"))
        .agg(array_join(sort_array(collect_list(concat(col("group_column"), lit("="), col("group_value")))), "; ")
            .as("groups"));
    String[] key = {"cluster_id", "outlet"};
    return base.join(copies, key, "left").join(words, key, "left").join(reliable, key, "left")
        .join(headlineWords, key, "left").join(divergence, key, "left").join(tone, key, "left")
        .join(statements, key, "left")
        .withColumn("_o", lower(col("outlet"))).join(groups, new String[] {"_o"}, "left")
        .select(col("cluster_id"), col("outlet"), col("headline"), col("articles"),
            coalesce(col("copies"), lit(0L)).as("copies"), col("copies_of"),
            coalesce(col("verbatim_sentences"), lit(0L)).as("verbatim_sentences"), col("shares_text_with"),
            coalesce(col("copies"), lit(0L)).gt(0)
                .or(coalesce(col("verbatim_sentences"), lit(0L)).geq(REPUBLISHED_MIN_SENTENCES))
                .as("republished"),
            col("uses"), col("avoids"),
            coalesce(col("reliable_terms"), lit(0L)).as("reliable_terms"), col("headline_uses"),
            col("headline_divergence"), col("headline_tone"), col("body_tone"),
            coalesce(col("unique_statements"), lit(0L)).as("unique_statements"),
            col("first_unique"), coalesce(col("omitted_statements"), lit(0L)).as("omitted_statements"),
            col("first_omitted"), col("groups"));
  }

  /** The values of the rows where {@code where} holds, in rank order, comma-separated; null when none. */
  private static Column joined(Column where, Column value) {
    Column ranked = sort_array(collect_list(when(where, struct(col("rank"), value.as("v")))));
    return when(size(ranked).gt(0), array_join(transform(ranked, x -> x.getField("v")), ", "));
  }
}
