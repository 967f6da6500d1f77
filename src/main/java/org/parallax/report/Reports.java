package org.parallax.report;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;
import static org.parallax.report.ReportColumn.timestamp;

import java.util.List;
import org.parallax.report.tables.ArticleTopicsReport;
import org.parallax.report.tables.ArticlesReport;
import org.parallax.report.tables.CleaningReport;
import org.parallax.report.tables.ClustersReport;
import org.parallax.report.tables.CopiesReport;
import org.parallax.report.tables.CopyEditsReport;
import org.parallax.report.tables.CoverageReport;
import org.parallax.report.tables.FramingGroupTermsReport;
import org.parallax.report.tables.FramingPairsReport;
import org.parallax.report.tables.FramingStatementsReport;
import org.parallax.report.tables.GroupCoverageReport;
import org.parallax.report.tables.GroupVoicesReport;
import org.parallax.report.tables.HeadlineTermsReport;
import org.parallax.report.tables.FramingTermsReport;
import org.parallax.report.tables.OutletStyleReport;
import org.parallax.report.tables.QuotesReport;
import org.parallax.report.tables.EntityMentionsReport;
import org.parallax.report.tables.StoryEntitiesReport;
import org.parallax.report.tables.VoicesReport;
import org.parallax.report.tables.RejectsReport;
import org.parallax.report.tables.SentencesReport;
import org.parallax.report.tables.SimilarPairsReport;
import org.parallax.report.tables.StoriesReport;
import org.parallax.report.tables.StoryHistoryReport;
import org.parallax.report.tables.StoryMembersReport;
import org.parallax.report.tables.StoryOutletsReport;
import org.parallax.report.tables.TopicsReport;
import org.parallax.report.tables.TopicSharesReport;
import org.parallax.report.tables.StoryOutletTopicsReport;

/**
 * Every Parquet report Parallax writes. Each report's schema and builder live together in
 * {@code report.tables}; this is the list of them. The writer conforms data to these schemas, tests read
 * the output back against them, and {@code docs/reports.md} is generated from them.
 */
public final class Reports {
  private Reports() {}

  public static final ReportTable STORY_OUTLETS = StoryOutletsReport.TABLE;

  public static final ReportTable ARTICLES = ArticlesReport.TABLE;

  public static final ReportTable CLUSTERS = ClustersReport.TABLE;

  public static final ReportTable COVERAGE = CoverageReport.TABLE;

  public static final ReportTable FRAMING_TERMS = FramingTermsReport.TABLE;

  public static final ReportTable FRAMING_PAIRS = FramingPairsReport.TABLE;

  public static final ReportTable HEADLINE_TERMS = HeadlineTermsReport.TABLE;

  public static final ReportTable FRAMING_STATEMENTS = FramingStatementsReport.TABLE;

  public static final ReportTable OUTLET_STYLE = OutletStyleReport.TABLE;

  public static final ReportTable SENTENCES = SentencesReport.TABLE;

  public static final ReportTable QUOTES = QuotesReport.TABLE;

  public static final ReportTable VOICES = VoicesReport.TABLE;

  public static final ReportTable STORY_ENTITIES = StoryEntitiesReport.TABLE;

  public static final ReportTable ENTITY_MENTIONS = EntityMentionsReport.TABLE;

  public static final ReportTable TOPICS = TopicsReport.TABLE;

  public static final ReportTable ARTICLE_TOPICS = ArticleTopicsReport.TABLE;

  public static final ReportTable TOPIC_SHARES = TopicSharesReport.TABLE;

  public static final ReportTable STORY_OUTLET_TOPICS = StoryOutletTopicsReport.TABLE;

  public static final ReportTable CLEANING = CleaningReport.TABLE;

  public static final ReportTable SIMILAR_PAIRS = SimilarPairsReport.TABLE;

  public static final ReportTable COPIES = CopiesReport.TABLE;

  public static final ReportTable COPY_EDITS = CopyEditsReport.TABLE;

  public static final ReportTable GROUP_COVERAGE = GroupCoverageReport.TABLE;

