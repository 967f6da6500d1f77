package org.parallax.report.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.parallax.report.ReportColumn.bool;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.parallax.groups.GroupStage;
import org.parallax.quotes.QuoteStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code group_voices} report: its schema and the one function that builds it from stage outputs. */
public final class GroupVoicesReport {
  public static final ReportTable TABLE = new ReportTable("group_voices",
    "Whom each side of a story lets speak (the outlet table's groups, --outlets): voices summed over the "
        + "outlets with each group value, and whether one side alone quotes a speaker. Empty without an outlet "
        + "table; outlets the table does not list are left out.",
    "one row per cluster, group column, group value and speaker",
    string("cluster_id", false, "The story (clusters.cluster_id).", "s1a2b3c4d5e6f"),
    string("group_column", false, "A column of the outlet table.", "lean"),
    string("group_value", false, "Its value.", "right"),
    string("speaker_key", false, "The speaker as grouped across the story (voices.speaker_key).", "blinken"),
    string("speaker", true, "The fullest form of the speaker's name in the story (voices.speaker).",
        "Antony Blinken"),
    integer("outlets_quoting", false, "Outlets with this value that quote the speaker in the story.", "2"),
    integer("quotes", false, "Quotations in marks they give the speaker.", "5"),
    integer("indirect_quotes", false, "Indirect speech they attribute to the speaker.", "1"),
    integer("words_quoted", false, "Words of the speaker they quote in marks.", "120"),
    dbl("share_of_group_words", true, "words_quoted / every word this side quotes in marks in the story (null "
        + "when it quotes none).", "0.42"),
    integer("sides_quoting", false, "How many values of this group column quote the speaker in the story.", "1"),
    bool("only_side", false, "True when this value alone, of two or more that cover the story, quotes the "
        + "speaker.", "true"))
    .sortedBy("cluster_id", "group_column", "group_value", "speaker_key");

  private GroupVoicesReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> build(p.quotes(), p.groups()));

  /** Voices by outlet group: each outlet's voices under its group values, summed per story, value and speaker. */
  public static Dataset<Row> build(QuoteStage.Output quotes, GroupStage.Output groups) {
    Dataset<Row> sides = groups.outlets().filter(col("group_value").isNotNull())
        .withColumn("_o", lower(col("outlet"))).drop("outlet");
    Dataset<Row> covering = groups.coverage().filter(col("group_value").isNotNull())
        .groupBy("cluster_id", "group_column").agg(countDistinct("group_value").as("_sides"));
    WindowSpec side = Window.partitionBy("cluster_id", "group_column", "group_value");
    WindowSpec speaker = Window.partitionBy("cluster_id", "group_column", QuoteStage.SPEAKER_KEY);
    return quotes.voices().withColumn("_o", lower(col("outlet"))).join(sides, "_o")
        .groupBy(col("cluster_id"), col("group_column"), col("group_value"), col(QuoteStage.SPEAKER_KEY))
        .agg(first(col("speaker")).as("speaker"), countDistinct("outlet").cast("int").as("outlets_quoting"),
            sum("quotes").cast("int").as("quotes"), sum("indirect_quotes").cast("int").as("indirect_quotes"),
            sum("words_quoted").cast("int").as("words_quoted"))
        .withColumn("share_of_group_words", when(sum("words_quoted").over(side).gt(0),
            round(col("words_quoted").divide(sum("words_quoted").over(side)), 4)))
        .withColumn("sides_quoting", size(collect_set(col("group_value")).over(speaker)))
        .join(covering, new String[] {"cluster_id", "group_column"}, "left")
        .withColumn("only_side", col("sides_quoting").equalTo(1).and(col("_sides").geq(2)))
        .drop("_sides");
  }
}
