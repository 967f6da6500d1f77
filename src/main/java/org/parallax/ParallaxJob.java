package org.parallax;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.parallax.cli.Termination;
import org.parallax.config.ConfigLoader;
import org.parallax.config.ParallaxConfig;
import org.parallax.daily.DailyOutput;
import org.parallax.daily.DailyRun;
import org.parallax.pipeline.Pipeline;
import org.parallax.report.ManifestFields.Count;
import org.parallax.report.ReportOutput;
import org.parallax.report.RunManifest;
import org.parallax.spark.Materialize;
import org.parallax.spark.SparkSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Parallax run: creates the session and the output, runs the {@link Pipeline} (its declared stages,
 * each logged with its counts and wall time), commits the reports only when every stage has succeeded,
 * and stops the session. Stage results are checkpointed reliably on a cluster (run.checkpoints).
 */
public final class ParallaxJob {
  private static final Logger LOG = LoggerFactory.getLogger(ParallaxJob.class);

  private final ParallaxConfig config;
  private final List<String> inputs;
  private final String output;
  private final String runId;
  private final java.io.PrintStream stdout;
  private final java.time.LocalDate day;
  private SparkSession spark;
  private RunManifest manifest;

  /** A run that prints its progress (a line per stage) and its summary on {@code stdout}. */
  public ParallaxJob(ParallaxConfig config, List<String> inputs, String output, java.io.PrintStream stdout) {
    this(config, inputs, output, null, stdout);
  }

  /**
   * A daily run of {@code day} (UTC) into the long-lived {@code output} ({@link DailyOutput}), or with a null
   * day a run over all the input that replaces {@code output}.
   */
  public ParallaxJob(ParallaxConfig config, List<String> inputs, String output, java.time.LocalDate day,
      java.io.PrintStream stdout) {
    this.day = day;
    this.stdout = stdout;
    this.config = config;
    this.inputs = inputs;
    this.output = output;
    this.runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneOffset.UTC))
        + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** This run's id: its UTC start and a random suffix. */
  public String runId() {
    return runId;
  }

  /** Runs every stage and commits the reports; returns the manifest. */
  public RunManifest run() {
    spark = SparkSessions.create("parallax");
    ReportOutput out = null;
    String checkpoints = null;
    boolean committed = false;
    try {
      DailyOutput days = day == null ? null
          : new DailyOutput(output, day, spark.sparkContext().hadoopConfiguration());
      out = new ReportOutput(days == null ? output : days.dayUri(), runId, spark.sparkContext().hadoopConfiguration());
      out.checkSafe();
      List<String> recovered = out.recover();
      Map<String, String> versions = new LinkedHashMap<>();
      versions.put("parallax", Main.versionProperty("version"));
      versions.put("spark", spark.version());
      versions.put("java", System.getProperty("java.version"));
      versions.put("spark_master", spark.sparkContext().master());
      manifest = new RunManifest(runId, inputs, out.uri(), ConfigLoader.toTree(config), versions);
      manifest.recovered(recovered);
      DailyRun daily = null;
      if (days != null) {
        daily = days.state(spark, runId, config.daily);
        manifest.daily(day, config.daily.lookbackDays, daily.stateFrom());
        stdout.printf("day %s: articles of %s to %s, story state from %s%n", day, daily.firstDay(), day,
            daily.stateFrom() == null ? "none (first day)" : daily.stateFrom());
      }
      checkpoints = checkpointDir(out);
      if (checkpoints != null) {
        Materialize.useReliable(spark, checkpoints);
        LOG.info("stage results are checkpointed reliably to {} (run.checkpoints={})", checkpoints,
            config.run.checkpoints);
      }
      manifest.execution(checkpoints == null ? "local" : "reliable", checkpoints);
      stdout.printf("run %s: %d input(s) -> %s%n", runId, inputs.size(), out.uri());
      Pipeline.of(spark, config, manifest, inputs).daily(daily).progress(stdout).run(out::write);
      if (config.run.html) {
        writeHtml(out);
      }
      Termination.stage("commit");
      out.writeManifest(manifest.toJson());
      out.commit();
      committed = true;
      if (days != null && days.isLatest()) {
        days.publishStories(spark, runId, spark.sparkContext().hadoopConfiguration());
        stdout.printf("stories as of %s published to %s/%s%n", day, days.rootUri(), DailyOutput.STORIES);
      }
      String summary = String.format(java.util.Locale.ROOT, "run %s done in %.1f s: %d articles read, %d accepted, "
          + "%d rejected, %d clusters (%d covered by 2+ articles); reports in %s", runId, manifest.wallSeconds(),
          manifest.counted(Count.RECORDS_READ), manifest.counted(Count.ARTICLES_ACCEPTED),
          manifest.counted(Count.RECORDS_REJECTED), manifest.counted(Count.CLUSTERS),
          manifest.counted(Count.CLUSTERS_MULTI_ARTICLE), out.uri())
          + (days == null ? "" : String.format(java.util.Locale.ROOT, "; day %s: %d articles of the day, %d with "
          + "the lookback, %d stories known", day, manifest.counted(Count.ARTICLES_OF_DAY),
          manifest.counted(Count.ARTICLES_IN_WINDOW), manifest.counted(Count.STORIES_KNOWN)));
      stdout.println(summary);
      stdout.flush();
      return manifest;
    } finally {
      if (out != null && !committed) {
        out.abort();
      }
      if (checkpoints != null) {
        removeQuietly(checkpoints);
        Materialize.useLocal(spark);
      }
      spark.stop();
    }
  }

  /** The HTML story report, from the staged reports into the staged html/ (part of the same commit). */
  private void writeHtml(ReportOutput out) {
    Termination.stage("html");
    spark.sparkContext().setJobGroup("parallax-html", "parallax: html", false);
    long t0 = System.nanoTime();
    org.parallax.report.html.StorySite.Written w;
    try {
      w = org.parallax.report.html.StorySite.write(spark, out.stagingUri(),
          new Path(out.stagingUri(), org.parallax.report.html.StorySite.FOLDER).toString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot write the HTML story report: " + e.getMessage(), e);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    manifest.count(Count.HTML_PAGES, w.pages());
    manifest.count(Count.HTML_BYTES, w.bytes());
    stdout.printf(java.util.Locale.ROOT, "html: %d pages, %.1f MB, %.1f s: %s/%s/index.html%n", w.pages(),
        w.bytes() / 1e6, seconds, out.uri(), org.parallax.report.html.StorySite.FOLDER);
    stdout.flush();
  }

  /**
   * Where this run's reliable checkpoints go, or null for local ones: run.checkpoints=reliable, or auto on
   * a master that is not local. A folder of this run's own, below run.checkpoint_dir or beside the output
   * (where the next run's recovery removes it if this one is killed).
   */
  private String checkpointDir(ReportOutput out) {
    boolean local = spark.sparkContext().master().startsWith("local");
    boolean reliable = config.run.checkpoints.equals("reliable") || config.run.checkpoints.equals("auto") && !local;
    if (!reliable) {
      return null;
    }
    return config.run.checkpointDir == null || config.run.checkpointDir.isBlank() ? out.checkpointUri()
        : new Path(config.run.checkpointDir, "parallax-" + runId).toString();
  }

  private void removeQuietly(String dir) {
    try {
      Path p = new Path(dir);
      p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
    } catch (java.io.IOException | RuntimeException e) {
      LOG.warn("could not remove the checkpoints in {}: {}", dir, e.getMessage());
    }
  }
}