  public static final ReportTable FRAMING_GROUP_TERMS = FramingGroupTermsReport.TABLE;

  public static final ReportTable GROUP_VOICES = GroupVoicesReport.TABLE;

  public static final ReportTable REJECTS = RejectsReport.TABLE;

  public static final ReportTable STORY_MEMBERS = StoryMembersReport.TABLE;

  public static final ReportTable STORY_HISTORY = StoryHistoryReport.TABLE;

  public static final ReportTable STORIES = StoriesReport.TABLE;

  public static final ReportTable EVALUATION = new ReportTable("evaluation",
      "Written by 'parallax evaluate' into the run's folder: how well the run's clusters agree with gold story "
          + "labels. Only gold articles are scored; one missing from the run counts as a cluster of its own.",
      "one row per metric",
      string("metric", false, "bcubed_precision, bcubed_recall, bcubed_f1 (Bagga & Baldwin 1998); pairwise_precision, "
          + "pairwise_recall, pairwise_f1; adjusted_rand_index; nmi (arithmetic normalisation); and the counts "
          + "articles, predicted_clusters, gold_clusters, predicted_pairs, gold_pairs, correct_pairs, and the gold "
          + "records not scored: gold_records_without_id_or_label, gold_duplicate_ids_skipped (an id given twice is "
          + "scored once, with its smallest label).",
          "bcubed_f1"),
      dbl("value", false, "Metric value (0-1 for scores, ARI can be negative; a count for counts).", "0.9912"),
      string("gold_file", false, "Gold file the run was scored against.", "../shared/corpora/basil.jsonl"),
      string("gold_field", false, "Field of the gold file holding the story label.", "cluster_id"),
      bigint("gold_articles", false, "Articles with a gold label.", "300"),
      bigint("missing_from_run", false, "Gold articles not in the run's articles report (scored as singletons).",
          "0"),
      timestamp("evaluated_at", false, "When the evaluation ran (UTC).", "2026-11-24 21:00:00+00"));

  /** The builders of the reports 'parallax run' writes, in the order they are written and documented. */
  public static final List<ReportBuilder> BUILDERS = List.of(StoryOutletsReport.BUILDER, ArticlesReport.BUILDER,
      ClustersReport.BUILDER, CoverageReport.BUILDER, FramingTermsReport.BUILDER, FramingPairsReport.BUILDER,
      HeadlineTermsReport.BUILDER,
      FramingStatementsReport.BUILDER, QuotesReport.BUILDER, VoicesReport.BUILDER, StoryEntitiesReport.BUILDER,
      EntityMentionsReport.BUILDER, TopicsReport.BUILDER,
      ArticleTopicsReport.BUILDER, TopicSharesReport.BUILDER, StoryOutletTopicsReport.BUILDER, OutletStyleReport.BUILDER, SentencesReport.BUILDER, SimilarPairsReport.BUILDER,
      CopiesReport.BUILDER, CopyEditsReport.BUILDER, GroupCoverageReport.BUILDER, FramingGroupTermsReport.BUILDER,
      GroupVoicesReport.BUILDER, CleaningReport.BUILDER, RejectsReport.BUILDER);

  /** The builders of the reports only a daily run ('parallax run --day') writes, after the others. */
  public static final List<ReportBuilder> DAILY_BUILDERS = List.of(StoriesReport.BUILDER, StoryHistoryReport.BUILDER,
      StoryMembersReport.BUILDER);

  /** Reports written by 'parallax run', in the order they are documented. */
  public static final List<ReportTable> ALL = BUILDERS.stream().map(ReportBuilder::table).toList();

  /** Reports only a daily run writes. */
  public static final List<ReportTable> DAILY = DAILY_BUILDERS.stream().map(ReportBuilder::table).toList();

  /** Every documented table: the run's reports, the daily ones, then those other commands add to a run's folder. */
  public static final List<ReportTable> DOCUMENTED = java.util.stream.Stream.of(ALL.stream(), DAILY.stream(),
      java.util.stream.Stream.of(EVALUATION)).flatMap(t -> t).toList();
}
