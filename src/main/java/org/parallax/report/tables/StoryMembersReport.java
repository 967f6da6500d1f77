package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.date;
import static org.parallax.report.ReportColumn.outlet;
import static org.parallax.report.ReportColumn.string;

import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code story_members} report (daily runs): the story state a later day continues from. */
public final class StoryMembersReport {
  public static final ReportTable TABLE = new ReportTable("story_members",
      "Daily runs only. The story state after the day: every article any daily run of this output has assigned "
          + "(up to this day), with the story it belongs to now. The next day's run reads it to carry story ids "
          + "forward; a merged story's members carry the surviving id.",
      "one row per article assigned up to this day",
      string("article_id", false, "Article id.", "basil-12-fox"),
      string("cluster_id", false, "The story's persistent id (cluster_id in the other reports).", "s1a2b3c4d5e6f"),
      outlet("Outlet of the article;"),
      date("article_day", false, "The article's day: its UTC publication date, or for an undated article the day "
          + "of the run that first read it.", "2024-04-26"),
      date("first_seen", false, "Day of the run that first assigned the article.", "2024-04-26"))
      .sortedBy("article_id");

  private StoryMembersReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> p.stories().members());
}
