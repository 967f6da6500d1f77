package org.parallax.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds a labelled boilerplate set from real articles: each article's own lines are body, and page
 * chrome is injected around and inside them the way scraped pages carry it. Chrome that sites repeat
 * (self-description, copyright, navigation, share bar) is fixed per outlet but not on every page; link
 * lists are made of real headlines of other articles, so they read like the body's own sentences would
 * not. Everything is drawn from one seeded {@link Random}: the same corpus and seed give the same set.
 *
 * <p>The wording pools below are generic web furniture written for this benchmark; the remover has no
 * phrase list, so they test its signals (repetition, markers, list shape, headline-likeness, stop-word
 * density), not a lookup.
 */
public final class ChromeInjector {
  /** A real article: its id, outlet, title and body lines. */
  public record Source(String id, String outlet, String title, List<String> lines) {}

  private static final String[] BLURB_OPEN = {
      "%s is an independent news organisation", "%s is the leading source of breaking news",
      "Welcome to %s, your trusted destination", "%s brings readers in-depth reporting",
      "Founded as a weekly paper, %s is now a digital newsroom"};
  private static final String[] BLURB_CLOSE = {
      " covering politics, business, culture and sport from around the world.",
      " for analysis and opinion on the stories that shape our lives every day.",
      " and delivers the latest headlines, videos and live coverage around the clock.",
      " with correspondents in more than forty countries and a commitment to accuracy.",
      " that helps you understand the news behind the news, wherever you are."};
  private static final String[] COPYRIGHT = {
      "© %1$d %2$s. All rights reserved.", "Copyright %1$d %2$s Inc.", "%2$s © %1$d — all rights reserved",
      "(c) %1$d %2$s, Ltd. This material may not be published, broadcast, rewritten or redistributed."};
  private static final String[] SECTIONS = {"World", "Politics", "Business", "Tech", "Science", "Health", "Sport",
      "Opinion", "Culture", "Asia", "Europe", "Americas", "Economy", "Climate", "Media"};
  private static final String[] NAV_SEPARATORS = {" | ", "  ", " · ", " / "};
  private static final String[] CRUMB_SEPARATORS = {" > ", " › ", " » "};
  private static final String[] SHARE = {"Share this article", "Share on Facebook", "Share on X", "Tweet", "Email",
      "Print", "Follow us on Twitter", "Sign up for our daily newsletter", "Subscribe now",
      "Click here to subscribe", "Advertisement", "ADVERTISEMENT", "Comments", "Copy link", "Save for later",
      "Listen to this article", "Get the app", "Support our journalism"};
  private static final String[] LIST_HEADERS = {"Related", "Related Stories", "More from %s", "Recommended for you",
      "You may also like", "Trending now", "Most read", "Top Stories", "Editor's picks", "Latest news"};
  private static final String[] MARKERS = {"Read more »", "Read More", "Continue reading", "Full story →",
      "See more"};
  private static final String[] BULLETS = {"- ", "• ", "* ", ""};

  private final Random random;
  private final List<String> headlines;
  private final Map<String, Outlet> outlets = new HashMap<>();

  private record Outlet(String blurb, String copyright, String nav, List<String> share, String marker,
      String bullet) {}

  /** @param headlines the pool of real headlines that link lists are made of */
  public ChromeInjector(long seed, List<String> headlines) {
    this.random = new Random(seed);
    this.headlines = headlines;
  }

