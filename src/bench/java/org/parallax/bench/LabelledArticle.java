package org.parallax.bench;

import java.util.List;

/**
 * An article whose every non-blank line is labelled: {@code chromeKind} null for article body, else the
 * kind of page chrome it is (blurb, copyright, breadcrumb, related_item, ...). Used to measure boilerplate
 * removal line by line.
 */
public record LabelledArticle(String id, String outlet, String title, List<Line> lines) {

  /** One line and its label. */
  public record Line(String text, String chromeKind) {
    public boolean isChrome() {
      return chromeKind != null;
    }
  }

  /** The article text as a scraper would hand it over: one line per block. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Line l : lines) {
      sb.append(l.text()).append('\n');
    }
    return sb.toString();
  }
}
