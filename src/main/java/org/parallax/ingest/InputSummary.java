package org.parallax.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What each input held: its files (read, rejected, skipped; sidecars) and records (read, rejected at
 * ingest), for the manifest. A file is rejected when every record it gave is a file-level reject (empty,
 * binary, unsupported, unreadable, over a limit); a file that broke off after some lines is read, and its
 * break is one rejected record.
 */
public final class InputSummary {
  static final Set<String> FILE_REASONS = Set.of(RejectReason.EMPTY_FILE.code(), RejectReason.BINARY_FILE.code(),
      RejectReason.UNSUPPORTED_FILE.code(), RejectReason.UNREADABLE_FILE.code(),
      RejectReason.DECOMPRESSION_LIMIT.code());

  private InputSummary() {}

  /** One map per input, in --input order: uri, files, files_read, files_rejected, files_skipped, ... */
  public static List<Map<String, Object>> of(InputInventory inventory, Dataset<Row> records) {
    Map<String, long[]> bySource = new HashMap<>();
    for (Row r : records.groupBy(RecordSchema.SOURCE).agg(count(lit(1)).as("n"),
        sum(when(col(RecordSchema.REASON).isNotNull(), 1).otherwise(0)).as("rejected"),
        sum(when(col(RecordSchema.REASON).isin(FILE_REASONS.toArray()), 1).otherwise(0)).as("file_rejects"))
        .collectAsList()) {
      bySource.put(r.getAs(RecordSchema.SOURCE), new long[] {r.<Long>getAs("n"), r.<Long>getAs("rejected"),
          r.<Long>getAs("file_rejects")});
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < inventory.inputs().size(); i++) {
      long files = 0;
      long read = 0;
      long rejected = 0;
      long skipped = 0;
      long sidecars = 0;
      long recordsRead = 0;
      long recordsRejected = 0;
      for (InputFile f : inventory.files()) {
        if (f.input() != i) {
          continue;
        }
        files++;
        long[] c = bySource.getOrDefault(f.path(), new long[3]);
        if (f.kind() == InputFile.Kind.SKIPPED) {
          skipped++;
          continue;
        }
        recordsRead += c[0];
        recordsRejected += c[1];
        if (f.kind() == InputFile.Kind.SIDECAR) {
          sidecars++;
        } else if (c[0] > 0 && c[0] == c[2]) {
          rejected++;
        } else {
          read++;
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("uri", inventory.inputs().get(i));
      m.put("files", files);
      m.put("files_read", read);
      m.put("files_rejected", rejected);
      m.put("files_skipped", skipped);
      m.put("sidecar_files", sidecars);
      m.put("records_read", recordsRead);
      m.put("records_rejected_at_ingest", recordsRejected);
      out.add(m);
    }
    return out;
  }
}
