package org.parallax.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.config.ParallaxConfig;
import org.parallax.spark.Columns;

/**
 * Reads JSONL (plain or gzipped, UTF-8) into candidate records with exact 1-based line numbers. Lines are
 * parsed in the scan's own order; the line offset of each file split is added from a small per-split
 * count, so no shuffle of the corpus is needed.
 */
public final class JsonlReader {
  private static final String BLOCK = "block_start";
  private static final String ROW_IN_BLOCK = "row_in_block";
  private static final StructType PARSED = RecordSchema.CANDIDATE
      .add(BLOCK, DataTypes.LongType, false)
      .add(ROW_IN_BLOCK, DataTypes.LongType, false);

  private JsonlReader() {}

  public static Dataset<Row> read(SparkSession spark, List<String> paths, ParallaxConfig.Input input) {
    Dataset<Row> lines = spark.read().format("text").load(paths.toArray(String[]::new))
        .select(col("value"), col("_metadata.file_path").as(RecordSchema.SOURCE),
            col("_metadata.file_block_start").as(BLOCK));
    Dataset<Row> parsed = lines.mapPartitions(new ParseLines(input.fields, input.rejectExcerptChars),
        Encoders.row(PARSED));
    return withLineNumbers(parsed).select(Columns.of(RecordSchema.CANDIDATE));
  }

  /** position = lines in earlier splits of the same file + row within the split. */
  static Dataset<Row> withLineNumbers(Dataset<Row> parsed) {
    WindowSpec before = Window.partitionBy(RecordSchema.SOURCE).orderBy(BLOCK)
        .rowsBetween(Window.unboundedPreceding(), -1);
    Dataset<Row> blocks = parsed.groupBy(RecordSchema.SOURCE, BLOCK).agg(count(lit(1)).as("n"))
        .withColumn("lines_before", coalesce(sum("n").over(before), lit(0L)))
        .drop("n");
    return parsed.join(broadcast(blocks), new String[] {RecordSchema.SOURCE, BLOCK})
        .withColumn(RecordSchema.POSITION, col("lines_before").plus(col(ROW_IN_BLOCK)));
  }

  /** Parses a partition's lines in scan order, numbering rows within each file split. */
  static final class ParseLines implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final JsonLineParser parser;
    private final int excerptChars;

    ParseLines(ParallaxConfig.Fields fields, int excerptChars) {
      this.parser = new JsonLineParser(fields);
      this.excerptChars = excerptChars;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        String lastSource;
        long lastBlock = -1;
        long row;

        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          String line = r.getString(0);
          String source = r.getString(1);
          long block = r.getLong(2);
          if (!source.equals(lastSource) || block != lastBlock) {
            lastSource = source;
            lastBlock = block;
            row = 0;
          }
          row++;
          JsonLineParser.Parsed p = parser.parse(line);
          return RowFactory.create(source, null, p.id(), p.outlet(), p.url(), p.publishedRaw(), p.title(),
              p.text(), p.reason(), p.detail(), RecordSchema.excerpt(line, excerptChars), "UTF-8", block, row);
        }
      };
    }
  }
}
