package org.parallax.daily;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.report.Reports;

/**
 * What makes a run a daily one ({@code run --day D}): the UTC day, the days of context before it, this
 * run's id, and the story state the output's latest earlier day left ({@code story_members} and
 * {@code stories} of that day's folder; empty for the first day). {@code stateFrom} names that folder,
 * or is null.
 */
public record DailyRun(LocalDate day, int lookbackDays, int idfDays, String runId, Dataset<Row> previousMembers,
    Dataset<Row> previousStories, String stateFrom) {

  /** The first day of the window: {@code day} minus the lookback. */
  public LocalDate firstDay() {
    return day.minusDays(lookbackDays);
  }

  /** A daily run with no earlier day: empty state. */
  public static DailyRun first(SparkSession spark, LocalDate day, int lookbackDays, int idfDays, String runId) {
    return new DailyRun(day, lookbackDays, idfDays, runId,
        spark.createDataFrame(java.util.List.of(), Reports.STORY_MEMBERS.sparkSchema()),
        spark.createDataFrame(java.util.List.of(), Reports.STORIES.sparkSchema()), null);
  }
}
