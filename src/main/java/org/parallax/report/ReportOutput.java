package org.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.parallax.cli.ExitCode;
import org.parallax.cli.PreflightException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder, committed atomically. Reports and the manifest are written to a hidden version
 * folder beside the output ({@code .NAME.parallax-RUNID}); the manifest is written last, so a folder with
 * one is complete. Then the version is published:
 *
 * <ul>
 *   <li>On a local file system the output path is a symbolic link to the current version, replaced by
 *       one rename(2) of a new link over it: at every instant the path holds the previous output or the
 *       new one, never neither, whatever kills the process. (A first run over an output folder written
 *       before links moves that folder aside once, then links.)
 *   <li>On HDFS and other Hadoop file systems, which have no links: the previous output is renamed aside
 *       and the version renamed into place. A kill between the two renames leaves the previous output
 *       aside, and the next run puts it back.
 * </ul>
 *
 * Every run starts with {@link #recover}: leftovers of killed runs (versions never published, temporary
 * links, set-aside outputs) are removed or restored, and each is logged. One run per output at a time.
 */
public final class ReportOutput {
  public static final String MANIFEST = "manifest.json";
  /** Test seam: a step name makes the process halt there, exactly as kill -9 would. */
  public static final String CRASH_AT = "parallax.test.crash-at";
  private static final Logger LOG = LoggerFactory.getLogger(ReportOutput.class);

  private final Path output;
  private final Path parent;
  private final Path staging;
  private final FileSystem fs;
  private final boolean links;
  private final ReportTable only;

  public ReportOutput(String uri, String runId, Configuration hadoop) {
    this(uri, runId, hadoop, null);
  }

  /**
   * One report folder inside an existing run's output (what {@code parallax evaluate} adds), written and
   * committed the same way: staged beside it, then published by one rename.
   */
  public static ReportOutput forTable(String runUri, ReportTable table, String runId, Configuration hadoop) {
    return new ReportOutput(new Path(runUri, table.name()).toString(), runId, hadoop, table);
  }

  private ReportOutput(String uri, String runId, Configuration hadoop, ReportTable only) {
    this.only = only;
    Path given = new Path(uri);
    try {
      this.fs = given.getFileSystem(hadoop);
    } catch (IOException e) {
      throw new PreflightException(ExitCode.CANT_CREATE, "cannot open output " + uri + ": " + e.getMessage());
    }
    this.output = fs.makeQualified(given);
    this.parent = output.getParent();
    if (parent == null) {
      throw new PreflightException(ExitCode.CANT_CREATE, "output " + uri + " is a file-system root; give a "
          + "folder below it, e.g. --output /data/reports/parallax");
    }
    this.staging = new Path(parent, prefix() + runId);
    this.links = "file".equals(output.toUri().getScheme());
  }

  private String prefix() {
    return "." + output.getName() + ".parallax-";
  }

  /**
   * Refuses to replace anything that is not an earlier Parallax output: a file, a link to anything but
   * a Parallax version, or a non-empty folder without a manifest.json (someone's data).
   */
  public static void checkSafe(Path output, FileSystem fs) {
    try {
      if (!fs.exists(output)) {
        return;
      }
      FileStatus st = fs.getFileStatus(output);
      if (st.isFile()) {
        throw new PreflightException(ExitCode.CANT_CREATE, "output " + output + " is a file; give a folder");
      }
      if (fs.listStatus(output).length > 0 && !fs.exists(new Path(output, MANIFEST))) {
        throw new PreflightException(ExitCode.CANT_CREATE, "output " + output + " is a non-empty folder that is "
            + "not a Parallax output (no " + MANIFEST + "); refusing to replace it. Give a new or empty folder, "
            + "e.g. --output " + new Path(output.getParent(), "parallax-reports"));
      }
    } catch (IOException e) {
      throw new PreflightException(ExitCode.CANT_CREATE, "cannot check output " + output + ": " + e.getMessage());
    }
  }

  public void checkSafe() {
    if (only == null) {
      checkSafe(output, fs);
    }
  }

  public String uri() {
    return output.toString();
  }

  /** The hidden folder this run writes into before it publishes it. */
  public String stagingUri() {
    return staging.toString();
  }

  /**
   * A hidden folder beside the output for this run's reliable checkpoints: named like a version, so
   * that the next run's {@link #recover} removes it if this run is killed.
   */
  public String checkpointUri() {
    return new Path(parent, prefix() + "checkpoints-" + staging.getName().substring(prefix().length())).toString();
  }

  /** Cleans up after killed runs; returns one line per thing it did. */
  public List<String> recover() {
    List<String> done = new ArrayList<>();
    try {
      if (!fs.exists(parent)) {
        return done;
      }
      String current = links ? currentVersion() : null;
      boolean outputThere = exists(output);
      for (String name : names(parent)) {
        Path entry = new Path(parent, name);
        if (!name.startsWith(prefix())) {
          continue;
        }
        String rest = name.substring(prefix().length());
        if (name.equals(current)) {
          continue;
        }
        if (!outputThere && (rest.startsWith("previous-") || rest.startsWith("legacy-"))) {
          rename(entry, output);
          outputThere = true;
          done.add("restored the previous output from " + name + " (a run was killed while replacing it)");
          continue;
        }
        deleteQuietly(entry);
        done.add("removed " + name + ", left by a killed or failed run");
      }
    } catch (IOException e) {
      done.add("could not look for leftovers of killed runs: " + e.getMessage());
    }
    done.forEach(d -> LOG.info("output recovery: {}", d));
    return done;
  }

