package org.parallax.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.config.ParallaxConfig;
import org.parallax.spark.Columns;
import org.parallax.spark.HadoopConf;
import scala.Tuple3;

/**
 * Reads JSONL (plain or gzipped; UTF-8, else detected per line; UTF-16/32 with a byte-order mark) into
 * candidate records with exact 1-based line numbers. Plain files are cut into splits of
 * {@code spark.sql.files.maxPartitionBytes}; each split is read by a task that opens the file itself
 * ({@link JsonlSplitReader}: '\n' ends a line, limits on line size and decompression, a broken file is a
 * reject and not a failed run). The line offset of each split is added from a small per-split count, so
 * no shuffle of the corpus is needed.
 */
public final class JsonlReader {
  private static final String BLOCK = "block_start";
  private static final String LINE_IN_BLOCK = "line_in_block";
  private static final StructType PARSED = RecordSchema.CANDIDATE
      .add(BLOCK, DataTypes.LongType, false)
      .add(LINE_IN_BLOCK, DataTypes.LongType, false);

  private JsonlReader() {}

  public static Dataset<Row> read(SparkSession spark, List<InputFile> files, ParallaxConfig.Input input) {
    List<Tuple3<String, Long, Long>> splits = splits(files,
        Math.max(4096, spark.sessionState().conf().filesMaxPartitionBytes()));
    int tasks = Math.max(1, Math.min(splits.size(), 4 * spark.sparkContext().defaultParallelism()));
    Dataset<Row> parsed = spark.createDataset(splits, Encoders.tuple(Encoders.STRING(), Encoders.LONG(),
        Encoders.LONG())).repartition(tasks)
        .flatMap(new ReadSplit(input, new HadoopConf(spark.sparkContext().hadoopConfiguration())),
            Encoders.row(PARSED));
    return withLineNumbers(parsed).select(Columns.of(RecordSchema.CANDIDATE));
  }

  /** (file, start, length) of each split: gzip files whole (length -1), others cut every splitBytes. */
  static List<Tuple3<String, Long, Long>> splits(List<InputFile> files, long splitBytes) {
    List<Tuple3<String, Long, Long>> splits = new ArrayList<>();
    for (InputFile f : files) {
      if (FileOpener.isGzipName(f.path())) {
        splits.add(new Tuple3<>(f.path(), 0L, -1L));
        continue;
      }
      for (long start = 0; start < f.length(); start += splitBytes) {
        splits.add(new Tuple3<>(f.path(), start, Math.min(splitBytes, f.length() - start)));
      }
    }
    return splits;
  }

  /** position = lines in earlier splits of the same file + line within the split. */
  static Dataset<Row> withLineNumbers(Dataset<Row> parsed) {
    WindowSpec before = Window.partitionBy(RecordSchema.SOURCE).orderBy(BLOCK)
        .rowsBetween(Window.unboundedPreceding(), -1);
    Dataset<Row> blocks = parsed.groupBy(RecordSchema.SOURCE, BLOCK).agg(max(LINE_IN_BLOCK).as("n"))
        .withColumn("lines_before", coalesce(sum("n").over(before), lit(0L)))
        .drop("n");
    return parsed.join(broadcast(blocks), new String[] {RecordSchema.SOURCE, BLOCK})
        .withColumn(RecordSchema.POSITION, when(col(LINE_IN_BLOCK).gt(0),
            col("lines_before").plus(col(LINE_IN_BLOCK)))); // 0: the whole file, no line
  }

  /** Reads one split's lines in order and parses each into one record per JSON object (or a reject). */
  static final class ReadSplit implements FlatMapFunction<Tuple3<String, Long, Long>, Row> {
    private static final long serialVersionUID = 1L;
    private final JsonLineParser parser;
    private final int excerptChars;
    private final int maxRecordBytes;
    private final FileOpener.Limits limits;
    private final HadoopConf hadoop;

    ReadSplit(ParallaxConfig.Input input, HadoopConf hadoop) {
      this.maxRecordBytes = input.maxRecordMb << 20;
      this.parser = new JsonLineParser(input.fields, maxRecordBytes);
      this.excerptChars = input.rejectExcerptChars;
      this.limits = input.limits();
      this.hadoop = hadoop;
    }

    @Override
    /** One split: (file, start, length; -1 = to the end). */
    public Iterator<Row> call(Tuple3<String, Long, Long> split) {
      String source = split._1();
      long start = split._2();
      long length = split._3();
      JsonlSplitReader reader;
      try {
        reader = new JsonlSplitReader(new Path(source), start, length, hadoop.get(), limits, maxRecordBytes);
      } catch (IOException | RuntimeException e) {
        RejectReason reason = e instanceof FileOpener.LimitExceeded ? RejectReason.DECOMPRESSION_LIMIT
            : RejectReason.UNREADABLE_FILE;
        return Collections.singletonList(row(source, null, null, null, reason.code(),
            "cannot open the file: " + JsonlSplitReader.describe(e), start, 0L)).iterator();
      }
      return new Iterator<>() {
        private Iterator<Row> pending = Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!pending.hasNext() && reader.hasNext()) {
            pending = rows(reader.next(), source, start).iterator();
          }
          return pending.hasNext();
        }

        @Override
        public Row next() {
          hasNext();
          return pending.next();
        }
      };
    }

    private List<Row> rows(JsonlSplitReader.Item item, String source, long block) {
      if (item.reason() != null) {
        return List.of(row(source, null, null, null, item.reason().code(), item.detail(), block, item.line()));
      }
      String excerpt = RecordSchema.excerpt(item.text(), excerptChars);
      List<Row> out = new ArrayList<>();
      for (JsonLineParser.Parsed p : parser.parseAll(item.text())) {
        out.add(row(source, p, item.charset(), excerpt, p.reason(), p.detail(), block, item.line()));
      }
      return out;
    }

    private static Row row(String source, JsonLineParser.Parsed p, String charset, String excerpt, String reason,
        String detail, long block, long line) {
      return new GenericRowWithSchema(new Object[] {source, null, p == null ? null : p.id(),
          p == null ? null : p.outlet(), p == null ? null : p.url(), p == null ? null : p.publishedRaw(),
          p == null ? null : p.title(), p == null ? null : p.text(), reason, detail, excerpt, charset, block, line},
          PARSED);
    }
  }
}
