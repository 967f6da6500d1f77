package org.parallax;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.parallax.clean.CleanStage;
import org.parallax.cluster.ClusterStage;
import org.parallax.cluster.ClusterSummary;
import org.parallax.config.ConfigLoader;
import org.parallax.config.ParallaxConfig;
import org.parallax.copies.CopyStage;
import org.parallax.features.FeatureStage;
import org.parallax.framing.FramingStage;
import org.parallax.cli.Termination;
import org.parallax.ingest.IngestStage;
import org.parallax.ingest.InputInventory;
import org.parallax.ingest.InputSummary;
import org.parallax.report.ReportOutput;
import org.parallax.report.Reports;
import org.parallax.report.RunManifest;
import org.parallax.similarity.SimilarityStage;
import org.parallax.spark.Materialize;
import org.parallax.spark.SparkSessions;
import org.parallax.topics.TopicStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Parallax run: create the session, then the named stages (ingest, clean, features, similarity,
 * cluster, topics, framing, reports), each logged with its row count and wall time, then stop the
 * session. Reports are committed only when every stage has succeeded.
 */
public final class ParallaxJob {
  private static final Logger LOG = LoggerFactory.getLogger(ParallaxJob.class);

  private final ParallaxConfig config;
  private final List<String> inputs;
  private final String output;
  private final String runId;
  private SparkSession spark;
  private RunManifest manifest;

