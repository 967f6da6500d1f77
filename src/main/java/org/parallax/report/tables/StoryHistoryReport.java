package org.parallax.report.tables;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.string;

import org.parallax.report.ReportBuilder;
import org.parallax.report.ReportTable;

/** The {@code story_history} report (daily runs): what happened to the stories on the day. */
public final class StoryHistoryReport {
  public static final ReportTable TABLE = new ReportTable("story_history",
      "Daily runs only. What the day's run did to the stories: a story first seen (new), an earlier story that "
          + "gained articles (grew), two earlier stories that turned out to be one (merged: the older id survives, "
          + "the other becomes its alias), and articles of an earlier story that now form or join another (split: "
          + "the larger part keeps the id). Read all days' rows for a story's history.",
      "one row per event of the day",
      string("cluster_id", false, "The story the event is about: new/grew: the story; merged: the surviving story; "
          + "split: the story that lost articles.", "s1a2b3c4d5e6f"),
      string("event", false, "new, grew, merged or split.", "merged"),
      string("other_cluster_id", true, "merged: the absorbed story (now an alias of cluster_id); split: the story "
          + "that took the articles; null for new and grew.", "s9f8e7d6c5b4a"),
      bigint("articles", false, "new: the story's articles; grew: articles added; merged: the absorbed story's "
          + "articles in the window; split: articles that moved.", "3"))
      .sortedBy("cluster_id", "event", "other_cluster_id");

  private StoryHistoryReport() {}

  public static final ReportBuilder BUILDER = new ReportBuilder(TABLE, p -> p.stories().history());
}
