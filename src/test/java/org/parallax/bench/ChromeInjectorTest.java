package org.parallax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChromeInjectorTest {
  private static final List<String> HEADLINES = List.of("Markets rally as inflation cools",
      "Storm batters the coast", "Court rules against union dues", "Senate passes the farm bill");

  private static List<LabelledArticle> build(long seed) {
    ChromeInjector injector = new ChromeInjector(seed, HEADLINES);
    List<LabelledArticle> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      List<String> lines = new ArrayList<>();
      for (int p = 0; p < 8; p++) {
        lines.add("Article " + i + " paragraph " + p + " says something about the story in a full sentence.");
      }
      out.add(injector.inject(new ChromeInjector.Source("a" + i, i % 2 == 0 ? "Daily Courier" : "The Herald",
          "Headline of article " + i, lines)));
    }
    return out;
  }

  @Test
  void keepsEveryBodyLineInOrderAndLabelsEverythingElseAsChrome() {
    List<LabelledArticle> set = build(42);
    int chrome = 0;
    for (LabelledArticle a : set) {
      List<String> body = a.lines().stream().filter(l -> !l.isChrome()).map(LabelledArticle.Line::text)
          .filter(t -> t.contains("paragraph")).toList();
      assertEquals(8, body.size(), a.id());
      for (int p = 0; p < 8; p++) {
        assertTrue(body.get(p).contains("paragraph " + p), body.toString());
      }
      chrome += (int) a.lines().stream().filter(LabelledArticle.Line::isChrome).count();
    }
    assertTrue(chrome > 5 * set.size(), "chrome lines: " + chrome);
  }

  @Test
  void sameSeedSameSetOtherSeedOtherSet() {
    assertEquals(build(42), build(42));
    assertTrue(!build(42).equals(build(7)));
  }

  @Test
  void siteChromeRepeatsWithinAnOutlet() {
    List<String> blurbs = build(42).stream().filter(a -> a.outlet().equals("Daily Courier"))
        .flatMap(a -> a.lines().stream()).filter(l -> "blurb".equals(l.chromeKind()))
        .map(LabelledArticle.Line::text).distinct().toList();
    assertEquals(1, blurbs.size(), blurbs.toString());
    assertTrue(blurbs.get(0).contains("Daily Courier"));
  }
}
