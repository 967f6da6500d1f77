package org.parallax.report.html;

import static org.parallax.report.html.Html.esc;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One story's page: its outlets side by side, a timeline of its articles, and the topics each stresses. */
public final class StoryPage {
  private StoryPage() {}

  public static String fileName(String storyId) {
    return "story-" + storyId.replaceAll("[^A-Za-z0-9_-]", "_") + ".html";
  }

  public static String render(StoryView s) {
    StringBuilder sb = new StringBuilder(Html.head("Story " + s.label()));
    sb.append("<p class=\"meta\"><a href=\"index.html\">All stories</a></p>\n")
        .append("<h1 id=\"story\" data-story=\"").append(esc(s.id())).append("\">").append(esc(s.label()))
        .append("</h1>\n<p class=\"meta\">").append(s.size()).append(" articles from ").append(s.outlets())
        .append(" outlets, ").append(span(s.first(), s.last())).append(" &middot; story <code>").append(esc(s.id()))
        .append("</code>").append(s.blindspot() ? " &middot; <span class=\"flag\">blindspot</span>" : "")
        .append("</p>\n");
    sb.append("<h2>Timeline</h2>\n").append(timeline(s.articles()));
    sb.append("<h2>Outlet by outlet</h2>\n<div class=\"outlets\">\n");
    for (StoryView.Side side : s.sides()) {
      sb.append(side(side, s.articles()));
    }
    sb.append("</div>\n");
    if (!s.topics().isEmpty()) {
      sb.append("<h2>Topics an outlet stresses more than the others</h2>\n<table id=\"topics\"><tr><th>outlet</th>"
          + "<th>topic</th><th>its share</th><th>the others'</th></tr>\n");
      for (StoryView.Topic t : s.topics()) {
        sb.append("<tr><td>").append(esc(t.outlet())).append("</td><td>").append(t.topicId()).append(": ")
            .append(esc(t.terms())).append("</td><td>").append(pct(t.share())).append("</td><td>")
            .append(pct(t.othersShare())).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static String side(StoryView.Side side, List<StoryView.Article> articles) {
    StringBuilder sb = new StringBuilder("<section class=\"outlet\" data-outlet=\"" + esc(side.outlet()) + "\">");
    sb.append("<h3>").append(esc(side.outlet())).append("</h3>");
    if (side.groups() != null) {
      sb.append("<div class=\"meta\">").append(esc(side.groups())).append("</div>");
    }
    sb.append("<div class=\"headline\">").append(esc(side.headline() == null ? "(no headline)" : side.headline()))
        .append("</div><div class=\"meta\">").append(side.articles()).append(side.articles() == 1 ? " article" : " articles");
    if (side.copiesOf() != null) {
      sb.append(", copies of ").append(esc(side.copiesOf()));
    }
    sb.append(" &middot; headline tone ").append(Html.tone(side.headlineTone())).append(", body tone ")
        .append(Html.tone(side.bodyTone())).append("</div><ul class=\"articles\">");
    for (StoryView.Article a : articles) {
      if (a.outlet().equals(side.outlet())) {
        String title = esc(a.title() == null ? a.id() : a.title());
        sb.append("<li>").append(a.url() == null ? title : "<a href=\"" + esc(a.url()) + "\">" + title + "</a>")
            .append(" <span class=\"meta\">").append(day(a.published())).append("</span></li>");
      }
    }
    sb.append("</ul>");
    terms(sb, side.terms(), "uses", "Words it uses more");
    terms(sb, side.terms(), "avoids", "Words it avoids");
    if (side.firstUnique() != null) {
      sb.append("<h4>Only it says</h4><blockquote class=\"unique\">").append(esc(side.firstUnique()))
          .append("</blockquote>");
    }
    if (side.firstOmitted() != null) {
      sb.append("<h4>It leaves out</h4><blockquote class=\"omitted\">").append(esc(side.firstOmitted()))
          .append("</blockquote>");
    }
    if (!side.voices().isEmpty()) {
      sb.append("<h4>Whom it quotes</h4><ul class=\"voices\">");
      for (StoryView.Voice v : side.voices()) {
        sb.append("<li><b>").append(esc(v.speaker())).append("</b> (").append(v.quotes()).append(")");
        if (v.quote() != null) {
          sb.append(": &ldquo;").append(esc(v.quote())).append("&rdquo;");
        }
        sb.append("</li>");
      }
      sb.append("</ul>");
    }
    if (!side.entities().isEmpty()) {
      sb.append("<h4>Tone toward the main names</h4><ul class=\"entities\">");
      for (StoryView.Entity e : side.entities()) {
        sb.append("<li>").append(esc(e.entity())).append(": ").append(e.leftOut() ? "<i>left out</i>"
            : Html.tone(e.tone()) + " <span class=\"meta\">(" + e.mentions() + " mentions)</span>").append("</li>");
      }
      sb.append("</ul>");
    }
    return sb.append("</section>\n").toString();
  }

  private static void terms(StringBuilder sb, List<StoryView.Term> terms, String direction, String heading) {
    List<StoryView.Term> mine = terms.stream().filter(t -> t.direction().equals(direction)).toList();
    if (mine.isEmpty()) {
      return;
    }
    sb.append("<h4>").append(heading).append("</h4><ul class=\"").append(direction).append("\">");
    for (StoryView.Term t : mine) {
      sb.append("<li><b>").append(esc(t.term())).append("</b>");
      if (t.instead() != null) {
        sb.append(" (writes <b>").append(esc(t.instead())).append("</b> instead)");
      }
      if (t.evidence() != null) {
        sb.append("<br><span class=\"evidence\">").append(Html.highlight(t.evidence(), t.term()))
            .append("</span>").append(direction.equals("avoids") && t.evidenceOutlet() != null
                ? " <span class=\"meta\">&mdash; " + esc(t.evidenceOutlet()) + "</span>" : "");
      }
      sb.append("</li>");
    }
    sb.append("</ul>");
  }

  /** An SVG strip: one row per outlet, a dot per dated article, over the story's span. */
  static String timeline(List<StoryView.Article> articles) {
    List<StoryView.Article> dated = articles.stream().filter(a -> a.published() != null).toList();
    if (dated.isEmpty()) {
      return "<p class=\"meta\" id=\"timeline\">No article of the story is dated.</p>\n";
    }
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (StoryView.Article a : dated) {
      rows.putIfAbsent(a.outlet(), rows.size());
    }
    long t0 = dated.stream().mapToLong(a -> a.published().getTime()).min().orElse(0);
    long t1 = dated.stream().mapToLong(a -> a.published().getTime()).max().orElse(0);
    int left = 170;
    int width = 720;
    int height = 22 * rows.size() + 30;
    StringBuilder sb = new StringBuilder("<svg id=\"timeline\" width=\"" + (left + width + 20) + "\" height=\""
        + height + "\" role=\"img\" aria-label=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\">");
    for (Map.Entry<String, Integer> r : rows.entrySet()) {
      int y = 20 + 22 * r.getValue();
      sb.append("<text x=\"0\" y=\"").append(y + 4).append("\" font-size=\"12\">").append(esc(shorten(r.getKey())))
          .append("</text><line x1=\"").append(left).append("\" x2=\"").append(left + width).append("\" y1=\"")
          .append(y).append("\" y2=\"").append(y).append("\" stroke=\"#e3e6ec\"/>");
    }
    for (StoryView.Article a : dated) {
      double x = left + (t1 == t0 ? width / 2.0 : (a.published().getTime() - t0) * (double) width / (t1 - t0));
      int y = 20 + 22 * rows.get(a.outlet());
      sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"#1a56b8\"><title>%s, %s"
          + "</title></circle>", x, y, esc(a.outlet()), esc(a.title() == null ? a.id() : a.title())));
    }
    sb.append("<text x=\"").append(left).append("\" y=\"").append(height - 4).append("\" font-size=\"11\">")
        .append(day(new Timestamp(t0))).append("</text><text x=\"").append(left + width).append("\" y=\"")
        .append(height - 4).append("\" font-size=\"11\" text-anchor=\"end\">").append(day(new Timestamp(t1)))
        .append("</text></svg>\n");
    return sb.toString();
  }

  private static String shorten(String s) {
    return s.length() > 24 ? s.substring(0, 23) + "\u2026" : s;
  }

  static String day(Timestamp t) {
    return t == null ? "undated" : t.toInstant().toString().substring(0, 10);
  }

  static String span(Timestamp first, Timestamp last) {
    if (first == null) {
      return "undated";
    }
    String a = day(first);
    String b = day(last);
    return a.equals(b) ? a : a + " to " + b;
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
