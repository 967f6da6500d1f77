package org.parallax.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Main article text and metadata from an HTML page. Navigation, scripts, forms, asides, headers and
 * footers go first (by element and ARIA role); the root is the page's {@code articleBody},
 * {@code <article>} or {@code <main>} when it has one; text blocks (paragraphs, headings, list items,
 * quotes) become lines, and blocks that are mostly link text (menus, related-story lists) or sit in a
 * comments, share or promo container are dropped. The lines then go through boilerplate removal like
 * any other text.
 */
public final class HtmlExtractor {
  /** Extracted body text (one block per line) and page metadata (null where absent). */
  public record Extracted(String text, String title, String siteName, String publishedTime) {}

  private static final Pattern HTML = Pattern.compile(
      "(?is)^\\s*(<!doctype html|<html|<head|<body)|<(p|div|article|br|span|a)(\\s[^>]*)?>.*</(p|div|article|span|a)>");
  private static final Pattern CHROME_CONTAINER = Pattern.compile(
      "(?i)(^|[\\s_-])(comments?|share|sharing|social|related|promo|advert\\w*|ads?|cookie\\w*|newsletter|"
          + "subscribe|subscription|breadcrumbs?|menu|nav|navbar|sidebar|footer|masthead)($|[\\s_-])");
  private static final double MAX_LINK_DENSITY = 0.5;

  private HtmlExtractor() {}

  /** True when the text is an HTML document or fragment rather than plain text. */
  public static boolean looksLikeHtml(String text) {
    return text != null && HTML.matcher(text.length() > 4000 ? text.substring(0, 4000) : text).find();
  }

  public static Extracted extract(String html) {
    Document doc = Jsoup.parse(html);
    String title = first(meta(doc, "property", "og:title"), doc.title().isBlank() ? null : doc.title().strip());
    String site = meta(doc, "property", "og:site_name");
    String published = first(meta(doc, "property", "article:published_time"),
        first(meta(doc, "name", "pubdate"), first(meta(doc, "name", "date"), attr(doc.selectFirst("time[datetime]")))));
    doc.select("script, style, noscript, template, iframe, svg, form, button, nav, aside, footer, header, "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], "
        + "[aria-hidden=true]").remove();
    for (Element e : new ArrayList<>(doc.getAllElements())) {
      if (e.parent() != null && e != doc.body() && isChromeContainer(e)) {
        e.remove();
      }
    }
    Element root = first(doc.selectFirst("[itemprop=articleBody]"),
        first(doc.selectFirst("article"), first(doc.selectFirst("main, [role=main]"), doc.body())));
    List<String> lines = new ArrayList<>();
    if (root != null) {
      Elements blocks = root.select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt");
      for (Element b : blocks) {
        if (!b.tagName().equals("blockquote") && b.select("p, li, blockquote").stream().anyMatch(x -> x != b)) {
          continue; // a container of blocks: its children speak for it
        }
        String text = b.text().strip();
        if (text.isEmpty() || linkDensity(b, text) > MAX_LINK_DENSITY) {
          continue;
        }
        lines.add(b.tagName().equals("li") ? "- " + text : text);
      }
      if (lines.isEmpty() && !root.text().isBlank()) {
        lines.add(root.text().strip());
      }
    }
    return new Extracted(String.join("\n", lines), title, site, published);
  }

  private static boolean isChromeContainer(Element e) {
    String names = e.id() + " " + e.className();
    return !names.isBlank() && CHROME_CONTAINER.matcher(names).find() && !e.tagName().equals("article")
        && !e.tagName().equals("main");
  }

  private static double linkDensity(Element block, String text) {
    int linked = 0;
    for (Element a : block.select("a")) {
      linked += a.text().strip().length();
    }
    return (double) linked / Math.max(1, text.length());
  }

  private static String meta(Document doc, String attr, String value) {
    Element m = doc.selectFirst("meta[" + attr + "=" + value + "]");
    String c = m == null ? null : m.attr("content").strip();
    return c == null || c.isEmpty() ? null : c;
  }

  private static String attr(Element time) {
    return time == null ? null : time.attr("datetime").strip();
  }

  private static <T> T first(T a, T b) {
    return a != null ? a : b;
  }
}
