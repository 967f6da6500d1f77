package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.date;
import static org.parallax.report.ReportColumn.string;

import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code stories} report (daily runs): every story of the output as of the day. */
public final class StoriesReport {
  public static final ReportTable TABLE = new ReportTable("stories",
      "Daily runs only. Every story of the output as of the day, across all its days: size, outlets, span and "
          + "the ids merged into it. The output's top-level stories folder is a copy of the latest day's.",
      "one row per story",
      string("cluster_id", false, "The story's persistent id.", "s1a2b3c4d5e6f"),
      bigint("articles", false, "Articles of the story, over all days.", "12"),
      bigint("outlets", false, "Distinct outlets among them.", "5"),
      date("first_day", false, "Earliest article day.", "2024-04-24"),
      date("last_day", false, "Latest article day.", "2024-04-26"),
      date("first_seen", false, "Day of the run that created the story.", "2024-04-24"),
      date("updated_on", false, "Day of the last run that changed the story (new, grew, merged, split).",
          "2024-04-26"),
      string("merged_from", true, "Ids of stories merged into this one (aliases), comma-separated and sorted; "
          + "null when none.", "s9f8e7d6c5b4a"))
      .sortedBy("cluster_id");

  private StoriesReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> p.stories().stories());
}
