package org.parallax.evaluate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.report.ReportOutput;
import org.parallax.spark.Rows;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.pipeline.BadInputException;
import org.parallax.report.Reports;

/**
 * Scores a run's coverage clusters against gold story labels. The gold file (JSONL or Parquet) gives an
 * article id and a cluster label per article; the run's {@code articles} report gives each article's
 * {@code cluster_id}. Only gold articles are scored; a gold article missing from the run counts as a
 * cluster of its own, and run articles without a gold label are left out. The contingency table is
 * built with Spark and streamed to {@link ClusteringMetrics}, so nothing corpus-sized is collected.
 */
public final class Evaluation {
  private Evaluation() {}

  /** What was evaluated and the metric values. */
  public record Result(String run, String gold, String goldField, long goldArticles, long missingFromRun,
      Map<String, Double> metrics) {}

  public static Result evaluate(SparkSession spark, String run, String gold, String goldIdField, String goldField) {
    Dataset<Row> predicted;
    try {
      predicted = spark.read().parquet(new Path(run, Reports.ARTICLES.name()).toString())
          .select(col("article_id"), col("cluster_id"));
    } catch (Exception e) {
      throw new BadInputException("cannot read the articles report of run " + run + ": " + e.getMessage(), e);
    }
    Dataset<Row> labels = readGold(spark, gold, goldIdField, goldField);
    for (String f : List.of(goldIdField, goldField)) {
      if (!Arrays.asList(labels.columns()).contains(f) || labels.filter(col(f).isNotNull()).isEmpty()) {
        throw new BadInputException("gold file " + gold + " has no field '" + f + "' with values; name the fields "
            + "with --gold-field (story label) and --gold-id-field (article id), e.g. --gold-field cluster_id");
      }
    }
    Dataset<Row> labelled = labels
        .select(col(goldIdField).cast("string").as("article_id"), col(goldField).cast("string").as("gold"))
        .cache();
    long goldRecords = labelled.count();
    Dataset<Row> withLabel = labelled.filter(col("article_id").isNotNull().and(col("gold").isNotNull()));
    long unlabelled = goldRecords - withLabel.count();
    // one label per id, the same one every run: the smallest
    Dataset<Row> goldPairs = withLabel.groupBy("article_id").agg(min("gold").as("gold"));
    Dataset<Row> joined = goldPairs.join(predicted, new String[] {"article_id"}, "left")
        .withColumn("missing", col("cluster_id").isNull())
        .withColumn("predicted", coalesce(col("cluster_id"), concat(lit("missing:"), col("article_id"))))
        .cache();
    long goldArticles = joined.count();
    long duplicateIds = goldRecords - unlabelled - goldArticles;
    long missing = joined.filter(col("missing")).count();
    ClusteringMetrics m = agreement(joined);
    joined.unpersist();
    labelled.unpersist();
    Map<String, Double> values = new java.util.LinkedHashMap<>(m.values());
    // gold records that were not scored, counted so that nothing is left out silently
    values.put("gold_records_without_id_or_label", (double) unlabelled);
    values.put("gold_duplicate_ids_skipped", (double) duplicateIds);
    return new Result(run, gold, goldField, goldArticles, missing, values);
  }

  /**
   * Agreement between two clusterings of the same articles: {@code labelled} has one row per article with
   * its cluster in each, columns {@code predicted} and {@code gold} (non-null). Streamed, never collected.
   */
  public static ClusteringMetrics agreement(Dataset<Row> labelled) {
    Dataset<Row> predictedSizes = labelled.groupBy("predicted").agg(count(lit(1)).as("a"));
    Dataset<Row> goldSizes = labelled.groupBy("gold").agg(count(lit(1)).as("b"));
    Dataset<Row> cells = labelled.groupBy("predicted", "gold").agg(count(lit(1)).as("nij"))
        .join(predictedSizes, "predicted").join(goldSizes, "gold");
    ClusteringMetrics m = new ClusteringMetrics();
    for (Iterator<Row> it = cells.select("nij", "a", "b").toLocalIterator(); it.hasNext(); ) {
      Row r = it.next();
      m.cell(r.<Long>getAs("nij"), r.<Long>getAs("a"), r.<Long>getAs("b"));
    }
    for (Iterator<Row> it = predictedSizes.select("a").toLocalIterator(); it.hasNext(); ) {
      m.predictedCluster(it.next().<Long>getAs("a"));
    }
    for (Iterator<Row> it = goldSizes.select("b").toLocalIterator(); it.hasNext(); ) {
      m.goldCluster(it.next().<Long>getAs("b"));
    }
    return m;
  }

  private static Dataset<Row> readGold(SparkSession spark, String gold, String idField, String labelField) {
    try {
      String lower = gold.toLowerCase(java.util.Locale.ROOT);
      return lower.endsWith(".parquet") || !lower.matches(".*\\.(jsonl|json|ndjson)(\\.gz)?$")
          && isParquetFolder(spark, gold)
          ? spark.read().parquet(gold)
          // only the two fields, as text: corpora carry other fields that need not parse
          : spark.read().schema(new StructType().add(idField, DataTypes.StringType)
              .add(labelField, DataTypes.StringType)).option("mode", "PERMISSIVE").json(gold);
    } catch (Exception e) {
      throw new BadInputException("cannot read gold file " + gold + ": " + e.getMessage(), e);
    }
  }

  private static boolean isParquetFolder(SparkSession spark, String path) throws IOException {
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    return fs.getFileStatus(p).isDirectory();
  }

  /** The evaluation report rows: one per metric, in the documented schema ({@link Reports#EVALUATION}). */
  public static Dataset<Row> report(SparkSession spark, Result r) {
    Timestamp now = Timestamp.from(Instant.now());
    StructType schema = Reports.EVALUATION.sparkSchema();
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Double> e : r.metrics().entrySet()) {
      rows.add(Rows.of(schema).set("metric", e.getKey()).set("value", e.getValue()).set("gold_file", r.gold())
          .set("gold_field", r.goldField()).set("gold_articles", r.goldArticles())
          .set("missing_from_run", r.missingFromRun()).set("evaluated_at", now).build());
    }
    return spark.createDataFrame(rows, schema).coalesce(1);
  }

  /**
   * Writes the report to {@code RUN/evaluation} with the reports' atomic writer: staged beside it, then
   * published in place of any earlier evaluation by one rename, so a reader sees the old one or the new one.
   */
  public static void write(SparkSession spark, String run, Dataset<Row> report) {
    String runId = "evaluate-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    ReportOutput out = ReportOutput.forTable(run, Reports.EVALUATION, runId,
        spark.sparkContext().hadoopConfiguration());
    out.recover();
    boolean committed = false;
    try {
      out.write(Reports.EVALUATION, report);
      out.commit();
      committed = true;
    } finally {
      if (!committed) {
        out.abort();
      }
    }
  }
}
