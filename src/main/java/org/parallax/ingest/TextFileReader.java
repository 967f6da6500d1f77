package org.parallax.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Reads folders of raw text files, one article a file; the id is the file name without its extension.
 * Metadata (outlet, url, date, title) comes from a sidecar, joined by {@link Sidecar}.
 */
public final class TextFileReader {
  private TextFileReader() {}

  public static Dataset<Row> read(SparkSession spark, List<String> paths, int excerptChars) {
    Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
        .load(paths.toArray(String[]::new))
        .select(col("path"), col("content"));
    return files.map(new DecodeFile(excerptChars), Encoders.row(RecordSchema.CANDIDATE));
  }

  /** File name without directory and last extension. */
  public static String idOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static final class DecodeFile implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int excerptChars;

    DecodeFile(int excerptChars) {
      this.excerptChars = excerptChars;
    }

    @Override
    public Row call(Row r) {
      String path = r.getString(0);
      byte[] bytes = (byte[]) r.get(1);
      String id = idOf(path);
      if (bytes == null || bytes.length == 0) {
        return RowFactory.create(path, null, id, null, null, null, null, null,
            RejectReason.EMPTY_RECORD.code(), "empty file", null, null);
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      return RowFactory.create(path, null, id, null, null, null, null, decoded.text(), null, null,
          RecordSchema.excerpt(decoded.text(), excerptChars), decoded.charset());
    }
  }
}
