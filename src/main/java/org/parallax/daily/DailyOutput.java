package org.parallax.daily;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.cli.ExitCode;
import org.parallax.cli.PreflightException;
import org.parallax.report.ReportOutput;
import org.parallax.report.ReportTable;
import org.parallax.report.Reports;

/**
 * The long-lived output of daily runs:
 *
 * <pre>
 *   OUT/day=2024-04-25/   one day's reports, story state and manifest: a Parallax output of its own,
 *   OUT/day=2024-04-26/   committed atomically, replaced whole when the day is run again
 *   OUT/stories/          every story as of the latest day (a copy of that day's stories report)
 * </pre>
 *
 * A day's run continues the story state of the latest earlier day that has one, so running a past day
 * again replaces that day only; the days after it keep what they reported (run them again, in order,
 * to carry the change forward: {@code jobs/schedules/backfill.sh}).
 */
public final class DailyOutput {
  private static final Pattern DAY = Pattern.compile("day=(\\d{4}-\\d{2}-\\d{2})");
  public static final String STORIES = "stories";

  private final Path root;
  private final LocalDate day;
  private final FileSystem fs;

  public DailyOutput(String root, LocalDate day, Configuration hadoop) {
    try {
      Path given = new Path(root);
      this.fs = given.getFileSystem(hadoop);
      this.root = fs.makeQualified(given);
    } catch (IOException e) {
      throw new PreflightException(ExitCode.CANT_CREATE, "cannot open output " + root + ": " + e.getMessage());
    }
    this.day = day;
  }

  /** The folder of one day. */
  public static String dayFolder(LocalDate day) {
    return "day=" + day;
  }

  public String dayUri() {
    return new Path(root, dayFolder(day)).toString();
  }

  public String rootUri() {
    return root.toString();
  }

  /**
   * Refuses an output that is not a daily one: a run's output over all the input (it has a manifest.json),
   * or a folder holding anything but day folders, the stories folder and hidden entries.
   */
  public static void checkRoot(Path root, FileSystem fs) {
    try {
      if (!fs.exists(root)) {
        return;
      }
      if (fs.getFileStatus(root).isFile()) {
        throw new PreflightException(ExitCode.CANT_CREATE, "output " + root + " is a file; give a folder");
      }
      if (fs.exists(new Path(root, ReportOutput.MANIFEST))) {
        throw new PreflightException(ExitCode.CANT_CREATE, "output " + root + " holds the reports of a run over "
            + "all the input, not days; give daily runs a folder of their own, e.g. --output "
            + new Path(root.getParent(), root.getName() + "-daily") + " --day 2024-04-26");
      }
      for (FileStatus st : fs.listStatus(root)) {
        String name = st.getPath().getName();
        if (!name.startsWith(".") && !name.startsWith("_") && !name.equals(STORIES) && !DAY.matcher(name).matches()) {
          throw new PreflightException(ExitCode.CANT_CREATE, "output " + root + " holds " + name + ", which is "
              + "not a day folder (day=YYYY-MM-DD) or stories: not a daily Parallax output; refusing to write "
              + "into it. Give a new or empty folder, e.g. --output " + new Path(root.getParent(), "parallax-daily"));
        }
      }
    } catch (IOException e) {
      throw new PreflightException(ExitCode.CANT_CREATE, "cannot check output " + root + ": " + e.getMessage());
    }
  }

  /** The committed days of the output (those with a manifest), in order. */
  public List<LocalDate> committedDays() {
    List<LocalDate> days = new ArrayList<>();
    try {
      if (!fs.exists(root)) {
        return days;
      }
      for (FileStatus st : fs.listStatus(root)) {
        Matcher m = DAY.matcher(st.getPath().getName());
        if (m.matches() && fs.exists(new Path(st.getPath(), ReportOutput.MANIFEST))) {
          try {
            days.add(LocalDate.parse(m.group(1)));
          } catch (DateTimeParseException e) {
            // day=2024-13-45: not a day this output wrote; ignored
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list the days of " + root + ": " + e.getMessage(), e);
    }
    days.sort(null);
    return days;
  }

  /** The state this day continues: the latest committed day before it, or the first day's empty state. */
  public DailyRun state(SparkSession spark, String runId, org.parallax.config.ParallaxConfig.Daily cfg) {
    int lookbackDays = cfg.lookbackDays;
    LocalDate previous = null;
    for (LocalDate d : committedDays()) {
      if (d.isBefore(day)) {
        previous = d;
      }
    }
    if (previous == null) {
      return DailyRun.first(spark, day, lookbackDays, cfg.idfDays, runId);
    }
    String folder = new Path(root, dayFolder(previous)).toString();
    return new DailyRun(day, lookbackDays, cfg.idfDays, runId, read(spark, folder, Reports.STORY_MEMBERS),
        read(spark, folder, Reports.STORIES), folder);
  }

  private static Dataset<Row> read(SparkSession spark, String folder, ReportTable table) {
    return spark.read().parquet(new Path(folder, table.name()).toString())
        .select(table.columnNames().stream().map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new));
  }

  /** Whether no committed day is later than this one: then the top-level stories folder follows this day. */
  public boolean isLatest() {
    List<LocalDate> days = committedDays();
    return days.isEmpty() || !days.get(days.size() - 1).isAfter(day);
  }

  /** Publishes this day's stories as the output's stories folder (staged, then one rename). */
  public void publishStories(SparkSession spark, String runId, Configuration hadoop) {
    ReportTable table = Reports.STORIES.daily();
    ReportOutput out = ReportOutput.forTable(root.toString(), table, runId, hadoop);
    out.recover();
    boolean committed = false;
    try {
      out.write(table, spark.read().parquet(new Path(dayUri(), table.name()).toString()));
      out.commit();
      committed = true;
    } finally {
      if (!committed) {
        out.abort();
      }
    }
  }
}