  /** Names in a folder; on a local disk without following links (a temporary link may dangle). */
  private List<String> names(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    if (links) {
      try (java.util.stream.Stream<java.nio.file.Path> s = Files.list(local(dir))) {
        s.forEach(p -> out.add(p.getFileName().toString()));
      }
    } else {
      for (FileStatus st : fs.listStatus(dir)) {
        out.add(st.getPath().getName());
      }
    }
    java.util.Collections.sort(out);
    return out;
  }

  /** The name of the version folder the output link points to, or null. */
  private String currentVersion() throws IOException {
    java.nio.file.Path out = local(output);
    if (!Files.isSymbolicLink(out)) {
      return null;
    }
    return Files.readSymbolicLink(out).getFileName().toString();
  }

  /** Writes one report into staging, conformed to its documented schema; returns its row count. */
  public long write(ReportTable table, Dataset<Row> data) {
    if (only != null && !only.equals(table)) {
      throw new IllegalArgumentException("this output holds " + only.name() + " only, not " + table.name());
    }
    Path dir = only != null ? staging : new Path(staging, table.name());
    // The rows are counted as they are written (an observed metric): no second job reads the files back.
    org.apache.spark.sql.Observation written = org.apache.spark.sql.Observation.apply("rows_" + table.name());
    table.conform(data).observe(written, org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1))
        .as("rows")).write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
    try {
      // The metric arrives with the write's end-of-query event; should it not come, count the files instead.
      scala.collection.immutable.Map<String, Object> metrics = scala.concurrent.Await.result(written.future(),
          scala.concurrent.duration.Duration.create(60, java.util.concurrent.TimeUnit.SECONDS));
      return ((Number) metrics.apply("rows")).longValue();
    } catch (java.util.concurrent.TimeoutException e) {
      return data.sparkSession().read().parquet(dir.toString()).count();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the rows of " + table.name(), e);
    }
  }

  public void writeManifest(String json) {
    try (OutputStream out = fs.create(new Path(staging, MANIFEST), false)) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write manifest: " + e.getMessage(), e);
    }
    crashPoint("staged");
  }

  /** Publishes the staging folder as the output. */
  public void commit() {
    try {
      if (links) {
        commitByLink();
      } else {
        commitByRenames();
      }
      LOG.info("reports committed to {}", output);
    } catch (IOException e) {
      throw new IllegalStateException("commit failed: " + e.getMessage(), e);
    }
  }

  private void commitByLink() throws IOException {
    java.nio.file.Path out = local(output);
    java.nio.file.Path version = local(staging);
    java.nio.file.Path link = version.resolveSibling(prefix() + "link-" + staging.getName().substring(prefix().length()));
    Files.createSymbolicLink(link, version.getFileName());
    crashPoint("linked");
    java.nio.file.Path old = null;
    if (Files.isSymbolicLink(out)) {
      old = out.resolveSibling(Files.readSymbolicLink(out));
    } else if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      // An output folder from before links (or an empty folder): set it aside, once.
      old = version.resolveSibling(prefix() + "legacy-" + staging.getName().substring(prefix().length()));
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
      crashPoint("set-aside");
    }
    Files.move(link, out, StandardCopyOption.ATOMIC_MOVE);
    crashPoint("published");
    if (old != null && !old.getFileName().equals(version.getFileName())) {
      deleteQuietly(new Path(old.toUri()));
    }
  }

  private void commitByRenames() throws IOException {
    Path previous = new Path(parent, prefix() + "previous-" + staging.getName().substring(prefix().length()));
    boolean hadPrevious = fs.exists(output);
    if (hadPrevious && !fs.rename(output, previous)) {
      throw new IOException("cannot move the previous output " + output + " aside");
    }
    crashPoint("set-aside");
    if (!fs.rename(staging, output)) {
      if (hadPrevious) {
        fs.rename(previous, output);
      }
      throw new IOException("cannot rename " + staging + " to " + output);
    }
    crashPoint("published");
    if (hadPrevious) {
      fs.delete(previous, true);
    }
  }

  /** Removes the staging folder after a failure (best effort). */
  public void abort() {
    deleteQuietly(staging);
  }

  private boolean exists(Path p) throws IOException {
    if (links) {
      return Files.exists(local(p), LinkOption.NOFOLLOW_LINKS);
    }
    return fs.exists(p);
  }

  private void rename(Path from, Path to) throws IOException {
    if (links) {
      Files.move(local(from), local(to), StandardCopyOption.ATOMIC_MOVE);
    } else if (!fs.rename(from, to)) {
      throw new IOException("cannot rename " + from + " to " + to);
    }
  }

  private void deleteQuietly(Path p) {
    try {
      if (links && Files.isSymbolicLink(local(p))) {
        Files.delete(local(p));
      } else if (links && !Files.exists(local(p), LinkOption.NOFOLLOW_LINKS)) {
        return;
      } else if (fs.exists(p)) {
        fs.delete(p, true);
      }
    } catch (IOException e) {
      LOG.warn("could not remove {}: {}", p, e.getMessage());
    }
  }

  private static java.nio.file.Path local(Path p) {
    return java.nio.file.Path.of(p.toUri());
  }

  private static void crashPoint(String step) {
    if (step.equals(System.getProperty(CRASH_AT))) {
      System.err.println("parallax: test crash at commit step '" + step + "'");
      Runtime.getRuntime().halt(137);
    }
  }
}