  public ParallaxJob(ParallaxConfig config, List<String> inputs, String output) {
    this.config = config;
    this.inputs = inputs;
    this.output = output;
    this.runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneOffset.UTC))
        + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Runs every stage and commits the reports; returns the manifest. */
  public RunManifest run() {
    spark = SparkSessions.create("parallax");
    ReportOutput out = null;
    boolean committed = false;
    try {
      out = new ReportOutput(output, runId, spark.sparkContext().hadoopConfiguration());
      out.checkSafe();
      List<String> recovered = out.recover();
      Map<String, String> versions = new LinkedHashMap<>();
      versions.put("parallax", Main.versionProperty("version"));
      versions.put("spark", spark.version());
      versions.put("java", System.getProperty("java.version"));
      versions.put("spark_master", spark.sparkContext().master());
      manifest = new RunManifest(runId, inputs, out.uri(), ConfigLoader.toTree(config), versions);
      manifest.recovered(recovered);
      LOG.info("run {}: {} input(s) -> {}", runId, inputs.size(), out.uri());
      execute(out);
      Termination.stage("commit");
      out.writeManifest(manifest.toJson());
      out.commit();
      committed = true;
      LOG.info("run {} done in {} s: {} articles read, {} accepted, {} rejected, {} clusters ({} covered by "
          + "2+ articles); reports in {}", runId, String.format("%.1f", manifest.wallSeconds()),
          manifest.counted("records_read"), manifest.counted("articles_accepted"),
          manifest.counted("records_rejected"), manifest.counted("clusters"),
          manifest.counted("clusters_multi_article"), out.uri());
      return manifest;
    } finally {
      if (out != null && !committed) {
        out.abort();
      }
      spark.stop();
    }
  }

  private void execute(ReportOutput out) {
    int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));

    Dataset<Row> records = stage("ingest", () -> {
      InputInventory inventory = InputInventory.list(inputs, config.input, spark.sparkContext().hadoopConfiguration());
      Dataset<Row> r = Materialize.of(IngestStage.records(spark, inventory, config.input));
      manifest.count("records_read", r.count());
      manifest.inputs(InputSummary.of(inventory, r));
      LOG.info("{} files in {} input(s): {}", inventory.files().size(), inputs.size(), manifest.filesSummary());
      return r;
    });

    Dataset<Row> cleaned = stage("clean", () -> {
      return Materialize.of(CleanStage.apply(IngestStage.accepted(records), config.clean, config.features.stopWords));
    });
    Dataset<Row> rejects = Materialize.of(IngestStage.rejected(records).unionByName(CleanStage.rejected(cleaned)));
    // Every later stage reads the articles: spread them evenly over a few tasks per core (AQE would leave
    // as many partitions as the cleaned text fills, 3 for ABP on 2 cores: one core idle a third of the time).
    int slices = 4 * spark.sparkContext().defaultParallelism();
    Dataset<Row> articles = Materialize.of(CleanStage.kept(cleaned).repartition(slices, col("article_id")));
    long accepted = articles.count();
    long rejected = rejects.count();
    manifest.count("articles_accepted", accepted);
    manifest.count("records_rejected", rejected);
    for (Row r : rejects.groupBy("reason").agg(count(lit(1))).orderBy("reason").collectAsList()) {
      manifest.rejected(r.getString(0), r.getLong(1));
    }
    LOG.info("{} records read: {} accepted, {} rejected", manifest.counted("records_read"), accepted, rejected);
    if (manifest.counted("records_read") != accepted + rejected) {
      throw new IllegalStateException("counts do not reconcile: read " + manifest.counted("records_read")
          + " != accepted " + accepted + " + rejected " + rejected);
    }
    if (accepted == 0) {
      throw new org.parallax.pipeline.BadInputException("no usable article in the input: all "
          + manifest.counted("records_read") + " records were rejected (" + manifest.rejectedSummary() + "; files: "
          + manifest.filesSummary() + ")");
    }

    Featurized f = stage("features", () -> {
      FeatureStage.Model m = FeatureStage.fit(articles, config.features);
      return new Featurized(m, Materialize.of(m.transformFitted()));
    });
    FeatureStage.Model features = f.model();
    Dataset<Row> featurized = f.vectors();
    manifest.count("vocabulary_terms", features.vocabulary().size());

    Dataset<Row> scored = stage("similarity", () -> {
      Dataset<Row> candidates = Materialize.of(
          SimilarityStage.candidates(featurized, features.vocabulary(), config.similarity));
      manifest.count("candidate_pairs", candidates.count());
      Dataset<Row> s = Materialize.of(SimilarityStage.scored(candidates, featurized, config.similarity));
      manifest.count("scored_pairs", s.count());
      return s;
    });

    Copies copied = stage("copies", () -> {
      Dataset<Row> c = Materialize.of(CopyStage.pairs(scored, articles.select("article_id", "text"), config.copies));
      manifest.count("copy_pairs", c.count());
      return new Copies(c, Materialize.of(CopyStage.members(c, articles, config.cluster.maxIterations)));
    });
    Dataset<Row> copyGroups = copied.groups();

    Clusters linked = stage("cluster", () -> {
      Dataset<Row> linkable = Materialize.of(SimilarityStage.linkable(scored, copied.pairs(),
          CopyStage.effectiveDays(articles, copyGroups), config.cluster));
      manifest.count("similar_pairs", linkable.count());
      return new Clusters(linkable, Materialize.of(ClusterStage.assign(
          featurized.drop(FeatureStage.TF, FeatureStage.TFIDF), linkable, config.cluster)));
    });
    Dataset<Row> pairs = linked.linkable();
    Dataset<Row> clustered = linked.articles();

    TopicStage.Result topics = stage("topics", () ->
        TopicStage.fit(featurized, features.vocabulary(), config.topics, config.run.seed, partitions));

    Dataset<Row> framing = stage("framing", () -> Materialize.of(FramingStage.terms(clustered, config.framing)));

    stage("reports", () -> {
      Dataset<Row> copies = Materialize.of(CopyStage.report(copyGroups, config.copies));
      writeReports(out, clustered, pairs, copies, topics, framing, rejects,
          ClusterSummary.articleTerms(featurized, features.vocabulary(), 5 * config.cluster.labelTerms));
      report(out, Reports.CLEANING, CleanStage.report(articles));
      return null;
    });
  }

  private void writeReports(ReportOutput out, Dataset<Row> clustered, Dataset<Row> pairs, Dataset<Row> copies,
      TopicStage.Result topics, Dataset<Row> framing, Dataset<Row> rejects, Dataset<Row> articleTerms) {
    Dataset<Row> clusteredPairs = Materialize.of(ClusterSummary.pairsWithCluster(pairs, clustered));
    Dataset<Row> dominant = topics.articleTopics()
        .withColumn("_r", row_number().over(Window.partitionBy("article_id")
            .orderBy(col("weight").desc(), col("topic_id").asc())))
        .filter(col("_r").equalTo(1))
        .select(col("article_id"), col("topic_id").as("dominant_topic_id"),
            col("weight").as("dominant_topic_weight"));
    Dataset<Row> articles = clustered
        .withColumn("cluster_size", count(lit(1)).over(Window.partitionBy(ClusterStage.CLUSTER_ID)))
        .withColumn("n_tokens", size(col(FeatureStage.TOKENS)))
        .join(dominant, new String[] {"article_id"}, "left");
    Dataset<Row> clusters = Materialize.of(
        ClusterSummary.clusters(clustered, clusteredPairs, copies, articleTerms, config.cluster.labelTerms));
    manifest.count("clusters", clusters.count());
    manifest.count("clusters_multi_article", clusters.filter(col("size").geq(2)).count());
    manifest.count("clusters_multi_outlet", clusters.filter(col("n_outlets").geq(2)).count());

    report(out, Reports.ARTICLES, articles);
    report(out, Reports.CLUSTERS, clusters);
    report(out, Reports.COVERAGE, ClusterSummary.coverage(clustered));
    report(out, Reports.FRAMING_TERMS, framing);
    report(out, Reports.TOPICS, topics.topics());
    report(out, Reports.ARTICLE_TOPICS, topics.articleTopics());
    report(out, Reports.SIMILAR_PAIRS, clusteredPairs);
    report(out, Reports.COPIES, copies);
    report(out, Reports.REJECTS, rejects);
  }

  private void report(ReportOutput out, org.parallax.report.ReportTable table, Dataset<Row> data) {
    Termination.checkpoint();
    spark.sparkContext().setJobDescription("parallax: write " + table.name());
    long rows = out.write(table, data);
    manifest.report(table.name(), rows);
    LOG.info("report {}: {} rows", table.name(), rows);
  }

  /** The features stage's results: fitted models and the articles' TF-IDF vectors. */
  private record Featurized(FeatureStage.Model model, Dataset<Row> vectors) {}

  /** The copies stage's results: copy pairs and each copy's group. */
  private record Copies(Dataset<Row> pairs, Dataset<Row> groups) {}

  /** The cluster stage's results: the pairs clustering may link, and the articles with their cluster. */
  private record Clusters(Dataset<Row> linkable, Dataset<Row> articles) {}

  private <T> T stage(String name, Supplier<T> body) {
    Termination.stage(name);
    spark.sparkContext().setJobGroup("parallax-" + name, "parallax: " + name, false);
    spark.sparkContext().setJobDescription("parallax: " + name);
    LOG.info("stage {} started", name);
    long t0 = System.nanoTime();
    T result = body.get();
    double seconds = (System.nanoTime() - t0) / 1e9;
    manifest.stage(name, seconds);
    LOG.info("stage {} done in {} s", name, String.format("%.2f", seconds));
    return result;
  }
}
