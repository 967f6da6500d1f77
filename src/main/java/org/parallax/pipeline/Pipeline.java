package org.parallax.pipeline;

import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.clean.CleanStage;
import org.parallax.cli.Termination;
import org.parallax.cluster.ClusterStage;
import org.parallax.config.ParallaxConfig;
import org.parallax.copies.CopyStage;
import org.parallax.daily.DailyRun;
import org.parallax.daily.DayReports;
import org.parallax.daily.WindowStage;
import org.parallax.stories.StoryStage;
import org.parallax.entities.EntityStage;
import org.parallax.features.FeatureStage;
import org.parallax.framing.FramingStage;
import org.parallax.groups.GroupStage;
import org.parallax.sentences.SentenceStage;
import org.parallax.ingest.IngestStage;
import org.parallax.quotes.QuoteStage;
import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;
import org.parallax.report.Reports;
import org.parallax.report.RunManifest;
import org.parallax.similarity.SimilarityStage;
import org.parallax.topics.TopicStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run, as a declared list of named stages ({@link #STAGES}). Each stage is a class in its own
 * package with a typed contract: a record of the named Datasets it returns, whose columns it declares
 * ({@link Contract}) and checks at the boundary. Each stage's output is computed once, when first
 * asked for, after the stages it needs, and is logged with its wall time and recorded in the
 * manifest; each stage reads its own config section.
 *
 * <p>The job ({@code ParallaxJob}), the tests and the benchmarks all run this class: a test runs a
 * prefix ({@link #through}), or starts from in-memory articles ({@link #onArticles}).
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  public static final String REPORTS = "reports";

  /** The stages, in the order they run. */
  public static final List<String> STAGES = List.of(IngestStage.NAME, CleanStage.NAME, WindowStage.NAME,
      FeatureStage.NAME, SimilarityStage.NAME, CopyStage.NAME, ClusterStage.NAME, StoryStage.NAME, SentenceStage.NAME, QuoteStage.NAME, EntityStage.NAME, TopicStage.NAME,
      FramingStage.NAME, GroupStage.NAME, REPORTS);

  /** Where the reports stage writes a report; returns the rows written. */
  @FunctionalInterface
  public interface ReportSink {
    long write(ReportTable table, Dataset<Row> rows);
  }

  private final StageContext ctx;
  private final ParallaxConfig config;
  private final List<String> inputs;
  private IngestStage.Output ingested;
  private CleanStage.Output cleaned;
  private DailyRun daily;
  private WindowStage.Output windowed;
  private StoryStage.Output storied;
  private java.io.PrintStream progress;
  private FeatureStage.Output featurized;
  private SimilarityStage.Output scored;
  private CopyStage.Output copied;
  private ClusterStage.Output clustered;
  private SentenceStage.Output split;
  private QuoteStage.Output quoted;
  private EntityStage.Output named;
  private TopicStage.Output topicModel;
  private FramingStage.Output framed;
  private GroupStage.Output grouped;
  private org.parallax.groups.OutletTable.Read outlets;

  private Pipeline(SparkSession spark, ParallaxConfig config, RunManifest manifest, List<String> inputs) {
    this.ctx = new StageContext(spark, config.run, manifest);
    this.config = config;
    this.inputs = inputs;
  }

  /** The whole run over these inputs, counting into {@code manifest}. */
  public static Pipeline of(SparkSession spark, ParallaxConfig config, RunManifest manifest, List<String> inputs) {
    return new Pipeline(spark, config, manifest, List.copyOf(inputs));
  }

  /**
   * A pipeline whose clean stage's output is {@code articles} (with the {@link CleanStage#ARTICLES}
   * columns) and no rejects: tests and benchmarks that start from articles in memory.
   */
  public static Pipeline onArticles(SparkSession spark, ParallaxConfig config, Dataset<Row> articles) {
    Pipeline p = new Pipeline(spark, config, RunManifest.detached(), null);
    p.cleaned = new CleanStage.Output(CleanStage.ARTICLES.check(articles),
        spark.createDataFrame(List.of(), Reports.REJECTS.sparkSchema()));
    return p;
  }

  public ParallaxConfig config() {
    return config;
  }

  /**
   * Makes this a daily run: the window stage keeps the day and its lookback, the stories stage carries the
   * ids of {@code run}'s previous state, and the reports are the day's, with run_id and day.
   */
  public Pipeline daily(DailyRun run) {
    this.daily = run;
    return this;
  }

  /**
   * From now on, a line per finished stage on {@code out} for a person to follow:
   * {@code stage 4/13 similarity: candidate pairs 801,245, scored pairs 580,872, 16.2 s}.
   */
  public Pipeline progress(java.io.PrintStream out) {
    this.progress = out;
    return this;
  }

  public RunManifest manifest() {
    return ctx.manifest();
  }

  /** Runs every stage up to and including {@code last} (one of {@link #STAGES} but reports). */
  public Pipeline through(String last) {
    if (!STAGES.contains(last) || last.equals(REPORTS)) {
      throw new IllegalArgumentException("no stage " + last + " to run through; stages: " + STAGES);
    }
    for (String stage : STAGES) {
      switch (stage) {
        case IngestStage.NAME -> { if (cleaned == null) ingest(); }
        case CleanStage.NAME -> clean();
        case WindowStage.NAME -> window();
        case FeatureStage.NAME -> features();
        case SimilarityStage.NAME -> similarity();
        case CopyStage.NAME -> copies();
        case ClusterStage.NAME -> clusterStage();
        case StoryStage.NAME -> stories();
        case SentenceStage.NAME -> sentences();
        case QuoteStage.NAME -> quotes();
        case EntityStage.NAME -> entities();
        case TopicStage.NAME -> topics();
        case FramingStage.NAME -> framing();
        case GroupStage.NAME -> groups();
        default -> throw new IllegalStateException("stage " + stage + " has no step");
      }
      if (stage.equals(last)) {
        break;
      }
    }
    return this;
  }

  public IngestStage.Output ingest() {
    if (ingested == null) {
      if (inputs == null) {
        throw new IllegalStateException("this pipeline starts from articles: it has no ingest stage");
      }
      ingested = stage(IngestStage.NAME, () -> IngestStage.run(ctx, inputs, config.input));
    }
    return ingested;
  }

  public CleanStage.Output clean() {
    if (cleaned == null) {
      IngestStage.Output in = ingest();
      cleaned = stage(CleanStage.NAME, () -> CleanStage.run(ctx, in, config.clean));
    }
    return cleaned;
  }

  /** The articles this run analyses: all of them, or in a daily run the day's and its lookback's. */
  public WindowStage.Output window() {
    if (windowed == null) {
      CleanStage.Output in = clean();
      windowed = stage(WindowStage.NAME, () -> WindowStage.run(ctx, in, daily));
    }
    return windowed;
  }

  public FeatureStage.Output features() {
    if (featurized == null) {
      WindowStage.Output in = window();
      featurized = stage(FeatureStage.NAME, () -> FeatureStage.run(ctx, in.cleaned(), in.fitOn(), config.features));
    }
    return featurized;
  }

  public SimilarityStage.Output similarity() {
    if (scored == null) {
      FeatureStage.Output in = features();
      scored = stage(SimilarityStage.NAME, () -> SimilarityStage.run(ctx, in, config.similarity));
    }
    return scored;
  }

  public CopyStage.Output copies() {
    if (copied == null) {
      SimilarityStage.Output pairs = similarity();
      CleanStage.Output articles = window().cleaned();
      copied = stage(CopyStage.NAME, () -> CopyStage.run(ctx, pairs, articles, config.copies));
    }
    return copied;
  }

  private ClusterStage.Output clusterStage() {
    if (clustered == null) {
      FeatureStage.Output f = features();
      SimilarityStage.Output s = similarity();
      CopyStage.Output c = copies();
      clustered = stage(ClusterStage.NAME, () -> ClusterStage.run(ctx, f, s, c, config.cluster));
    }
    return clustered;
  }

  /** The clusters with their story ids: the cluster stage's, or in a daily run the ids carried from earlier days. */
  public ClusterStage.Output cluster() {
    return stories().clusters();
  }

  public StoryStage.Output stories() {
    if (storied == null) {
      ClusterStage.Output c = quietDay() ? null : clusterStage();
      WindowStage.Output w = window();
      storied = stage(StoryStage.NAME, () -> StoryStage.run(ctx, c, w, daily));
    }
    return storied;
  }

  public SentenceStage.Output sentences() {
    if (split == null) {
      ClusterStage.Output c = cluster();
      CopyStage.Output k = copies();
      split = stage(SentenceStage.NAME, () -> SentenceStage.run(ctx, c, k));
    }
    return split;
  }

  public QuoteStage.Output quotes() {
    if (quoted == null) {
      ClusterStage.Output c = cluster();
      CopyStage.Output k = copies();
      quoted = stage(QuoteStage.NAME, () -> QuoteStage.run(ctx, c, k, config.quotes));
    }
    return quoted;
  }

  public EntityStage.Output entities() {
    if (named == null) {
      ClusterStage.Output c = cluster();
      CopyStage.Output k = copies();
      SentenceStage.Output s = sentences();
      named = stage(EntityStage.NAME, () -> EntityStage.run(ctx, c, k, s, config.entities));
    }
    return named;
  }

  public TopicStage.Output topics() {
    if (topicModel == null) {
      FeatureStage.Output f = features();
      topicModel = stage(TopicStage.NAME, () -> TopicStage.run(ctx, f, config.topics));
    }
    return topicModel;
  }

  public FramingStage.Output framing() {
    if (framed == null) {
      SentenceStage.Output s = sentences();
      CopyStage.Output k = copies();
      framed = stage(FramingStage.NAME, () -> FramingStage.run(ctx, s, k, config.framing,
          org.parallax.groups.OutletTable.sides(outletTable())));
    }
    return framed;
  }

  public GroupStage.Output groups() {
    if (grouped == null) {
      ClusterStage.Output c = cluster();
      FramingStage.Output f = framing();
      grouped = stage(GroupStage.NAME, () -> GroupStage.run(ctx, c, f, outletTable(), config));
    }
    return grouped;
  }

  /** The outlet table (groups.outlets), read once: framing contrasts its sides, groups reports coverage. */
  private org.parallax.groups.OutletTable.Read outletTable() {
    if (outlets == null) {
      outlets = org.parallax.groups.OutletTable.read(ctx.spark(), config.groups.outlets);
    }
    return outlets;
  }

  /**
   * Runs every stage, then the reports stage: each report of {@link Reports#BUILDERS} (and in a daily run
   * {@link Reports#DAILY_BUILDERS}), built and written. A daily run with no article in its window (a quiet
   * day, a gap in the input) skips the analysis stages and writes the day all the same: its reports empty,
   * its story state the previous day's, so that the next day continues from it.
   */
  public void run(ReportSink sink) {
    boolean quiet = quietDay();
    if (quiet) {
      for (String s : STAGES.subList(STAGES.indexOf(WindowStage.NAME) + 1, STAGES.indexOf(REPORTS))) {
        if (s.equals(StoryStage.NAME)) {
          stories();
        } else {
          stage(s, () -> {
            LOG.info("stage {} skipped: no article in the window of {}", s, daily.day());
            return null;
          });
        }
      }
    } else {
      through(GroupStage.NAME);
    }
    stage(REPORTS, () -> {
      DayReports day = daily == null ? null : DayReports.of(window().days(), stories().members(), daily);
      List<ReportBuilder> builders = daily == null ? Reports.BUILDERS
          : java.util.stream.Stream.concat(Reports.BUILDERS.stream(), Reports.DAILY_BUILDERS.stream()).toList();
      for (ReportBuilder b : builders) {
        Termination.checkpoint();
        ReportTable t = b.table();
        ctx.spark().sparkContext().setJobDescription("parallax: write " + t.name());
        Dataset<Row> rows = quiet && !Reports.DAILY.contains(t) ? ctx.spark().createDataFrame(List.of(), t.sparkSchema())
            : b.build().apply(this);
        long n = day == null ? sink.write(t, rows) : sink.write(t.daily(), day.restrict(t, rows));
        ctx.manifest().report(t.name(), n);
        LOG.info("report {}: {} rows", t.name(), n);
      }
      return null;
    });
  }

  /** A daily run whose window holds no article. */
  private boolean quietDay() {
    return daily != null && window().days().isEmpty();
  }

  private <T> T stage(String name, Supplier<T> body) {
    Termination.stage(name);
    ctx.spark().sparkContext().setJobGroup("parallax-" + name, "parallax: " + name, false);
    ctx.spark().sparkContext().setJobDescription("parallax: " + name);
    LOG.info("stage {} started", name);
    long t0 = System.nanoTime();
    T result = body.get();
    double seconds = (System.nanoTime() - t0) / 1e9;
    ctx.manifest().stage(name, seconds);
    if (progress == null) {
      LOG.info("stage {} done in {} s", name, String.format(java.util.Locale.ROOT, "%.2f", seconds));
    } else {
      String counts = name.equals(REPORTS) ? ctx.manifest().reportsSummary() : ctx.manifest().countsOf(name);
      progress.printf(java.util.Locale.ROOT, "stage %d/%d %s: %s%.1f s%n", STAGES.indexOf(name) + 1, STAGES.size(),
          name, counts.isEmpty() ? "" : counts + ", ", seconds);
      progress.flush();
    }
    return result;
  }
}