  /** The article with chrome injected; call in a fixed order for a reproducible set. */
  public LabelledArticle inject(Source a) {
    Outlet o = outlets.computeIfAbsent(a.outlet(), this::outlet);
    List<LabelledArticle.Line> top = new ArrayList<>();
    List<LabelledArticle.Line> bottom = new ArrayList<>();
    if (random.nextDouble() < 0.4) {
      top.add(chrome(o.nav(), "navigation"));
    }
    if (random.nextDouble() < 0.5) {
      top.add(chrome(o.blurb(), "blurb"));
    }
    if (random.nextDouble() < 0.4) {
      top.add(chrome(breadcrumb(), "breadcrumb"));
    }
    List<LabelledArticle.Line> body = new ArrayList<>();
    if (a.title() != null && random.nextDouble() < 0.6) {
      body.add(new LabelledArticle.Line(a.title(), null));
    }
    if (random.nextDouble() < 0.5) {
      body.add(chrome(o.share().get(random.nextInt(o.share().size())), "share"));
    }
    for (String l : a.lines()) {
      body.add(new LabelledArticle.Line(l, null));
    }
    if (body.size() > 6 && random.nextDouble() < 0.3) {
      // a teaser or a short "related" box inside the article
      int at = 3 + random.nextInt(body.size() - 5);
      body.addAll(at, random.nextBoolean() ? teasers(o, 1) : linkList(o, a.outlet(), 2 + random.nextInt(2)));
    }
    if (random.nextDouble() < 0.6) {
      for (String s : o.share()) {
        bottom.add(chrome(s, "share"));
      }
    }
    if (random.nextDouble() < 0.7) {
      bottom.addAll(random.nextDouble() < 0.4 ? teasers(o, 3 + random.nextInt(4))
          : linkList(o, a.outlet(), 3 + random.nextInt(6)));
    }
    if (random.nextDouble() < 0.7) {
      bottom.add(chrome(o.blurb(), "blurb"));
    }
    if (random.nextDouble() < 0.6) {
      bottom.add(chrome(o.copyright(), "copyright"));
    }
    List<LabelledArticle.Line> all = new ArrayList<>(top);
    all.addAll(body);
    all.addAll(bottom);
    return new LabelledArticle(a.id(), a.outlet(), a.title(), all);
  }

  private Outlet outlet(String name) {
    String blurb = String.format(pick(BLURB_OPEN), name) + pick(BLURB_CLOSE);
    String copyright = String.format(pick(COPYRIGHT), 2010 + random.nextInt(15), name);
    String sep = pick(NAV_SEPARATORS);
    List<String> nav = new ArrayList<>(List.of("Home"));
    for (int i = 0; i < 5 + random.nextInt(4); i++) {
      nav.add(pick(SECTIONS));
    }
    List<String> share = new ArrayList<>();
    for (int i = 0; i < 2 + random.nextInt(3); i++) {
      share.add(pick(SHARE));
    }
    return new Outlet(blurb, copyright, String.join(sep, nav), share, pick(MARKERS), pick(BULLETS));
  }

  private String breadcrumb() {
    String sep = pick(CRUMB_SEPARATORS);
    return "Home" + sep + pick(SECTIONS) + (random.nextBoolean() ? sep + pick(SECTIONS) : "");
  }

  private List<LabelledArticle.Line> linkList(Outlet o, String outletName, int items) {
    List<LabelledArticle.Line> out = new ArrayList<>();
    String header = pick(LIST_HEADERS);
    out.add(chrome(header.contains("%s") ? String.format(header, outletName) : header, "list_header"));
    for (int i = 0; i < items; i++) {
      out.add(chrome(o.bullet() + headline(), "related_headline"));
    }
    return out;
  }

  /** Headline-plus-lede teasers, each followed by the outlet's "read more" marker. */
  private List<LabelledArticle.Line> teasers(Outlet o, int items) {
    List<LabelledArticle.Line> out = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      out.add(chrome(headline(), "teaser"));
      out.add(chrome(o.marker(), "read_more"));
    }
    return out;
  }

  private String headline() {
    return headlines.get(random.nextInt(headlines.size()));
  }

  private String pick(String[] pool) {
    return pool[random.nextInt(pool.length)];
  }

  private static LabelledArticle.Line chrome(String text, String kind) {
    return new LabelledArticle.Line(text, kind);
  }
}
