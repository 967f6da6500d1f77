package org.parallax.groups;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.parallax.cluster.ClusterStage;
import org.parallax.config.ParallaxConfig;
import org.parallax.framing.FramingStage;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.parallax.spark.Materialize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outlet groups: with an outlet table (groups.outlets), each story's coverage per group column and value
 * (articles, outlets and their shares, and whether the story is a blindspot: covered by at least
 * groups.blindspot_min_outlets outlets, at least groups.blindspot_share of them from one side), and the
 * framing contrast between a story's groups (the words each side uses more and avoids), which the framing
 * stage makes in its pass over each story, beside the outlets' contrasts. Without an outlet table both are
 * empty.
 */
public final class GroupStage {
  public static final String NAME = "groups";
  private static final Logger LOG = LoggerFactory.getLogger(GroupStage.class);
  public static final Contract COVERAGE = Contract.of(NAME, "coverage", "cluster_id", "group_column", "group_value",
      "articles", "outlets", "article_share", "outlet_share", "story_articles", "story_outlets", "blindspot",
      "blindspot_value");
  public static final Contract TERMS = Contract.of(NAME, "terms", "cluster_id", "group_column", "group_value",
      "direction", "rank", "term", "count", "count_rest", "z", "p_value", "reliable", "evidence_outlet",
      "evidence_text");

  private GroupStage() {}

  /**
   * Coverage per story and group, framing terms per story and group, and the outlet table in long form
   * (outlet, group_column, group_value; empty without one).
   */
  public record Output(Dataset<Row> coverage, Dataset<Row> terms, Dataset<Row> outlets) {}

  /** {@code table} is the outlet table as read (groups.outlets; framing has already contrasted its sides). */
  public static Output run(StageContext ctx, ClusterStage.Output clusters, FramingStage.Output framing,
      OutletTable.Read table, ParallaxConfig config) {
    if (!config.groups.outlets.isBlank()) {
      LOG.info("outlet table {}: {} rows, {} rejected (blank or repeated outlet), group columns {}",
          config.groups.outlets, table.rows(), table.rejected(), table.columns());
    }
    ctx.manifest().count(Count.OUTLET_TABLE_ROWS, table.rows());
    ctx.manifest().count(Count.OUTLET_TABLE_ACCEPTED, table.rows() - table.rejected());
    ctx.manifest().count(Count.OUTLET_TABLE_REJECTED, table.rejected());
    Dataset<Row> groups = table.groups().withColumn("_o", lower(col("outlet"))).drop("outlet");
    Dataset<Row> coverage = COVERAGE.check(Materialize.of(coverage(clusters.articles(), groups, config.groups)));
    Dataset<Row> terms = TERMS.check(Materialize.of(terms(framing)));
    return new Output(coverage, terms, table.groups());
  }

  static Dataset<Row> coverage(Dataset<Row> articles, Dataset<Row> groups, ParallaxConfig.Groups cfg) {
    Dataset<Row> covered = articles.filter(col("outlet").isNotNull())
        .select(col("cluster_id"), col("article_id"), col("outlet"), lower(col("outlet")).as("_o"));
    Dataset<Row> story = covered.groupBy("cluster_id")
        .agg(count(lit(1)).as("story_articles"), countDistinct("outlet").as("story_outlets"));
    Dataset<Row> columns = groups.select("group_column").distinct();
    // Every covering article under every group column; its value is null when the table does not list it.
    Dataset<Row> valued = covered.crossJoin(columns)
        .join(groups, new String[] {"_o", "group_column"}, "left");
    Dataset<Row> byValue = valued.groupBy("cluster_id", "group_column", "group_value")
        .agg(count(lit(1)).as("articles"), countDistinct("outlet").as("outlets"))
        .join(story, "cluster_id")
        .withColumn("article_share", round(col("articles").divide(col("story_articles")), 4))
        .withColumn("outlet_share", round(col("outlets").divide(col("story_outlets")), 4));
    WindowSpec perColumn = Window.partitionBy("cluster_id", "group_column");
    Column known = when(col("group_value").isNotNull(), struct(col("outlets"), col("group_value")));
    Dataset<Row> top = byValue.withColumn("_top", max(known).over(perColumn));
    Column blindspot = col("story_outlets").geq(cfg.blindspotMinOutlets)
        .and(col("_top.outlets").divide(col("story_outlets")).geq(cfg.blindspotShare));
    return top.withColumn("blindspot", blindspot.and(col("_top").isNotNull()))
        .withColumn("blindspot_value", when(col("blindspot"), col("_top.group_value")))
        .select("cluster_id", "group_column", "group_value", "articles", "outlets", "article_share", "outlet_share",
            "story_articles", "story_outlets", "blindspot", "blindspot_value");
  }

  /** framing_group_terms rows: the side contrasts framing made, one row per story, group column, side and term. */
  static Dataset<Row> terms(FramingStage.Output framing) {
    return framing.groupTerms()
        .select(col("cluster_id"), col(FramingStage.GROUP_COLUMN), col("outlet").as("group_value"),
            col("direction"), col("rank"), col("term"), col("evaluative"), col("evaluative_lists"), col("count"),
            col("count_rest"), col("log_odds"), col("z"), col("p_value"), col("reliable"), col("phrase"),
            col("evidence_article_id"), col("evidence_outlet"), col("evidence_start"), col("evidence_end"),
            col("evidence_text"), col("instead"), col("instead_article_id"), col("instead_start"),
            col("instead_end"), col("instead_text"));
  }
}
