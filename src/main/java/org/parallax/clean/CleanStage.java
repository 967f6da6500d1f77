package org.parallax.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.spark.Rows;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.config.ParallaxConfig;
import org.parallax.ingest.RecordSchema;
import org.parallax.ingest.RejectReason;
import org.parallax.ingest.Rejects;
import org.parallax.ingest.IngestStage;
import org.parallax.pipeline.BadInputException;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.parallax.report.RunManifest;
import org.parallax.spark.Materialize;

/**
 * Clean: articles in, articles with clean text out (mojibake repaired, Unicode and whitespace
 * normalised), with the raw length and the number of encoding repairs; too-short ones rejected.
 */
public final class CleanStage {
  public static final String NAME = "clean";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CleanStage.class);
  /** The articles every later stage reads (cleaning's own columns ride along for the reports). */
  public static final Contract ARTICLES = Contract.of(NAME, "articles", RecordSchema.ID, RecordSchema.OUTLET,
      RecordSchema.URL, RecordSchema.PUBLISHED_AT, RecordSchema.TITLE, RecordSchema.TEXT);
  /** Every record rejected so far (ingest's and clean's): rejects-report rows. */
  public static final Contract REJECTS = Contract.of(NAME, "rejects", Rejects.COLUMNS);

  /** What clean returns: the articles to analyse and every reject. */
  public record Output(Dataset<Row> articles, Dataset<Row> rejects) {}

  /**
   * Cleans the accepted records, rejects too-short ones, and reconciles: records read = articles
   * accepted + records rejected, or the run stops. No usable article is the input's fault (exit 65).
   */
  public static Output run(StageContext ctx, IngestStage.Output in, ParallaxConfig.Clean cfg) {
    Dataset<Row> cleaned = Materialize.of(apply(IngestStage.accepted(in.records()), cfg));
    Dataset<Row> rejects = REJECTS.check(Materialize.of(IngestStage.rejected(in.records())
        .unionByName(rejected(cleaned))));
    // Every later stage reads the articles: spread them evenly over a few tasks per core (AQE would leave
    // as many partitions as the cleaned text fills, 3 for ABP on 2 cores: one core idle a third of the time).
    Dataset<Row> articles = ARTICLES.check(Materialize.of(kept(cleaned).repartition(ctx.slices(),
        col(RecordSchema.ID))));
    RunManifest m = ctx.manifest();
    long read = m.counted(Count.RECORDS_READ);
    long accepted = articles.count();
    long rejected = rejects.count();
    m.count(Count.ARTICLES_ACCEPTED, accepted);
    m.count(Count.RECORDS_REJECTED, rejected);
    for (Row r : rejects.groupBy(RecordSchema.REASON).agg(count(lit(1)).as("n")).orderBy(RecordSchema.REASON)
        .collectAsList()) {
      m.rejected(r.getAs(RecordSchema.REASON), r.<Long>getAs("n"));
    }
    LOG.info("{} records read: {} accepted, {} rejected", read, accepted, rejected);
    if (read != accepted + rejected) {
      throw new IllegalStateException("counts do not reconcile: read " + read + " != accepted " + accepted
          + " + rejected " + rejected);
    }
    if (accepted == 0) {
      throw new BadInputException("no usable article in the input: all " + read + " records were rejected ("
          + m.rejectedSummary() + "; files: " + m.filesSummary() + ")");
    }
    return new Output(articles, rejects);
  }
  public static final String RAW_CHARS = "raw_chars";
  public static final String REPAIRS = "encoding_repairs";
  private static final StructType CLEANED = new StructType()
      .add("text", DataTypes.StringType).add("repairs", DataTypes.IntegerType, false);
  private static final UserDefinedFunction CLEAN = udf((UDF1<String, Row>) s -> {
    EncodingRepair.Result repaired = EncodingRepair.repair(s);
    return Rows.of(CLEANED).set("text", TextCleaner.clean(repaired.text())).set("repairs", repaired.repairs()).build();
  }, CLEANED).withName("clean_text");

  private CleanStage() {}

  /** Articles with cleaned text and a {@code reason} column (null when kept). */
  public static Dataset<Row> apply(Dataset<Row> articles, ParallaxConfig.Clean cfg) {
    Column tooShort = length(col(RecordSchema.TEXT)).lt(cfg.minChars);
    Dataset<Row> repaired = Html.extract(articles.withColumn(RAW_CHARS, length(col(RecordSchema.TEXT))))
        .withColumn("_cleaned", CLEAN.apply(col(RecordSchema.TEXT)))
        .withColumn(RecordSchema.TEXT, col("_cleaned.text"))
        .withColumn(REPAIRS, col("_cleaned.repairs"))
        .drop("_cleaned");
    // Boilerplate removal reads the repaired articles three times (outlet sizes, recurring lines, the
    // articles themselves): repair them once.
    Dataset<Row> inferred = Materialize.of(Metadata.fill(repaired));
    Dataset<Row> cleaned = cfg.boilerplate
        ? Boilerplate.remove(inferred, cfg)
        : Boilerplate.none(inferred);
    return cleaned
        .withColumn(RecordSchema.REASON, when(tooShort, lit(RejectReason.TEXT_TOO_SHORT.code())))
        .withColumn(RecordSchema.DETAIL, when(tooShort, concat(lit("clean text has "),
            length(col(RecordSchema.TEXT)).cast("string"), lit(" characters; clean.min_chars is "
                + cfg.minChars))))
        .withColumn(RecordSchema.EXCERPT, substring(col(RecordSchema.TEXT), 1, 200));
  }

  public static Dataset<Row> kept(Dataset<Row> cleaned) {
    return cleaned.filter(col(RecordSchema.REASON).isNull())
        .drop(RecordSchema.REASON, RecordSchema.DETAIL, RecordSchema.EXCERPT);
  }

  /** The cleaning report: one row per kept article. */
  public static Dataset<Row> report(Dataset<Row> kept) {
    java.util.List<Column> cols = new java.util.ArrayList<>(java.util.List.of(col(RecordSchema.ID),
        col(RecordSchema.CHARSET), col(Html.SOURCE_FORMAT), col(RAW_CHARS).as("chars_in"), length(col(RecordSchema.TEXT)).as("chars_out"),
        col(REPAIRS)));
    for (BoilerplateRemoval.Kind k : BoilerplateRemoval.Kind.values()) {
      cols.add(col(Boilerplate.column(k)));
    }
    for (String c : Metadata.REPORT_COLUMNS) {
      cols.add(col(c));
    }
    return kept.select(cols.toArray(Column[]::new));
  }

  public static Dataset<Row> rejected(Dataset<Row> cleaned) {
    return Rejects.of(cleaned.filter(col(RecordSchema.REASON).isNotNull()), "clean");
  }
}
