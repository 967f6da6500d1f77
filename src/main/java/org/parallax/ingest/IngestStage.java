package org.parallax.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.parallax.config.ParallaxConfig;
import org.parallax.pipeline.Contract;
import org.parallax.pipeline.StageContext;
import org.parallax.report.ManifestFields.Count;
import org.parallax.spark.Columns;
import org.parallax.spark.Materialize;

/**
 * Ingest: every file of every input (JSONL, Parquet, text and HTML files with sidecars) into one set of
 * typed records, each either accepted or carrying the reason it was rejected. Nothing is dropped: {@link
 * #records} holds every record read and a record for every file that could not be read, so that
 * records read = accepted + rejected, and every listed file is read, rejected or counted as skipped.
 */
public final class IngestStage {
  public static final String NAME = "ingest";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestStage.class);
  /** Every record read, accepted (no reason) or rejected. */
  public static final Contract RECORDS = Contract.of(NAME, "records", RecordSchema.RECORD.fieldNames());

  /** What ingest returns: the files it listed and every record it read. */
  public record Output(InputInventory inventory, Dataset<Row> records) {}

  /** Lists the inputs, reads every file, counts what it read into the manifest. */
  public static Output run(StageContext ctx, List<String> inputs, ParallaxConfig.Input cfg) {
    SparkSession spark = ctx.spark();
    InputInventory inventory = InputInventory.list(inputs, cfg, spark.sparkContext().hadoopConfiguration());
    Dataset<Row> records = RECORDS.check(Materialize.of(records(spark, inventory, cfg)));
    ctx.manifest().count(Count.RECORDS_READ, records.count());
    ctx.manifest().inputs(InputSummary.of(inventory, records));
    LOG.info("{} files in {} input(s): {}", inventory.files().size(), inputs.size(), ctx.manifest().filesSummary());
    return new Output(inventory, records);
  }
  /** Columns of an accepted article after ingest. */
  public static final Column[] ARTICLE_COLUMNS = {
      col(RecordSchema.ID), col(RecordSchema.OUTLET), col(RecordSchema.URL), col(RecordSchema.PUBLISHED_AT),
      col(RecordSchema.TITLE), col(RecordSchema.TEXT), col(RecordSchema.SOURCE), col(RecordSchema.POSITION),
      col(RecordSchema.CHARSET)};

  private IngestStage() {}

  /** Every record read, typed ({@link RecordSchema#RECORD}); rejected ones have a reason. */
  public static Dataset<Row> records(SparkSession spark, List<String> inputs, ParallaxConfig.Input input) {
    return records(spark, InputInventory.list(inputs, input, spark.sparkContext().hadoopConfiguration()), input);
  }

  /** Every record of the inventory's files, typed; a file no reader could use is one rejected record. */
  public static Dataset<Row> records(SparkSession spark, InputInventory inventory, ParallaxConfig.Input input) {
    List<Row> driverRejects = new ArrayList<>();
    for (InputFile f : inventory.rejected()) {
      driverRejects.add(RecordSchema.reject(f.path(), null, null, f.reason(), f.detail()));
    }
    List<Dataset<Row>> parts = new ArrayList<>();
    List<InputFile> jsonl = inventory.files(InputFile.Kind.JSONL);
    if (!jsonl.isEmpty()) {
      parts.add(JsonlReader.read(spark, jsonl, input));
    }
    List<InputFile> parquet = inventory.files(InputFile.Kind.PARQUET);
    if (!parquet.isEmpty()) {
      ParquetReader.Result r = ParquetReader.read(spark, parquet, input);
      driverRejects.addAll(r.rejects());
      if (r.records() != null) {
        parts.add(r.records());
      }
    }
    List<InputFile> text = inventory.files(InputFile.Kind.TEXT);
    List<String> sidecars = Sidecar.locate(inventory, input.sidecar);
    if (!text.isEmpty() || !sidecars.isEmpty()) {
      parts.add(Sidecar.attach(spark, TextFileReader.read(spark, text, input), sidecars, input.fields));
    }
    if (!driverRejects.isEmpty() || parts.isEmpty()) {
      parts.add(spark.createDataFrame(driverRejects, RecordSchema.CANDIDATE));
    }
    Dataset<Row> candidates = parts.get(0);
    for (Dataset<Row> p : parts.subList(1, parts.size())) {
      candidates = candidates.unionByName(p);
    }
    Dataset<Row> typed = candidates.map(new RecordValidator(), Encoders.row(RecordValidator.VALIDATED))
        .withColumn(RecordSchema.PUBLISHED_AT, timestamp_micros(col(RecordValidator.PUBLISHED_MICROS)))
        .select(Columns.of(RecordSchema.RECORD));
    // The one shuffle of ingest (duplicate ids need it anyway), into a fixed number of even slices: one
    // gzip file is read by one task, and adaptive execution would leave its records in one partition,
    // so that cleaning would run on one core.
    int slices = 4 * spark.sparkContext().defaultParallelism();
    return markDuplicateIds(typed.repartition(slices, col(RecordSchema.ID)));
  }

  /** The first record of an id (by source, then position) is kept; later ones are rejected. */
  static Dataset<Row> markDuplicateIds(Dataset<Row> records) {
    Column ok = col(RecordSchema.REASON).isNull();
    WindowSpec byId = Window.partitionBy(RecordSchema.ID).orderBy(RecordSchema.SOURCE, RecordSchema.POSITION);
    Column firstAt = concat(first(col(RecordSchema.SOURCE)).over(byId),
        when(first(col(RecordSchema.POSITION)).over(byId).isNotNull(),
            concat(lit(":"), first(col(RecordSchema.POSITION)).over(byId).cast("string"))).otherwise(lit("")));
    Dataset<Row> accepted = records.filter(ok)
        .withColumn("_n", row_number().over(byId))
        .withColumn("_first", firstAt);
    Column dup = col("_n").gt(1);
    Dataset<Row> marked = accepted
        .withColumn(RecordSchema.REASON, when(dup, lit(RejectReason.DUPLICATE_ID.code())))
        .withColumn(RecordSchema.DETAIL, when(dup, concat(lit("id '"), col(RecordSchema.ID),
            lit("' already read at "), col("_first"))))
        .select(Columns.of(RecordSchema.RECORD));
    return marked.unionByName(records.filter(col(RecordSchema.REASON).isNotNull()));
  }

  /** Accepted records as articles. */
  public static Dataset<Row> accepted(Dataset<Row> records) {
    return records.filter(col(RecordSchema.REASON).isNull()).select(ARTICLE_COLUMNS);
  }

  /** Rejected records as rejects-report rows. */
  public static Dataset<Row> rejected(Dataset<Row> records) {
    return Rejects.of(records.filter(col(RecordSchema.REASON).isNotNull()), "ingest");
  }
}
