package org.parallax.report.html;

import java.io.Serializable;
import java.sql.Timestamp;
import java.util.List;

/** What a story page shows, read from the reports: the story, each outlet's side, its articles. */
public record StoryView(String id, String label, long size, long outlets, Timestamp first, Timestamp last,
    boolean blindspot, List<Side> sides, List<Article> articles, List<Topic> topics) implements Serializable {

  /** One outlet's coverage of the story (story_outlets), with its terms, voices and entity tones. */
  public record Side(String outlet, String headline, long articles, String copiesOf, String groups,
      Double headlineTone, Double bodyTone, String firstUnique, String firstOmitted, List<Term> terms,
      List<Voice> voices, List<Entity> entities) implements Serializable {}

  /** A framing_terms row: a word the outlet uses more, or avoids, with its evidence sentence. */
  public record Term(String direction, int rank, String term, String evidence, String evidenceOutlet,
      String instead) implements Serializable {}

  /** A voices row: whom the outlet quotes. */
  public record Voice(String speaker, int quotes, String quote) implements Serializable {}

  /** A story_entities row: the outlet's tone toward a main entity, or that it leaves it out. */
  public record Entity(String entity, int mentions, Double tone, boolean leftOut) implements Serializable {}

  /** An article of the story. */
  public record Article(String id, String outlet, String title, Timestamp published, String url)
      implements Serializable {}

  /** A topic the outlet stresses in the story more than the others (story_outlet_topics). */
  public record Topic(String outlet, int topicId, String terms, double share, double othersShare)
      implements Serializable {}
}
