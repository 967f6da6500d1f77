package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.config.ParallaxConfig;
import org.parallax.spark.HadoopConf;

/**
 * Reads raw text (or HTML) files, one article a file; the id is the file name without its extension.
 * Each task opens its files itself: gzip content is gunzipped within the decompression limits, a file
 * over input.max_record_mb is not read whole, binary content (NUL bytes, or the header of an image, PDF,
 * archive, executable, Parquet or SQLite file) is a reject, and the rest is decoded without loss by
 * {@link TextDecoder}. Metadata (outlet, url, date, title) comes from a sidecar, joined by {@link Sidecar}.
 */
public final class TextFileReader {
  private TextFileReader() {}

  public static Dataset<Row> read(SparkSession spark, List<InputFile> files, ParallaxConfig.Input input) {
    List<String> paths = files.stream().map(InputFile::path).toList();
    int tasks = Math.max(1, Math.min(paths.size(), 4 * spark.sparkContext().defaultParallelism()));
    return spark.createDataset(paths, Encoders.STRING()).repartition(tasks)
        .map(new ReadFile(input, new HadoopConf(spark.sparkContext().hadoopConfiguration())),
            Encoders.row(RecordSchema.CANDIDATE));
  }

  /** File name without directory, without .gz and the last extension. */
  public static String idOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (FileOpener.isGzipName(name)) {
      name = name.substring(0, name.lastIndexOf('.'));
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The kind of binary content the bytes start with, or null for text. */
  static String binaryKind(byte[] b, int n) {
    if (startsWith(b, n, "%PDF")) {
      return "a PDF document";
    }
    if (startsWith(b, n, "\u0089PNG") || startsWith(b, n, "GIF8") || startsWith(b, n, "\u00ff\u00d8\u00ff")
        || (startsWith(b, n, "RIFF") && n > 12 && new String(b, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1)
            .equals("WEBP"))) {
      return "an image";
    }
    if (startsWith(b, n, "PK\u0003\u0004") || startsWith(b, n, "7z\u00bc\u00af") || startsWith(b, n, "Rar!")
        || startsWith(b, n, "BZh") || startsWith(b, n, "\u00fd7zXZ") || startsWith(b, n, "\u001f\u008b")) {
      return "an archive";
    }
    if (startsWith(b, n, "\u007fELF") || startsWith(b, n, "\u00ca\u00fe\u00ba\u00be") || startsWith(b, n, "MZ\u0090")) {
      return "an executable";
    }
    if (startsWith(b, n, "PAR1")) {
      return "a Parquet file";
    }
    if (startsWith(b, n, "SQLite format 3")) {
      return "an SQLite database";
    }
    if (JsonlSplitReader.wideCharset(b, n) != null) {
      return null; // UTF-16/32 text with a byte-order mark: NUL bytes are expected
    }
    for (int i = 0; i < Math.min(n, 8192); i++) {
      if (b[i] == 0) {
        return "data with NUL bytes";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int n, String magic) {
    if (n < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((b[i] & 0xff) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static final class ReadFile implements MapFunction<String, Row> {
    private static final long serialVersionUID = 1L;
    private final int excerptChars;
    private final int maxRecordBytes;
    private final FileOpener.Limits limits;
    private final HadoopConf hadoop;

    ReadFile(ParallaxConfig.Input input, HadoopConf hadoop) {
      this.excerptChars = input.rejectExcerptChars;
      this.maxRecordBytes = input.maxRecordMb << 20;
      this.limits = input.limits();
      this.hadoop = hadoop;
    }

    @Override
    public Row call(String path) {
      String id = idOf(path);
      byte[] bytes;
      try (FileOpener.Opened in = FileOpener.open(new Path(path), hadoop.get(), limits)) {
        bytes = readAtMost(in.in(), maxRecordBytes + 1);
      } catch (FileOpener.LimitExceeded e) {
        return reject(path, id, RejectReason.DECOMPRESSION_LIMIT, e.getMessage());
      } catch (IOException | RuntimeException e) {
        return reject(path, id, RejectReason.UNREADABLE_FILE, JsonlSplitReader.describe(e));
      }
      if (bytes.length == 0) {
        return reject(path, id, RejectReason.EMPTY_FILE, "the file holds no bytes once decompressed");
      }
      if (bytes.length > maxRecordBytes) {
        return reject(path, id, RejectReason.RECORD_TOO_LARGE, "the file is larger than input.max_record_mb ("
            + (maxRecordBytes >> 20) + " MiB)");
      }
      String binary = binaryKind(bytes, bytes.length);
      if (binary != null) {
        return reject(path, id, RejectReason.BINARY_FILE, "the file holds " + binary + ", not text");
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      return RecordSchema.candidate(path, null, id, null, null, null, null, decoded.text(), null, null,
          RecordSchema.excerpt(decoded.text(), excerptChars), decoded.charset());
    }

    private static Row reject(String path, String id, RejectReason reason, String detail) {
      return RecordSchema.reject(path, null, id, reason, detail);
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
      return in.readNBytes(max);
    }
  }
}
