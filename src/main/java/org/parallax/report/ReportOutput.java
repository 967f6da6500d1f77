package org.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.parallax.cli.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder, committed atomically. Reports and the manifest are written to a hidden staging
 * folder beside the output; only when all of them are written is the staging folder renamed into
 * place (the previous output is moved aside first and deleted after). A failed or killed run leaves
 * the previous output untouched, or no output: never a partial one. On HDFS and local disks the
 * renames are atomic; on object stores (s3a) a rename is a copy, so use a committer-backed location.
 */
public final class ReportOutput {
  public static final String MANIFEST = "manifest.json";
  private static final Logger LOG = LoggerFactory.getLogger(ReportOutput.class);

  private final Path output;
  private final Path staging;
  private final FileSystem fs;

  public ReportOutput(String uri, String runId, Configuration hadoop) {
    this.output = new Path(uri);
    Path parent = output.getParent();
    if (parent == null) {
      throw new InputException("output " + uri + " is a file-system root; give a folder below it");
    }
    try {
      this.fs = output.getFileSystem(hadoop);
    } catch (IOException e) {
      throw new InputException("cannot open output " + uri + ": " + e.getMessage(), e);
    }
    this.staging = new Path(parent, "." + output.getName() + ".parallax-staging-" + runId);
  }

  /**
   * Refuses to replace anything that is not an earlier Parallax output: an existing non-empty folder
   * without a manifest.json (someone's data), or a file.
   */
  public void checkSafe() {
    try {
      if (!fs.exists(output)) {
        return;
      }
      FileStatus st = fs.getFileStatus(output);
      if (st.isFile()) {
        throw new InputException("output " + output + " is a file; give a folder");
      }
      if (fs.listStatus(output).length > 0 && !fs.exists(new Path(output, MANIFEST))) {
        throw new InputException("output " + output + " is a non-empty folder that is not a Parallax output "
            + "(no " + MANIFEST + "); refusing to replace it. Give a new or empty folder.");
      }
    } catch (IOException e) {
      throw new InputException("cannot check output " + output + ": " + e.getMessage(), e);
    }
  }

  public String uri() {
    return output.toString();
  }

  /** Writes one report into staging, conformed to its documented schema; returns its row count. */
  public long write(ReportTable table, Dataset<Row> data) {
    Path dir = new Path(staging, table.name());
    table.conform(data).write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
    return data.sparkSession().read().parquet(dir.toString()).count();
  }

  public void writeManifest(String json) {
    try (OutputStream out = fs.create(new Path(staging, MANIFEST), false)) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write manifest: " + e.getMessage(), e);
    }
  }

  /** Swaps the staging folder into place. */
  public void commit() {
    Path previous = new Path(staging.getParent(), staging.getName().replace("-staging-", "-previous-"));
    try {
      boolean hadPrevious = fs.exists(output);
      if (hadPrevious && !fs.rename(output, previous)) {
        throw new IOException("cannot move the previous output " + output + " aside");
      }
      if (!fs.rename(staging, output)) {
        if (hadPrevious) {
          fs.rename(previous, output);
        }
        throw new IOException("cannot rename " + staging + " to " + output);
      }
      if (hadPrevious) {
        fs.delete(previous, true);
      }
      LOG.info("reports committed to {}", output);
    } catch (IOException e) {
      throw new IllegalStateException("commit failed: " + e.getMessage(), e);
    }
  }

  /** Removes the staging folder after a failure (best effort). */
  public void abort() {
    try {
      if (fs.exists(staging)) {
        fs.delete(staging, true);
      }
    } catch (IOException e) {
      LOG.warn("could not remove staging folder {}: {}", staging, e.getMessage());
    }
  }
}
